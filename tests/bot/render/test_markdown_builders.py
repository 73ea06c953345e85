"""Every Discord message builder, not only the commands' first pages, keeps hostile text inert:
the evidence page behind "Sources", a known person's profile, a digest and its status."""

from __future__ import annotations

import dataclasses
import datetime as dt

import discord

from bot.digest.render import digest_message, status_text
from bot.render import embeds
from briefings.answers import (
    Briefing,
    BriefPoint,
    Profile,
    ProfileResult,
    QuoteItem,
    RoleItem,
    TimelineEvent,
)
from briefings.digests.compose import Digest, NewArticle, NewPerson
from briefings.digests.schedules import parse_schedule
from briefings.digests.subscriptions import DigestSettings
from tests.bot.render.discord_markdown import live
from tests.bot.render.test_markdown_injection import EVIL, HOSTILE, REF

WITH_EVIDENCE = dataclasses.replace(REF, evidence=EVIL)
NOW = dt.datetime(2024, 5, 1, 8, 0, tzinfo=dt.UTC)


def embed_texts(embed: discord.Embed) -> list[str]:
    data = embed.to_dict()
    parts = [data.get("title", ""), data.get("description", "")]
    parts += [data.get("footer", {}).get("text", "")]
    for f in data.get("fields", []):
        parts += [f["name"], f["value"]]
    return parts


def assert_inert(texts: list[str]) -> None:
    for text in texts:
        assert live(text) == {}, text


def test_the_evidence_page_is_inert() -> None:
    points = [BriefPoint(text, [WITH_EVIDENCE]) for text in HOSTILE]
    pages = embeds.evidence_pages(Briefing(EVIL, points, [WITH_EVIDENCE]))
    assert pages
    assert_inert([t for page in pages for e in page for t in embed_texts(e)])


def test_a_known_persons_profile_is_inert() -> None:
    quote = QuoteItem(EVIL, EVIL, EVIL, "partial", [REF])
    profile = Profile(
        EVIL, "person", EVIL, [RoleItem(EVIL, [REF])], HOSTILE, 3, [REF], [quote], [(EVIL, 2)], 1
    )
    pages = embeds.profile_pages(ProfileResult(EVIL, profile, others=HOSTILE))
    assert_inert([t for page in pages for e in page for t in embed_texts(e)])


def test_a_digest_and_its_status_are_inert() -> None:
    digest = Digest(
        None,
        NOW,
        [NewArticle(REF, EVIL, HOSTILE)],
        [QuoteItem(EVIL, EVIL, EVIL, "full", [REF])],
        [NewPerson(EVIL, EVIL, [REF])],
        [TimelineEvent(dt.date(2023, 9, 1), "day", EVIL, [REF])],
    )
    _, posted = digest_message(digest)
    assert posted
    assert_inert([t for e in posted for t in embed_texts(e)])
    settings = DigestSettings(
        1, 10, parse_schedule("daily 08:00", "UTC"), True, True, NOW, 1, NOW, EVIL, NOW
    )
    harmless = dataclasses.replace(settings, last_error="403 Forbidden")
    # only the status's own marks are live (bold, the schedule's code span, the channel link)
    assert live(status_text(settings, NOW)) == live(status_text(harmless, NOW))
