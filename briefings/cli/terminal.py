"""Answers rendered as plain text for the command line."""

from __future__ import annotations

import re
import textwrap
from typing import TYPE_CHECKING

from briefings.answers import (
    Briefing,
    PersonItem,
    ProfileResult,
    QuoteItem,
    QuoteList,
    SourceItem,
    TimelineEvent,
    ambiguous_note,
    cite_number,
    cite_numbers,
    format_date,
    numbered_labels,
    source_label,
    source_title,
    updated_label,
)
from briefings.chat.wording import count, mentioned, mentions_in, partial_mark

if TYPE_CHECKING:
    from briefings.articles import ArticleDetail

WIDTH = 100


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text for a terminal: control characters from articles (escape sequences) removed."""
    return CONTROL.sub("", text)


def heading(title: str) -> list[str]:
    """A title wrapped to the width (never cut), underlined as wide as its longest line."""
    lines = textwrap.wrap(title, WIDTH) or [""]
    return [*lines, "=" * max(len(line) for line in lines)]


def cut_line(shown: int, total: int, offset: int) -> str:
    """The last line of a list that leaves some out."""
    first = offset + 1 if shown else offset
    return (
        f"(showing {first:,}-{offset + shown:,} of {total:,}; "
        "--limit and --offset page, --all lists every one)"
    )


def render_sources(items: list[SourceItem]) -> str:
    if not items:
        return "No articles stored yet. Run `briefbot ingest PATH` first."
    lines = []
    for item in items:
        lines.append(_wrap(f"[{item.id}] {source_title(item)}", "").replace("\n", "\n    "))
        updated = updated_label(item)
        label = f"{source_label(item)}; {updated}" if updated else source_label(item)
        lines.append(f"    {label}; by {item.author or 'author unknown'}")
        lines.append(f"    {item.path}")
        if item.summary:
            lines.append(_wrap(" ".join(item.summary), "    "))
    return "\n".join(lines)


def render_briefing(briefing: Briefing) -> str:
    lines = heading(briefing.headline)
    if briefing.note:
        lines.append(briefing.note)
    for point in briefing.points:
        cites = cite_numbers(point.sources)
        dated = f"{format_date(point.date, point.date_precision)} — " if point.date else ""
        lines.append(_wrap(f"- {dated}{point.text} {cites}", "").replace("\n", "\n  "))
    if briefing.sources:
        lines.append("")
        lines.append("Sources")
        for ref in briefing.sources:
            lines.append(
                f"  {cite_number(ref.article_id)} {source_title(ref)} ({source_label(ref)})"
            )
    return "\n".join(lines)


def render_evidence(briefing: Briefing) -> str:
    """Under each point, the sentence each cited article printed that states it."""
    lines = []
    for point in briefing.points:
        lines.append(_wrap(f"- {point.text}", "").replace("\n", "\n  "))
        for ref in point.sources:
            said = (
                f"{cite_number(ref.article_id)} {ref.outlet or 'outlet unknown'}: “{ref.evidence}”"
            )
            lines.append(_wrap(said, "    "))
    return "\n".join(lines)


def _quote(item: QuoteItem) -> str:
    who = item.speaker_shown or (
        "speaker not clear in the source" if item.found_by else "unknown speaker"
    )
    if item.speaker_role:
        who += f", {item.speaker_role}"
    sources = "\n".join(
        f"    {cite_number(r.article_id)} {source_label(r)}: {source_title(r)}"
        + (f"\n      printed: “{r.text}”" if r.article_id in item.differing else "")
        for r in item.sources
    )
    note = f"\n  ({item.wording_note})" if item.wording_note else ""
    text = _wrap(f"“{item.text}”", "")
    return f"{text}\n  — {who}{partial_mark(item.kind)}{note}\n  Sources:\n{sources}"


def render_quotes(result: QuoteList) -> str:
    lines = []
    if result.note:
        lines.append(result.note)
    if result.suggestions:
        lines.append("Did you mean: " + ", ".join(result.suggestions) + "?")
    lines.extend(_quote(q) for q in result.quotes)
    if result.cut:
        shown = len(result.quotes)
        if result.total is not None:
            lines.append(cut_line(shown, result.total, result.offset))
        else:
            lines.append(
                f"(showing {count(shown, 'quote')} from {result.offset + 1:,}; more may match: "
                "--limit and --offset page, --all lists every one)"
            )
    return "\n\n".join(lines)


def render_profile(result: ProfileResult) -> str:
    profile = result.profile
    if profile is None and result.ambiguous:
        return ambiguous_note(result.query, result.ambiguous)
    if profile is None:
        text = f"No one called {result.query!r} appears in the articles."
        if result.suggestions:
            text += " Closest names: " + ", ".join(result.suggestions) + "."
        return text
    lines = [f"{profile.name} ({profile.kind})"]
    lines.append(f"  Role: {profile.role or 'not stated in the articles'}")
    for role in profile.roles:
        lines.append(f"    - {role.role} ({numbered_labels(role.sources)})")
    if profile.aliases:
        lines.append("  Also called: " + ", ".join(profile.aliases))
    lines.append(f"  {mentioned(profile.mentions, profile.article_count)[:-1]}:")
    for ref in profile.articles:
        lines.append(f"    {cite_number(ref.article_id)} {source_title(ref)} ({source_label(ref)})")
    if profile.quotes:
        lines.append(f"  Quotes ({len(profile.quotes)}):")
        lines.extend(textwrap.indent(_quote(q), "    ") for q in profile.quotes)
    if profile.related:
        named = ", ".join(f"{name} ({n})" for name, n in profile.related)
        lines.append(f"  {profile.related_heading}: {named}")
    if result.others:
        lines.append("  Not to be confused with: " + ", ".join(result.others))
    return "\n".join(lines)


def render_people(items: list[PersonItem]) -> str:
    if not items:
        return "No people or organisations found yet."
    return "\n".join(
        f"{p.name} ({p.kind}) — {p.role or 'role not stated'}; "
        f"{mentions_in(p.mentions, p.article_count)}"
        for p in items
    )


def render_timeline(events: list[TimelineEvent]) -> str:
    if not events:
        return "No dated events found yet."
    lines = []
    for event in events:
        sources = numbered_labels(event.sources)
        lines.append(f"{format_date(event.date, event.date_precision):>14}  {event.text}")
        lines.append(f"{'':>16}({sources})")
    return "\n".join(lines)


def render_article(article: ArticleDetail) -> str:
    """`briefbot show`: the metadata, what analysis found, then the cleaned text."""
    lines = heading(f"[{article.id}] {article.title or 'untitled'}")
    date = format_date(article.published, article.date_precision)
    lines += [
        f"Outlet: {article.outlet or 'outlet unknown'}",
        f"Author: {article.author or 'author unknown'}",
        f"Published: {date} (precision: {article.date_precision})",
        f"URL: {article.url or 'none given'}",
        f"File: {article.path}",
        f"Ingested: {article.ingested_at:%Y-%m-%d %H:%M} UTC",
        f"Found: {count(article.word_count, 'word')}, {count(article.quotes, 'quote')}, "
        f"{count(article.mentions, 'name')}, {count(article.events, 'dated event')}, "
        f"{count(article.points, 'key point')}",
        "",
        "Summary",
        *(_wrap(s, "  ") for s in article.summary),
        "",
        "Text",
        *(textwrap.fill(p, WIDTH) if p.strip() else "" for p in article.body.splitlines()),
    ]
    return "\n".join(lines)
