"""Answers of any size become pages Slack accepts: 50 blocks, 3,000 per section, 40,000 a message."""

from __future__ import annotations

import datetime as dt

import pytest

from briefings.answers import (
    Briefing,
    BriefPoint,
    Profile,
    ProfileResult,
    QuoteItem,
    QuoteList,
    SourceItem,
    SourceRef,
    TimelineEvent,
)
from briefings.digests.compose import Digest, NewArticle, NewPerson
from slackbot import blocks, ids
from slackbot.blocks import SlackPage
from slackbot.digest.render import digest_page
from slackbot.limits import problems
from slackbot.paging import State, with_pager
from tests.fake_slack.rules import message_problems

LONG = "A sentence <!channel> & more, " * 400  # 12,000 characters, mention-looking


def ref(n: int) -> SourceRef:
    return SourceRef(n, f"a{n}.txt", LONG[:300], "Outlet <@U1>", dt.date(2023, 9, 6), "day")


def huge_answers() -> dict[str, list[SlackPage]]:
    refs = [ref(n) for n in range(300)]
    quote = QuoteItem(LONG, "Jake Sullivan", LONG[:500], "full", refs[:40])
    return {
        "brief": blocks.briefing_pages(
            Briefing(LONG[:400], [BriefPoint(LONG, refs[:50])] * 300, refs, "Kim", None, LONG)
        ),
        "quote": blocks.quote_pages(QuoteList([quote] * 120, "Jake Sullivan", LONG[:200])),
        "who": blocks.profile_pages(
            ProfileResult(
                "x",
                Profile(
                    "Kim",
                    "person",
                    LONG[:300],
                    [],
                    ["K"] * 500,
                    9,
                    refs,
                    [quote] * 30,
                    [(LONG[:90], 3)] * 100,
                    300,
                    20,
                ),
                others=["Kim " + LONG[:50]] * 200,
            )
        ),
        "sources": blocks.sources_pages(
            [
                SourceItem(
                    n,
                    "a.txt",
                    LONG[:500],
                    "O",
                    LONG[:200],
                    "https://x/" + LONG[:900],
                    None,
                    "unknown",
                    [LONG[:2000]] * 3,
                    dt.datetime.now(dt.UTC),
                )
                for n in range(200)
            ]
        ),
        "timeline": blocks.timeline_pages(
            [TimelineEvent(dt.date(2023, 1, 1), "month", LONG[:3000], refs[:30])] * 200
        ),
    }


@pytest.mark.parametrize("command", ["brief", "quote", "who", "sources", "timeline"])
def test_every_page_of_a_huge_answer_fits_with_its_buttons(command: str) -> None:
    pages = huge_answers()[command]
    assert len(pages) > 1 or command == "who"
    state = State("U0ALICE01", command, {"focus": "x" * 100})
    for index, page in enumerate(pages):
        shown = with_pager(page, state, index, len(pages))
        assert problems(shown.text, shown.blocks) == []
        assert message_problems({"text": shown.text, "blocks": shown.blocks}) == []


@pytest.mark.parametrize(
    "slack_id", ["T024BE7LD", "C024BE91L", "G1234567890", "CZZZZZZZZZZZ", "U0ALICE01"]
)
def test_slack_ids_round_trip_through_negative_keys(slack_id: str) -> None:
    key = ids.to_key(slack_id)
    assert -(2**63) <= key < 0
    assert ids.from_key(key) == slack_id


@pytest.mark.parametrize("bad", ["", "C-123", "1ABC", "CAAAAAAAAAAAAA"])
def test_what_is_no_slack_id_is_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        ids.to_key(bad)


def test_a_huge_digest_is_one_message_slack_accepts() -> None:
    refs = [ref(n) for n in range(50)]
    quote = QuoteItem(LONG[:2000], "Jake <@U1> Sullivan", LONG[:300], "full", refs[:10])
    digest = Digest(
        since=None,
        mark=dt.datetime(2024, 3, 29, tzinfo=dt.UTC),
        articles=[NewArticle(r, "https://x/" + LONG[:500], [LONG[:900]]) for r in refs],
        quotes=[quote] * 200,
        people=[NewPerson("Kim " + LONG[:200], LONG[:300], refs[:5])] * 300,
        events=[TimelineEvent(dt.date(2023, 9, 1), "day", LONG[:1500], refs[:5])] * 300,
    )
    page = digest_page(digest)
    assert problems(page.text, page.blocks) == []
    assert message_problems({"text": page.text, "blocks": page.blocks}) == []
    shown = "\n".join(b["text"]["text"] for b in page.blocks if b["type"] == "section")
    assert "Story digest: 50 new articles" in shown and "more" in shown


def test_the_digest_status_escapes_what_slack_said_but_keeps_our_channel_links() -> None:
    from briefings.digests.schedules import parse_schedule
    from briefings.digests.subscriptions import DigestSettings
    from slackbot.digest.render import status_text

    now = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)
    error = "Slack refused <!channel> & <@U1> in <#C0123456789>"
    settings = DigestSettings(
        ids.to_key("T0123456"),
        ids.to_key("C0123456789"),
        parse_schedule("daily 08:00", "UTC"),
        False,
        True,
        now,
        1,
        None,
        error,
        now,
    )
    text = status_text(settings, now, "The bot is not in <#C0123456789>.")
    assert "&lt;!channel&gt; &amp; &lt;@U1&gt;" in text
    assert "<!" not in text and "<@" not in text
    assert text.count("<#C0123456789>") == 3  # its channel, the problem, the error's own link
    assert "Last posted: never." in text and "Digest: *on*" in text
