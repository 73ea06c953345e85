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
    cite_number,
    cite_numbers,
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
    for point in briefing.points:
        cites = cite_numbers(point.sources)
        lines.append(_wrap(f"- {point.text} {cites}", "").replace("\n", "\n  "))
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
    who = item.speaker or "unknown speaker"
    if item.speaker_role:
        who += f", {item.speaker_role}"
    partial = " (partial quote)" if item.kind == "partial" else ""
    sources = "\n".join(
        f"    {cite_number(r.article_id)} {source_label(r)}: {source_title(r)}"
        + (f"\n      printed: “{r.text}”" if r.article_id in item.differing else "")
        for r in item.sources
    )
    note = f"\n  ({item.wording_note})" if item.wording_note else ""
    return f"“{item.text}”\n  — {who}{partial}{note}\n  Sources:\n{sources}"


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
        f"{p.mentions} mentions in {len(p.articles)} articles"
        for p in items
    )


def render_timeline(events: list[TimelineEvent]) -> str:
    if not events:
        return "No dated events found yet."
    lines = []
    for event in events:
        sources = "; ".join(f"{cite_number(r.article_id)} {source_label(r)}" for r in event.sources)
        lines.append(f"{format_date(event.date, event.date_precision):>14}  {event.text}")
        lines.append(f"{'':>16}({sources})")
    return "\n".join(lines)
