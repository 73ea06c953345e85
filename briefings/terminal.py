"""Answers rendered as plain text for the command line."""

from __future__ import annotations

import textwrap

from briefings.answers import (
    Briefing,
    PersonItem,
    ProfileResult,
    QuoteItem,
    QuoteList,
    SourceItem,
    TimelineEvent,
    format_date,
    source_label,
    source_title,
)

WIDTH = 100


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_sources(items: list[SourceItem]) -> str:
    if not items:
        return "No articles stored yet. Run `briefbot ingest PATH` first."
    lines = []
    for item in items:
        lines.append(f"[{item.id}] {source_title(item)}")
        lines.append(f"    {source_label(item)}; by {item.author or 'author unknown'}")
        lines.append(f"    {item.path}")
        if item.summary:
            lines.append(_wrap(" ".join(item.summary), "    "))
    return "\n".join(lines)


def render_briefing(briefing: Briefing) -> str:
    lines = [briefing.headline, "=" * min(len(briefing.headline), WIDTH)]
    if briefing.note:
        lines.append(briefing.note)
    numbers = {ref.article_id: i for i, ref in enumerate(briefing.sources, 1)}
    for point in briefing.points:
        cites = "".join(f"[{numbers[r.article_id]}]" for r in point.sources)
        lines.append(_wrap(f"- {point.text} {cites}", "").replace("\n", "\n  "))
    if briefing.sources:
        lines.append("")
        lines.append("Sources")
        for ref in briefing.sources:
            lines.append(f"  [{numbers[ref.article_id]}] {source_title(ref)} ({source_label(ref)})")
    return "\n".join(lines)


def _quote(item: QuoteItem) -> str:
    who = item.speaker or (
        "speaker not clear in the source" if item.found_by else "unknown speaker"
    )
    if item.speaker_role:
        who += f", {item.speaker_role}"
    partial = " (partial quote)" if item.kind == "partial" else ""
    sources = "\n".join(f"    {source_label(r)}: {source_title(r)}" for r in item.sources)
    return f"“{item.text}”\n  — {who}{partial}\n  Sources:\n{sources}"


def render_quotes(result: QuoteList) -> str:
    lines = []
    if result.note:
        lines.append(result.note)
    if result.suggestions:
        lines.append("Did you mean: " + ", ".join(result.suggestions) + "?")
    lines.extend(_quote(q) for q in result.quotes)
    return "\n\n".join(lines)


def render_profile(result: ProfileResult) -> str:
    profile = result.profile
    if profile is None:
        text = f"No one called {result.query!r} appears in the articles."
        if result.suggestions:
            text += " Closest names: " + ", ".join(result.suggestions) + "."
        return text
    lines = [f"{profile.name} ({profile.kind})"]
    lines.append(f"  Role: {profile.role or 'not stated in the articles'}")
    for role in profile.roles:
        lines.append(f"    - {role.role} ({'; '.join(source_label(r) for r in role.sources)})")
    if profile.aliases:
        lines.append("  Also called: " + ", ".join(profile.aliases))
    lines.append(f"  Mentioned {profile.mentions} times in {profile.article_count} articles:")
    for ref in profile.articles:
        lines.append(f"    [{ref.article_id}] {source_title(ref)} ({source_label(ref)})")
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
        f"{p.mentions} mentions in {len(p.articles)} articles"
        for p in items
    )


def render_timeline(events: list[TimelineEvent]) -> str:
    if not events:
        return "No dated events found yet."
    lines = []
    for event in events:
        sources = "; ".join(source_label(r) for r in event.sources)
        lines.append(f"{format_date(event.date, event.date_precision):>14}  {event.text}")
        lines.append(f"{'':>16}({sources})")
    return "\n".join(lines)
