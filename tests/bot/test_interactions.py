"""Each command through the real discord.py client and the fake Discord: the JSON the bot posts back."""

from __future__ import annotations

import asyncio
import logging

from tests.bot.story_double import StoryDouble
from tests.fake_discord import rules

EPHEMERAL = 64
MESSAGE, DEFERRED, UPDATE, AUTOCOMPLETE = 4, 5, 7, 8


def text_of(data: dict) -> str:
    parts = [data.get("content") or ""]
    for embed in data.get("embeds") or []:
        parts += [embed.get("title") or "", embed.get("description") or ""]
        parts += [f"{f['name']}\n{f['value']}" for f in embed.get("fields", [])]
        parts.append((embed.get("footer") or {}).get("text") or "")
    return "\n".join(parts)


def labels(data: dict) -> dict[str, bool]:
    """Button label -> disabled, of a message's components."""
    return {
        b["label"]: b.get("disabled", False)
        for row in data.get("components") or []
        for b in row["components"]
    }


async def test_brief_with_focus_and_since(fake, start_bot):
    story = StoryDouble()
    await start_bot(story)
    body = await fake.response(await fake.slash("brief", focus="Kim Jong Un", since="2023-09-05"))
    assert body["type"] == MESSAGE
    data = body["data"]
    assert data["allowed_mentions"] == {"parse": []}
    assert not data.get("flags", 0) & EPHEMERAL
    embed = data["embeds"][0]
    assert embed["title"] == "Russia–North Korea arms talks"
    assert "Focus: **Kim Jong Un**" in embed["description"]
    assert "Since 5 Sep 2023" in embed["description"]
    assert "[1][2]" in embed["description"]
    sources = next(f for f in data["embeds"][-1]["fields"] if f["name"] == "Sources")
    assert "[1] OAN — North Korea will pay a price (6 Sep 2023)" in sources["value"]
    assert story.calls[0][0] == "briefing"
    assert str(story.calls[0][1][1]) == "2023-09-05"


async def test_private_answers_are_ephemeral(fake, start_bot):
    await start_bot(StoryDouble())
    body = await fake.response(await fake.slash("sources", private=True))
    assert body["data"]["flags"] & EPHEMERAL
    assert "[1] North Korea will pay a price" in text_of(body["data"])


async def test_a_bad_date_gets_one_short_private_sentence(fake, start_bot):
    story = StoryDouble()
    await start_bot(story)
    body = await fake.response(await fake.slash("brief", since="yesterday"))
    assert body["data"]["flags"] & EPHEMERAL
    assert body["data"]["content"] == "since must be a date like 2023-09-01, not “yesterday”."
    assert story.calls == []


async def test_who_unknown_name_answers_with_closest_matches(fake, start_bot):
    await start_bot(StoryDouble())
    body = await fake.response(await fake.slash("who", name="Kirbi"))
    embed = body["data"]["embeds"][0]
    assert embed["title"] == "No one called “Kirbi”"
    assert "John Kirby" in embed["description"]


async def test_who_known_name_shows_the_profile(fake, start_bot):
    await start_bot(StoryDouble())
    body = await fake.response(await fake.slash("who", name="John Kirby"))
    text = text_of(body["data"])
    assert "National Security Council spokesman" in text
    assert "Mentioned 7 times in 2 articles." in text
    assert "“We are watching closely.” — [2] NK News, 11 Sep 2023" in text  # numbered as /sources
    assert "Kim Jong Un (2)" in text


async def test_quotes_page_with_next_and_only_the_caller_can_turn(fake, start_bot):
    await start_bot(StoryDouble(size=12), page_timeout=60)
    exchange = await fake.slash("quote", speaker="Jake Sullivan", about="price")
    first = (await fake.response(exchange))["data"]
    assert first["embeds"][0]["footer"]["text"] == "Page 1/3"
    assert labels(first) == {"Previous": True, "Next": False}
    assert "Jake Sullivan — White House National Security Adviser" in text_of(first)
    assert "Quote number 0" in text_of(first) and "Quote number 5" not in text_of(first)
    message = fake.original(exchange)

    refused = await fake.response(await fake.press(message, "Next", user="bob"))
    assert refused["type"] == MESSAGE and refused["data"]["flags"] & EPHEMERAL
    assert "Only the person who ran the command" in refused["data"]["content"]
    assert fake.original(exchange)["embeds"][0]["footer"]["text"] == "Page 1/3"

    turned = await fake.response(await fake.press(message, "Next"))
    assert turned["type"] == UPDATE
    assert turned["data"]["embeds"][0]["footer"]["text"] == "Page 2/3"
    assert "Quote number 5" in text_of(turned["data"])
    assert labels(turned["data"]) == {"Previous": False, "Next": False}
    assert fake.original(exchange)["embeds"][0]["footer"]["text"] == "Page 2/3"


