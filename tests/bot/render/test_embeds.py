"""Answers of any size become pages Discord accepts; typed console lines parse like slash options."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.console.shell import parse
from bot.interactions.queries import BadInput, parse_since
from bot.render import embeds
from bot.render.limits import chunk_lines, clip
from bot.render.paging import numbered
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
from tests.fake_discord import rules

LONG = "word " * 2000
REFS = [
    SourceRef(i, f"a/{i}.txt", LONG[:400], "Outlet " * 30, dt.date(2023, 9, 1), "day")
    for i in range(40)
]
NOW = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)

HUGE = {
    "briefing": embeds.briefing_pages(
        Briefing(LONG, [BriefPoint(LONG, REFS) for _ in range(30)], REFS, LONG, None, LONG)
    ),
    "quotes": embeds.quote_pages(
        QuoteList([QuoteItem(LONG, LONG, LONG, "full", REFS)] * 60, LONG, LONG, LONG, [LONG] * 30)
    ),
    "profile": embeds.profile_pages(
        ProfileResult(
            LONG,
            Profile(
                LONG,
                "person",
                LONG,
                [],
                [LONG] * 50,
                9,
                REFS,
                [QuoteItem(LONG, "x", None, "partial", REFS)] * 9,
                [(LONG, 3)] * 40,
                article_count=len(REFS),
            ),
            others=[LONG] * 10,
        )
    ),
    "unknown": embeds.profile_pages(ProfileResult(LONG, None, [LONG] * 30)),
    "sources": embeds.sources_pages(
        [
            SourceItem(i, "p", LONG, LONG, LONG, LONG, None, "unknown", [LONG], NOW)
            for i in range(60)
        ]
    ),
    "timeline": embeds.timeline_pages(
        [TimelineEvent(None, "unknown", LONG, REFS) for _ in range(100)]
    ),
}


@pytest.mark.parametrize("name", HUGE)
def test_huge_answers_fit_discord_on_every_page(name):
    pages = numbered(HUGE[name])
    for page in pages:
        body = {"embeds": [e.to_dict() for e in page]}
        assert rules.message_problems(body) == []


def test_long_lists_are_paged_not_dropped():
    def fields(pages):
        return sum(len(e.fields) for page in pages for e in page)

    assert fields(HUGE["quotes"]) == 60
    assert fields(HUGE["sources"]) == 60
    assert all(len(e.fields) <= 5 for page in HUGE["quotes"] for e in page)
    lines = sum(e.description.count("\n") + 1 for page in HUGE["timeline"] for e in page)
    assert lines == 100


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, "short"),
        ("exactly ten", 11, "exactly ten"),
        ("much longer than that", 10, "much long…"),
        ("  padded  ", 6, "padded"),
    ],
)
def test_clip(text, limit, expected):
    assert clip(text, limit) == expected
    assert len(clip(text, limit)) <= limit


def test_chunk_lines_keeps_lines_whole_and_under_the_limit():
    chunks = chunk_lines(["a" * 6, "b" * 6, "c" * 20], 13)
    assert chunks == ["aaaaaa\nbbbbbb", "cccccccccccc…"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("/brief", ("brief", {})),
        ("/brief focus:Kim", ("brief", {"focus": "Kim"})),
        ("/brief Kim Jong Un", ("brief", {"focus": "Kim Jong Un"})),
        ("/quote speaker:Sullivan", ("quote", {"speaker": "Sullivan"})),
        (
            "/quote speaker:Jake Sullivan about:pay a price",
            ("quote", {"speaker": "Jake Sullivan", "about": "pay a price"}),
        ),
        ("/who Kirby", ("who", {"name": "Kirby"})),
        ('/who "Mr Kirby"', ("who", {"name": "Mr Kirby"})),
        ("/who name:“Kim Jong Un”", ("who", {"name": "Kim Jong Un"})),
        (
            "/quote about:'pay a price' speaker:Sullivan",
            ("quote", {"about": "pay a price", "speaker": "Sullivan"}),
        ),
        ('/who "Kirby', ("who", {"name": '"Kirby'})),
        ("/who name:Kim Jong Un private:true", ("who", {"name": "Kim Jong Un"})),
        ("/SOURCES", ("sources", {})),
        ("timeline", ("timeline", {})),
    ],
)
def test_console_lines_parse_like_slash_options(line, expected):
    assert parse(line) == expected


@pytest.mark.parametrize("line", ["/nope", "/sources everything", "/who nick:Kim"])
def test_console_refuses_what_the_bot_would_not_accept(line):
    with pytest.raises(BadInput):
        parse(line)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("2023-09-01", dt.date(2023, 9, 1)), (" 2023-09-01 ", dt.date(2023, 9, 1)), ("", None)],
)
def test_since_accepts_dates(typed, expected):
    assert parse_since(typed) == expected


@pytest.mark.parametrize("typed", ["yesterday", "2023-13-01", "01/09/2023"])
def test_since_refuses_what_is_not_a_date(typed):
    with pytest.raises(BadInput, match="since must be a date like 2023-09-01"):
        parse_since(typed)


@pytest.mark.parametrize(
    ("related_from", "heading"),
    [(5, "Mentioned with"), (2, "Mentioned with (in the 2 newest articles naming them)")],
)
def test_who_says_how_many_articles_its_companions_are_counted_in(related_from, heading):
    profile = Profile(
        name="Jake Sullivan",
        kind="person",
        role=None,
        roles=[],
        aliases=[],
        mentions=9,
        articles=REFS[:5],
        quotes=[],
        related=[("Kim Jong Un", 2)],
        article_count=5,
        related_from=related_from,
    )
    pages = embeds.profile_pages(ProfileResult("Sullivan", profile))
    fields = [field for page in pages for embed in page for field in embed.fields]
    assert [(f.name, f.value) for f in fields if f.value == "Kim Jong Un (2)"] == [
        (heading, "Kim Jong Un (2)")
    ]
