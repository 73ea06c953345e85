"""Answers from `briefings` turned into Discord embeds, split and paged inside Discord's limits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import discord

from bot.render.limits import (
    DESCRIPTION,
    FIELD_NAME,
    FIELD_VALUE,
    FIELDS,
    FOOTER_RESERVE,
    MESSAGE_EMBEDS_TOTAL,
    TITLE,
    Page,
    chunk_lines,
    clip,
    paginate,
)
from bot.render.markdown import escape as md
from bot.render.paging import SOURCES_PAGE_TITLE
from briefings.answers import (
    Briefing,
    ProfileResult,
    QuoteItem,
    QuoteList,
    SourceItem,
    SourceRef,
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
from briefings.chat.wording import count, mentioned, partial_mark

COLOUR = discord.Colour.dark_teal()
QUOTES_PER_PAGE = 5
SOURCES_PER_PAGE = 8
EVENTS_PER_PAGE = 15


def when(date: dt.date | None, precision: str) -> str:
    """A date only as precise as the article gives it."""
    return format_date(date, precision)


def cite(ref: SourceRef) -> str:
    return md(source_label(ref))


def numbered_cites(refs: Sequence[SourceRef]) -> str:
    """`[1] OAN, 6 Sep 2023; [4] outlet unknown, date unknown`: each source under its number."""
    return numbered_labels(refs, md)


def fielded(
    title: str,
    description: str | None,
    fields: Sequence[tuple[str, str]],
    *,
    per_embed: int = FIELDS,
) -> list[discord.Embed]:
    """One embed with these fields, continued in more embeds when they do not fit in one."""
    first = discord.Embed(title=clip(title, TITLE), colour=COLOUR)
    if description:
        first.description = clip(description, DESCRIPTION)
    return add_fields([first], title, fields, per_embed=per_embed)


def add_fields(
    embeds: list[discord.Embed],
    title: str,
    fields: Sequence[tuple[str, str]],
    *,
    per_embed: int = FIELDS,
) -> list[discord.Embed]:
    """Fields added to the last embed, then to new "(continued)" embeds once it is full."""
    budget = MESSAGE_EMBEDS_TOTAL - FOOTER_RESERVE
    for raw_name, raw_value in fields:
        name, value = clip(raw_name, FIELD_NAME) or "—", clip(raw_value, FIELD_VALUE) or "—"
        current = embeds[-1]
        if len(current.fields) >= per_embed or len(current) + len(name) + len(value) > budget:
            current = discord.Embed(title=clip(f"{title} (continued)", TITLE), colour=COLOUR)
            embeds.append(current)
        current.add_field(name=name, value=value, inline=False)
    return embeds


def listed(title: str, name: str, lines: Sequence[str]) -> list[tuple[str, str]]:
    """Lines spread over as many fields as they need, the first called `name`."""
    chunks = chunk_lines(lines, FIELD_VALUE)
    return [(name if i == 0 else f"{name} (continued)", c) for i, c in enumerate(chunks)]


# --- /brief -------------------------------------------------------------------------------


def briefing_pages(answer: Briefing) -> list[Page]:
    lines = []
    for point in answer.points:
        refs = cite_numbers(point.sources)
        dated = f"**{when(point.date, point.date_precision)}** — " if point.date else ""
        lines.append(f"• {dated}{md(point.text)} {refs}".rstrip())
    intro = []
    if answer.focus:
        intro.append(f"Focus: **{md(answer.focus)}**")
    if answer.since:
        intro.append(f"Since {when(answer.since, 'day')}")
    header = " · ".join(intro)
    if answer.note:
        header = f"{header}\n*{md(answer.note)}*".strip()
    if not lines and not answer.note:
        lines = ["Nothing in the articles yet."]
    bodies = chunk_lines([header, *lines] if header else lines, DESCRIPTION)
    headline = md(answer.headline)
    embeds = [
        discord.Embed(
            title=clip(headline if i == 0 else f"{headline} (continued)", TITLE),
            description=body,
            colour=COLOUR,
        )
        for i, body in enumerate(bodies)
    ]
    source_lines = [
        f"{cite_number(ref.article_id)} {md(clip(ref.outlet or 'outlet unknown', 80))} — "
        f"{md(clip(source_title(ref), 150))} ({when(ref.published, ref.date_precision)})"
        for ref in answer.sources
    ]
    add_fields(embeds, headline, listed(headline, "Sources", source_lines))
    return paginate(embeds)


EVIDENCE_TITLE = SOURCES_PAGE_TITLE


def evidence_pages(answer: Briefing) -> list[Page]:
    """Under each point, each cited article's own sentence stating it: the briefing's evidence
    (what the "Sources" button shows)."""
    fields = []
    for point in answer.points:
        lines = [
            f"{cite_number(r.article_id)} {md(clip(r.outlet or 'outlet unknown', 60))}: "
            f"“{md(clip((r.evidence or 'sentence not stored').strip(), 600))}”"
            for r in point.sources
        ]
        fields += listed(EVIDENCE_TITLE, md(clip(point.text, 200)), lines)
    if not fields:
        return []
    return paginate(fielded(EVIDENCE_TITLE, f"Briefing: {md(answer.headline)}", fields))


# --- /quote -------------------------------------------------------------------------------


def quote_field(quote: QuoteItem) -> tuple[str, str]:
    unclear = "Speaker not clear in the source"  # a guess below the confidence threshold
    speaker = (
        md(quote.speaker_shown)
        if quote.speaker_shown
        else (unclear if quote.found_by else "Unnamed speaker")
    )
    name = f"{speaker} — {md(quote.speaker_role)}" if quote.speaker_role else speaker
    source = clip(numbered_cites(quote.sources), 300) + partial_mark(quote.kind)
    if quote.wording_note:
        source = f"{source}\n*{md(clip(quote.wording_note, 200))}*"
    text = clip(f"“{md(quote.text.strip())}”", FIELD_VALUE - len(source) - 3)
    return name, f"{text}\n— {source}"


def quote_pages(answer: QuoteList) -> list[Page]:
    about = f" about “{md(answer.about)}”" if answer.about else ""
    who = f"by **{md(answer.speaker)}**" if answer.speaker else "in the articles"
    lines = [f"{count(len(answer.quotes), 'quote')} {who}{about}."]
    if answer.cut:
        more = f"of {answer.total:,}" if answer.total is not None else "listed; more may match"
        lines[0] = f"The first {count(len(answer.quotes), 'quote')} {who}{about} {more}."
        lines.append("*briefbot quote --all lists every one.*")
    if answer.note:
        lines.append(f"*{md(answer.note)}*")
    if answer.suggestions:
        lines.append("Closest names: " + ", ".join(md(s) for s in answer.suggestions[:10]))
    title = f"Quotes: {md(answer.speaker)}" if answer.speaker else "Quotes"
    fields = [quote_field(q) for q in answer.quotes]
    embeds = fielded(title, "\n".join(lines), fields, per_embed=QUOTES_PER_PAGE)
    return paginate(embeds, per_page=1)


# --- /who ---------------------------------------------------------------------------------


def profile_pages(answer: ProfileResult) -> list[Page]:
    profile = answer.profile
    if profile is None and answer.ambiguous:
        text = md(ambiguous_note(answer.query, answer.ambiguous[:10]))
        title = clip(f"“{md(answer.query)}” could be several people", TITLE)
        return [[discord.Embed(title=title, description=clip(text, DESCRIPTION), colour=COLOUR)]]
    if profile is None:
        closest = ", ".join(md(s) for s in answer.suggestions[:10])
        text = f"Closest names: {closest}." if closest else "No similar name either."
        title = clip(f"No one called “{md(answer.query)}”", TITLE)
        return [[discord.Embed(title=title, description=clip(text, DESCRIPTION), colour=COLOUR)]]
    name = md(profile.name)
    about = [md(profile.role) if profile.role else profile.kind.capitalize()]
    if profile.aliases:
        about.append("Also called: " + ", ".join(md(a) for a in profile.aliases))
    about.append(mentioned(profile.mentions, profile.article_count))
    fields: list[tuple[str, str]] = []
    fields += listed(
        name, "Roles", [f"{md(r.role)} — {numbered_cites(r.sources)}" for r in profile.roles]
    )
    articles = [f"{cite_number(ref.article_id)} {cite(ref)}" for ref in profile.articles]
    fields += listed(name, "Articles", articles)
    quotes = [
        f"“{md(clip(q.text, 300))}” — {numbered_cites(q.sources)}{partial_mark(q.kind)}"
        for q in profile.quotes[:5]
    ]
    if len(profile.quotes) > 5:
        quotes.append(f"… {len(profile.quotes) - 5} more: /quote speaker:{name}")
    fields += listed(name, "Quotes", quotes)
    related = [f"{md(other)} ({n})" for other, n in profile.related[:20]]
    if related:
        fields.append((profile.related_heading, clip(", ".join(related), FIELD_VALUE)))
    if answer.others:
        others = ", ".join(md(o) for o in answer.others)
        fields.append(("Could also mean", clip(others, FIELD_VALUE)))
    return paginate(fielded(name, "\n".join(about), fields), per_page=1)


# --- /sources and /timeline ----------------------------------------------------------------


def source_field(item: SourceItem) -> tuple[str, str]:
    facts = [source_label(item)]
    updated = updated_label(item)
    if updated:
        facts.append(updated)
    if item.author:
        facts.insert(1, item.author)
    lines = [md(" · ".join(facts))]
    if item.url:
        lines.append(md(item.url))
    if item.summary:
        lines.append(md(" ".join(item.summary)))
    return f"[{item.id}] {md(source_title(item))}", "\n".join(lines)


def sources_pages(items: list[SourceItem], total: int | None = None) -> list[Page]:
    total = len(items) if total is None else total
    intro = f"{count(total, 'article')} in the story." if total else "None yet."
    if total > len(items):
        intro += f" The newest {len(items):,} are listed here; briefbot sources --all lists all."
    fields = [source_field(i) for i in items]
    return paginate(fielded("Sources", intro, fields, per_embed=SOURCES_PER_PAGE), per_page=1)


def timeline_pages(events: list[TimelineEvent], total: int | None = None) -> list[Page]:
    lines = [
        f"**{when(e.date, e.date_precision)}** — {md(e.text)} ({clip(numbered_cites(e.sources), 200)})"
        for e in events
    ] or ["No dated events yet."]
    total = len(events) if total is None else total
    if total > len(events):
        lines.insert(
            0,
            f"*The latest {len(events):,} of {count(total, 'dated event')}; "
            "briefbot timeline --all lists all.*",
        )
    bodies = chunk_lines(lines, DESCRIPTION, per_chunk=EVENTS_PER_PAGE)
    embeds = [discord.Embed(title="Timeline", description=b, colour=COLOUR) for b in bodies]
    return paginate(embeds, per_page=1)


def help_pages(commands: Sequence[tuple[str, str]]) -> list[Page]:
    lines = [f"**{usage}** — {text}" for usage, text in commands]
    return [[discord.Embed(title="briefbot", description="\n".join(lines), colour=COLOUR)]]


def message_embeds(text: str, *, title: str | None = None) -> Page:
    """A plain notice as one embed."""
    return [discord.Embed(title=title, description=clip(md(text), DESCRIPTION), colour=COLOUR)]