async def test_page_buttons_stop_after_the_timeout(fake, start_bot):
    await start_bot(StoryDouble(size=40), page_timeout=0.3)
    exchange = await fake.slash("timeline")
    await fake.response(exchange)
    disabled = {"Previous": True, "Next": True}  # (an edit adding the picture may come first)
    await fake.wait(lambda: any(labels(m) == disabled for m in exchange.messages))


async def test_a_slow_answer_is_deferred_then_followed_up(fake, start_bot):
    await start_bot(StoryDouble(delay=0.5), defer_after=0.1)
    exchange = await fake.slash("brief", private=True)
    deferred = await fake.response(exchange)
    assert deferred["type"] == DEFERRED
    assert deferred["data"]["flags"] & EPHEMERAL
    followup = (await fake.later(exchange))[0]
    assert followup["kind"] == "followup"
    assert followup["embeds"][0]["title"] == "Russia–North Korea arms talks"
    assert followup["flags"] & EPHEMERAL
    body = next(r.body for r in fake.requests if r.path.startswith("/webhooks/"))
    assert body["allowed_mentions"] == {"parse": []}


async def test_slow_paged_answer_keeps_working_buttons(fake, start_bot):
    await start_bot(StoryDouble(delay=0.3, size=12), defer_after=0.05)
    exchange = await fake.slash("quote")
    assert (await fake.response(exchange))["type"] == DEFERRED
    followup = (await fake.later(exchange))[0]
    turned = await fake.response(await fake.press(followup, "Next"))
    assert turned["data"]["embeds"][0]["footer"]["text"] == "Page 2/3"


async def test_autocomplete_offers_at_most_25_choices(fake, start_bot):
    await start_bot(StoryDouble())
    body = await fake.response(await fake.autocomplete("who", "name", "o"))
    assert body["type"] == AUTOCOMPLETE
    choices = body["data"]["choices"]
    assert len(choices) == 25
    assert {"name": "John Kirby", "value": "John Kirby"} in choices
    speakers = await fake.response(await fake.autocomplete("quote", "speaker", "sull"))
    assert speakers["data"]["choices"] == [{"name": "Jake Sullivan", "value": "Jake Sullivan"}]


async def test_mentions_never_ping(fake, start_bot):
    await start_bot(StoryDouble())
    body = await fake.response(await fake.slash("who", name="@everyone"))
    assert "@everyone" in text_of(body["data"])
    body = await fake.response(await fake.slash("brief"))
    assert "\\@everyone and \\<@&123\\>" in text_of(body["data"])  # shown, inert
    every_message = [r.body for r in fake.requests if r.method in ("POST", "PATCH")]
    for request in every_message:
        data = request.get("data", request)
        if "embeds" in data or "content" in data:
            assert data["allowed_mentions"] == {"parse": []}


async def test_long_answers_stay_inside_every_limit(fake, start_bot):
    await start_bot(StoryDouble(size=300))
    for name in ("brief", "quote", "timeline"):
        data = (await fake.response(await fake.slash(name)))["data"]
        assert rules.message_problems(data) == []
        assert sum(rules.embed_characters(e) for e in data["embeds"]) <= 6000
        assert "Next" in labels(data)


async def test_cooldown_on_heavier_commands_per_user(fake, start_bot):
    await start_bot(StoryDouble(), cooldown_rate=2, cooldown_per=60)
    for _ in range(2):
        assert (await fake.response(await fake.slash("who", name="Kim Jong Un")))["type"] == MESSAGE
    third = (await fake.response(await fake.slash("who", name="Kim Jong Un")))["data"]
    assert third["flags"] & EPHEMERAL and third["content"].startswith("Slow down")
    other = (await fake.response(await fake.slash("who", name="Kim Jong Un", user="bob")))["data"]
    assert other.get("embeds")


async def test_a_failure_is_one_short_sentence_and_a_logged_traceback(fake, start_bot, caplog):
    story = StoryDouble()
    story.timeline = lambda: 1 / 0  # type: ignore[method-assign]
    await start_bot(story)
    with caplog.at_level(logging.ERROR):
        body = await fake.response(await fake.slash("timeline"))
        await asyncio.sleep(0)
    assert body["data"]["flags"] & EPHEMERAL
    assert (
        body["data"]["content"]
        == "Sorry, something went wrong while answering; it has been logged."
    )
    assert any("ZeroDivisionError" in (r.exc_text or "") or r.exc_info for r in caplog.records)


async def test_a_slow_failure_is_reported_in_a_follow_up(fake, start_bot):
    story = StoryDouble(delay=0.3)
    original = story.sources

    def failing(limit=None):
        original()
        raise RuntimeError("database went away")

    story.sources = failing  # type: ignore[method-assign]
    await start_bot(story, defer_after=0.05)
    exchange = await fake.slash("sources")
    assert (await fake.response(exchange))["type"] == DEFERRED
    followup = (await fake.later(exchange))[0]
    assert followup["content"] == "Sorry, something went wrong while answering; it has been logged."
    assert followup["flags"] & EPHEMERAL
