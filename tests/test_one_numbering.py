"""Every renderer (Discord embeds, Slack blocks, the terminal) cites a source by its article
number, `[id]`, as the pictures and /sources do: in briefings, profiles and the timeline."""

from __future__ import annotations

import datetime as dt

from bot.render import embeds
from bot.render.markdown import plain
from briefings.answers import (
    Briefing,
    BriefPoint,
    Profile,
    ProfileResult,
    QuoteItem,
    RoleItem,
    SourceRef,
    TimelineEvent,
)
from briefings.cli import terminal
from slackbot import blocks
from tests.fake_slack.rules import texts

OAN = SourceRef(17, "a.txt", "Deal talk", "OAN", dt.date(2023, 9, 6), "day")
NK = SourceRef(42, "b.txt", "Kim travels", "NK News", dt.date(2023, 9, 11), "day")
PROFILE = ProfileResult(
    "Kirby",
    Profile(
        "John Kirby",
        "person",
        "spokesman",
        [RoleItem("spokesman", [OAN])],
        [],
        3,
        [OAN, NK],
        [QuoteItem("We are watching closely.", "John Kirby", None, "full", [NK])],
        [],
        2,
    ),
)
BRIEF = Briefing("Kim meets Putin", [BriefPoint("They met.", [NK, OAN])], [OAN, NK])
EVENTS = [TimelineEvent(dt.date(2023, 9, 13), "day", "Kim meets Putin", [NK, OAN])]


def discord_text(pages: list[list[object]]) -> str:
    lines = []
    for page in pages:
        for embed in page:
            data = embed.to_dict()  # type: ignore[attr-defined]
            lines += [data.get("title", ""), data.get("description", "")]
            lines += [f"{f['name']}\n{f['value']}" for f in data.get("fields", [])]
    return plain("\n".join(lines))


def slack_text(pages: list[blocks.SlackPage]) -> str:
    return "\n".join(line for page in pages for line in texts(page.blocks))


def renderings() -> dict[str, tuple[str, str, str]]:
    """Per platform: the profile, the briefing and the timeline as a reader sees them."""
    return {
        "discord": (
            discord_text(embeds.profile_pages(PROFILE)),
            discord_text(embeds.briefing_pages(BRIEF)),
            discord_text(embeds.timeline_pages(EVENTS)),
        ),
        "slack": (
            slack_text(blocks.profile_pages(PROFILE)),
            slack_text(blocks.briefing_pages(BRIEF)),
            slack_text(blocks.timeline_pages(EVENTS)),
        ),
        "terminal": (
            terminal.render_profile(PROFILE),
            terminal.render_briefing(BRIEF),
            terminal.render_timeline(EVENTS),
        ),
    }


def test_profiles_cite_roles_articles_and_quotes_by_article_number() -> None:
    for platform, (profile, _, _) in renderings().items():
        assert "[17] OAN, 6 Sep 2023" in profile, platform  # the role's source and an article
        assert "[42] NK News, 11 Sep 2023" in profile, platform  # the quote's source
        assert "— NK News" not in profile, platform


def test_briefings_and_timelines_number_sources_by_article_not_by_position() -> None:
    for platform, (_, brief, timeline) in renderings().items():
        assert "[42][17]" in brief or "[42] [17]" in brief, platform
        assert "[1]" not in brief and "[2]" not in brief, platform
        assert "[42] NK News, 11 Sep 2023; [17] OAN, 6 Sep 2023" in timeline, platform


def test_the_same_words_for_counts_and_partial_quotes_everywhere() -> None:
    partial = QuoteItem("open for business", "Mara Quinn", None, "partial", [OAN])
    one = ProfileResult(
        "Quinn", Profile("Mara Quinn", "person", None, [], [], 1, [OAN], [partial], [], 1)
    )
    shown = {
        "discord": discord_text(embeds.profile_pages(one)),
        "slack": slack_text(blocks.profile_pages(one)),
        "terminal": terminal.render_profile(one),
    }
    for platform, text in shown.items():
        assert "(partial quote)" in text, platform
        assert "1 time in 1 article" in text and "1 times" not in text, platform
