"""Every query command through the fake Slack: signed requests in, Block Kit answers out."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story
from slackbot.paging import NEXT, NOT_YOURS, PREVIOUS
from tests.fake_slack.server import ALICE, BOB, form

from .conftest import Running, StartApp, text_of


@pytest.mark.parametrize(
    ("command", "text", "expected"),
    [
        ("/brief", "", ["*Sources*", "[1]"]),
        (
            "/brief",
            "focus:Kim since:2023-09-01",
            ["Focus: *Kim*", "Since 1 Sep 2023", "6 Sep 2023"],
        ),
        ("/brief", "Kim Jong Un", ["Focus: *Kim Jong Un*"]),
        ("/quote", "speaker:Sullivan", ["*Quotes: Jake Sullivan*", "quotes by *Jake Sullivan*"]),
        ("/quote", "speaker:Sullivan about:pay a price", ["about “pay a price”", "pay a price"]),
        ("/who", "Kirby", ["*John Kirby*", "*Roles*", "spokesman"]),
        ("/who", "name:Kirby", ["*John Kirby*"]),
        ("/sources", "", ["*Sources*", "5 articles in the story.", "OAN, 6 Sep 2023"]),
        ("/timeline", "", ["*Timeline*", "*2022* —"]),
    ],
)
async def test_every_command_with_its_options(
    slack: Running, command: str, text: str, expected: list[str]
) -> None:
    answer = await slack.command(command, text)
    assert answer["response_type"] == "in_channel"
    shown = text_of(answer)
    for part in expected:
        assert part in shown, (part, shown[:500])


@pytest.mark.parametrize("command", ["/brief", "/quote", "/who Kirby", "/sources", "/timeline"])
async def test_private_answers_are_ephemeral(slack: Running, command: str) -> None:
    name, _, rest = command.partition(" ")
    answer = await slack.command(name, f"{rest} private:true".strip())
    assert answer["response_type"] == "ephemeral"
    assert answer["blocks"], "the same answer, only shown to the caller"


@pytest.mark.parametrize(
    ("command", "text", "error", "usage"),
    [
        (
            "/brief",
            "since:yesterday",
            "since must be a date like 2023-09-01",
            "/brief [focus:NAME]",
        ),
        ("/brief", "speaker:Kim", "/brief has no option speaker", "/brief [focus:NAME]"),
        (
            "/sources",
            "everything",
            "/sources takes no value",
            "/sources [story:NAME] [private:true]",
        ),
        ("/quote", "private:maybe", "private is true or false", "/quote [speaker:NAME]"),
        ("/who", "name:" + "x" * 101, "name can be at most 100 characters", "/who NAME"),
    ],
)
async def test_unusable_options_get_a_usage_line_only_the_caller_sees(
    slack: Running, command: str, text: str, error: str, usage: str
) -> None:
    answer = await slack.command(command, text)
    assert answer["response_type"] == "ephemeral"
    assert error in text_of(answer) and usage in text_of(answer)


def buttons(message: dict) -> dict[str, dict]:
    return {
        e["action_id"]: e
        for b in message["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["type"] == "button"
    }


async def test_paging_buttons_turn_pages_only_for_the_caller(slack: Running) -> None:
    first = await slack.command("/quote")  # every quote of the seeds: more than one page
    assert "Page 1/" in text_of(first)
    pager = buttons(first)
    assert set(pager) == {NEXT}, "no Previous on the first page"

    refused = await slack.press(BOB, pager[NEXT])
    assert refused["text"] == NOT_YOURS
    assert refused["response_type"] == "ephemeral" and refused["replace_original"] is False

    second = await slack.press(ALICE, pager[NEXT])
    assert second["replace_original"] is True
    assert "Page 2/" in text_of(second) and "(continued)" in text_of(second)
    assert text_of(second) != text_of(first)
    assert PREVIOUS in buttons(second)
    back = await slack.press(ALICE, buttons(second)[PREVIOUS])
    assert text_of(back) == text_of(first)
    assert json.loads(pager[NEXT]["value"])["u"] == ALICE


async def test_an_unknown_name_offers_a_picker_of_names_from_the_index(slack: Running) -> None:
    answer = await slack.command("/who", "Kirbie")
    assert "No one called “Kirbie”" in text_of(answer)
    [menu] = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert menu["type"] == "external_select"
    block_id = next(b["block_id"] for b in answer["blocks"] if b["type"] == "actions")

    options = await slack.suggest(ALICE, menu["action_id"], block_id, "Kir")
    values = [o["value"] for o in options["options"]]
    assert "John Kirby" in values

    chosen = await slack.press(
        ALICE,
        {
            "type": "external_select",
            "action_id": menu["action_id"],
            "block_id": block_id,
            "selected_option": {
                "text": {"type": "plain_text", "text": "John Kirby"},
                "value": "John Kirby",
            },
        },
    )
    assert chosen["replace_original"] is True
    assert "*John Kirby*" in text_of(chosen)


async def test_who_without_a_name_asks_with_the_picker(slack: Running) -> None:
    answer = await slack.command("/who")
    assert "Which name?" in text_of(answer)
    assert any(
        e["type"] == "external_select"
        for b in answer["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
    )


async def test_mention_looking_article_text_is_escaped(
    slack: Running, db_url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "ping.md").write_text(
        "---\ntitle: Alert <!channel> & <@U0BOB0001>\noutlet: <!here> News\npublished: 2023-09-20\n"
        "---\n\nOfficials told <!everyone> and <@U0ALICE01> that North Korea sent shells to "
        "Russia on Tuesday, <!subteam^S0ADMINS1> said. The shipment was large, officials said.\n",
        encoding="utf-8",
    )
    sessions = open_database(db_url)
    ingest_paths(sessions, [folder])
    sessions.kw["bind"].dispose()

    for command in ("/sources", "/brief", "/timeline"):
        answer = await slack.command(command)
        shown = text_of(answer)
        assert "<!" not in shown and "<@" not in shown
    sources = text_of(await slack.command("/sources"))
    assert "Alert &lt;!channel&gt; &amp; &lt;@U0BOB0001&gt;" in sources
    assert "&lt;!here&gt; News" in sources
    # and the fake found nothing to refuse or ping with (checked again at teardown)
    assert slack.fake.problems == []


class SlowStory(Story):
    """The real story, answering a briefing only after 1.5 s (a big database on a busy host)."""

    def briefing(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(1.5)
        return super().briefing(*args, **kwargs)


async def test_slack_is_acknowledged_at_once_and_answered_after(slack: Running) -> None:
    slack.bot._story = SlowStory(slack.bot.story.sessions)
    payload = slack.fake.command_payload("/brief", "")
    started = time.monotonic()
    response = await slack.post(form(payload))
    acked = time.monotonic() - started
    assert response.status == 200 and acked < 1.0, "Slack needs the ack within 3 s"
    answer = await slack.fake.response(1)
    assert time.monotonic() - started >= 1.5
    assert "*Sources*" in text_of(answer)


async def test_an_unknown_speaker_offers_the_speakers_picker(slack: Running) -> None:
    answer = await slack.command("/quote", "speaker:Sullivn")
    assert "Closest names:" in text_of(answer)
    [menu] = [e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]]
    block_id = next(b["block_id"] for b in answer["blocks"] if b["type"] == "actions")
    options = await slack.suggest(ALICE, menu["action_id"], block_id, "Sul")
    assert "Jake Sullivan" in [o["value"] for o in options["options"]]
    known = await slack.command("/quote", "speaker:Sullivan")
    assert all(b["type"] != "actions" for b in known["blocks"]), "no picker for a known name"


async def test_heavier_commands_have_a_per_user_cooldown(start_app: StartApp) -> None:
    slack = await start_app(options={"cooldown_rate": 2, "cooldown_per": 30.0})
    for _ in range(2):
        assert (await slack.command("/timeline"))["response_type"] == "in_channel"
    slowed = await slack.command("/timeline")
    assert slowed["response_type"] == "ephemeral"
    assert re.fullmatch(r"Slow down: you can run this again in (2\d|30) s\.", slowed["text"])
    assert (await slack.command("/timeline", user=BOB))["response_type"] == "in_channel"
    assert (await slack.command("/sources"))["response_type"] == "in_channel", "a light command"
