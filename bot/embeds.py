"""Answers from `briefings` turned into Discord embeds, split and paged inside Discord's limits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import discord

from bot.limits import (
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
from briefings.answers import (
    Briefing,
    ProfileResult,
    QuoteItem,
    QuoteList,
    SourceItem,
    SourceRef,
    TimelineEvent,
    format_date,
    source_label,
    source_title,
)

COLOUR = discord.Colour.dark_teal()
QUOTES_PER_PAGE = 5
SOURCES_PER_PAGE = 8
EVENTS_PER_PAGE = 15


def when(date: dt.date | None, precision: str) -> str:
    """A date only as precise as the article gives it."""
    return format_date(date, precision)


def cite(ref: SourceRef) -> str:
    return source_label(ref)


def cites(refs: Sequence[SourceRef]) -> str:
    return "; ".join(dict.fromkeys(cite(r) for r in refs)) or "source unknown"


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
    numbers = {ref.article_id: n for n, ref in enumerate(answer.sources, 1)}
    lines = []
    for point in answer.points:
        refs = "".join(
            f"[{numbers[r.article_id]}]" for r in point.sources if r.article_id in numbers
        )
        dated = f"**{when(point.date, point.date_precision)}** — " if point.date else ""
        lines.append(f"• {dated}{point.text} {refs}".rstrip())
    intro = []
    if answer.focus:
        intro.append(f"Focus: **{answer.focus}**")
    if answer.since:
        intro.append(f"Since {when(answer.since, 'day')}")
    header = " · ".join(intro)
    if answer.note:
        header = f"{header}\n*{answer.note}*".strip()
    if not lines:
        lines = ["Nothing in the articles yet."]
    bodies = chunk_lines([header, *lines] if header else lines, DESCRIPTION)
    embeds = [
        discord.Embed(
            title=clip(answer.headline if i == 0 else f"{answer.headline} (continued)", TITLE),
            description=body,
            colour=COLOUR,
        )
        for i, body in enumerate(bodies)
    ]
    source_lines = [
        f"[{n}] {clip(ref.outlet or 'outlet unknown', 80)} — "
        f"{clip(source_title(ref), 150)} ({when(ref.published, ref.date_precision)})"
        for n, ref in enumerate(answer.sources, 1)
    ]
    add_fields(embeds, answer.headline, listed(answer.headline, "Sources", source_lines))
    return paginate(embeds)


# --- /quote -------------------------------------------------------------------------------


def quote_field(quote: QuoteItem) -> tuple[str, str]:
    unclear = "Speaker not clear in the source"  # a guess below the confidence threshold
    speaker = quote.speaker or (unclear if quote.found_by else "Unnamed speaker")
    name = f"{speaker} — {quote.speaker_role}" if quote.speaker_role else speaker
    source = clip(cites(quote.sources), 300)
    text = clip(f"“{quote.text.strip()}”", FIELD_VALUE - len(source) - 3)
    return name, f"{text}\n— {source}"


def quote_pages(answer: QuoteList) -> list[Page]:
    about = f" about “{answer.about}”" if answer.about else ""
    who = f"by **{answer.speaker}**" if answer.speaker else "in the articles"
    lines = [f"{len(answer.quotes)} quote{'s' * (len(answer.quotes) != 1)} {who}{about}."]
    if answer.note:
        lines.append(f"*{answer.note}*")
    if answer.suggestions:
        lines.append("Closest names: " + ", ".join(answer.suggestions[:10]))
    title = f"Quotes: {answer.speaker}" if answer.speaker else "Quotes"
    fields = [quote_field(q) for q in answer.quotes]
    embeds = fielded(title, "\n".join(lines), fields, per_embed=QUOTES_PER_PAGE)
    return paginate(embeds, per_page=1)


# --- /who ---------------------------------------------------------------------------------


def profile_pages(answer: ProfileResult) -> list[Page]:
    profile = answer.profile
    if profile is None:
        closest = ", ".join(answer.suggestions[:10])
        text = f"Closest names: {closest}." if closest else "No similar name either."
        title = clip(f"No one called “{answer.query}”", TITLE)
        return [[discord.Embed(title=title, description=clip(text, DESCRIPTION), colour=COLOUR)]]
    about = [profile.role or profile.kind.capitalize()]
    if profile.aliases:
        about.append("Also called: " + ", ".join(profile.aliases))
    about.append(f"Mentioned {profile.mentions} times in {profile.article_count} articles.")
    fields: list[tuple[str, str]] = []
    fields += listed(
        profile.name, "Roles", [f"{r.role} — {cites(r.sources)}" for r in profile.roles]
    )
    fields += listed(profile.name, "Articles", [cite(ref) for ref in profile.articles])
    quotes = [f"“{clip(q.text, 300)}” — {cites(q.sources)}" for q in profile.quotes[:5]]
    if len(profile.quotes) > 5:
        quotes.append(f"… {len(profile.quotes) - 5} more: /quote speaker:{profile.name}")
    fields += listed(profile.name, "Quotes", quotes)
    related = [f"{name} ({count})" for name, count in profile.related[:20]]
    if related:
        fields.append((profile.related_heading, clip(", ".join(related), FIELD_VALUE)))
    if answer.others:
        fields.append(("Could also mean", clip(", ".join(answer.others), FIELD_VALUE)))
    return paginate(fielded(profile.name, "\n".join(about), fields), per_page=1)


# --- /sources and /timeline ----------------------------------------------------------------


def source_field(item: SourceItem) -> tuple[str, str]:
    facts = [source_label(item)]
    if item.author:
        facts.insert(1, item.author)
    lines = [" · ".join(facts)]
    if item.url:
        lines.append(item.url)
    if item.summary:
        lines.append(" ".join(item.summary))
    return f"[{item.id}] {source_title(item)}", "\n".join(lines)


def sources_pages(items: list[SourceItem]) -> list[Page]:
    count = f"{len(items)} article{'s' * (len(items) != 1)} in the story." if items else "None yet."
    fields = [source_field(i) for i in items]
    return paginate(fielded("Sources", count, fields, per_embed=SOURCES_PER_PAGE), per_page=1)


def timeline_pages(events: list[TimelineEvent]) -> list[Page]:
    lines = [
        f"**{when(e.date, e.date_precision)}** — {e.text} ({clip(cites(e.sources), 200)})"
        for e in events
    ] or ["No dated events yet."]
    bodies = chunk_lines(lines, DESCRIPTION, per_chunk=EVENTS_PER_PAGE)
    embeds = [discord.Embed(title="Timeline", description=b, colour=COLOUR) for b in bodies]
    return paginate(embeds, per_page=1)


def help_pages(commands: Sequence[tuple[str, str]]) -> list[Page]:
    lines = [f"**{usage}** — {text}" for usage, text in commands]
    return [[discord.Embed(title="briefbot", description="\n".join(lines), colour=COLOUR)]]


def message_embeds(text: str, *, title: str | None = None) -> Page:
    """A plain notice as one embed."""
    return [discord.Embed(title=title, description=clip(text, DESCRIPTION), colour=COLOUR)]
