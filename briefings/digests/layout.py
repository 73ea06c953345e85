"""A digest laid out as titled sections of lines with numbered sources, for embeds and terminals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from briefings.answers import SourceRef, cite_number, format_date, source_label, source_title
from briefings.digests.compose import NOTHING_NEW, Digest


@dataclass(frozen=True)
class Section:
    name: str
    lines: list[str]


@dataclass(frozen=True)
class DigestLayout:
    title: str
    articles: list[str]  # "[1] Title — Outlet, 13 Sep 2023"
    sections: list[Section]
    footer: str


def _cite(refs: list[SourceRef], numbers: dict[int, str]) -> str:
    return "".join(numbers[r.article_id] for r in refs if r.article_id in numbers)


def _same(text: str) -> str:
    return text


def layout(digest: Digest, escape: Callable[[str], str] = _same) -> DigestLayout:
    """Sections in reading order; every line ends with the numbers of its sources. `escape`
    makes the articles' words inert where they are shown (Discord markdown)."""
    e_ = escape
    # every source under its article id, as in /brief and /sources (answers.cite_number)
    numbers = {ref.article_id: cite_number(ref.article_id) for ref in digest.sources}
    count = len(digest.articles)
    title = (
        NOTHING_NEW
        if digest.empty
        else f"Story digest: {count} new article{'s' if count != 1 else ''}"
    )
    articles = [
        f"{cite_number(a.source.article_id)} {e_(source_title(a.source))} — "
        f"{e_(source_label(a.source))}"
        for a in digest.articles
    ]
    sections = [
        Section(
            "New quotes",
            [
                f"“{e_(q.text)}” — {e_(str(q.speaker_shown))}"
                f"{f', {e_(q.speaker_role)}' if q.speaker_role else ''} "
                f"{_cite(q.sources, numbers)}"
                for q in digest.quotes
            ],
        ),
        Section(
            "New in the story",
            [
                f"{e_(p.name)}{f', {e_(p.role)}' if p.role else ''} {_cite(p.sources, numbers)}"
                for p in digest.people
            ],
        ),
        Section(
            "New dated events",
            [
                f"{format_date(e.date, e.date_precision)}: {e_(e.text)} {_cite(e.sources, numbers)}"
                for e in digest.events
            ],
        ),
    ]
    return DigestLayout(
        title=title,
        articles=articles,
        sections=[s for s in sections if s.lines],
        footer=_footer(digest.since),
    )


def _footer(since: dt.datetime | None) -> str:
    if since is None:
        return "Everything since the story began"
    return f"New since {since.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"


def render_text(digest: Digest) -> str:
    """The digest for a terminal: what `briefbot digest --preview` prints."""
    page = layout(digest)
    if digest.empty:
        return page.title
    parts = [page.title, "", *page.articles]
    for section in page.sections:
        parts += ["", f"{section.name}:", *(f"  • {line}" for line in section.lines)]
    return "\n".join([*parts, "", page.footer])
