"""Answers from `briefings` as Block Kit messages, split into pages.

Headline, points with source numbers, sources, split into pages that each stay inside Slack's
limits (with room kept for the paging buttons)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

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
)
from briefings.chat import wording
from briefings.chat.fitting import chunk_lines, clip
from slackbot.limits import LIMITS, Block, characters
from slackbot.text import bold, context, escape, section

PAGER_BLOCKS = 2  # the "Page i/n" line and the Previous/Next buttons
PAGER_CHARACTERS = 2500  # what they may add: labels and the button values
QUOTES_PER_PAGE = 8
SOURCES_PER_PAGE = 10
EVENTS_PER_PAGE = 20
SECTION = LIMITS.section_text


@dataclass
class SlackPage:
    """One message: the notification text and the blocks shown."""

    text: str
    blocks: list[Block] = field(default_factory=list)


def cites(refs: Sequence[SourceRef]) -> str:
    """`[1] OAN, 6 Sep 2023; …`: numbered as every answer numbers its sources (not escaped)."""
    return numbered_labels(refs)


def paginate(title: str, units: Sequence[list[Block]], *, per_page: int = 0) -> list[SlackPage]:
    """Units (blocks that belong together) packed in order under the title, page by page."""
    room_blocks = LIMITS.blocks - PAGER_BLOCKS
    room_chars = LIMITS.message_text - PAGER_CHARACTERS
    fallback = clip(escape(title), 150)
    pages: list[SlackPage] = []
    page: SlackPage | None = None
    count = 0
    for unit in units:
        if page is not None and (
            len(page.blocks) + len(unit) > room_blocks
            or characters(page.text, page.blocks + unit) > room_chars
            or (per_page and count >= per_page)
        ):
            pages.append(page)
            page = None
        if page is None:
            heading = title if not pages else f"{title} (continued)"
            page, count = SlackPage(fallback, [section(bold(heading))]), 0
        page.blocks.extend(unit)
        count += 1
    if page is not None:
        pages.append(page)
    return pages or [SlackPage(fallback, [section(bold(title)), section("Nothing to show.")])]


def _lines(lines: Sequence[str], *, per_chunk: int | None = None) -> list[list[Block]]:
    """Escaped lines as section blocks of at most SECTION characters each."""
    return [[section(c)] for c in chunk_lines(lines, SECTION, per_chunk=per_chunk)]


# --- /brief -------------------------------------------------------------------------------


def briefing_pages(answer: Briefing) -> list[SlackPage]:
    intro = []
    if answer.focus:
        intro.append(f"Focus: {bold(answer.focus)}")
    if answer.since:
        intro.append(f"Since {format_date(answer.since, 'day')}")
    if answer.note:
        intro.append(f"_{escape(answer.note)}_")
    points = []
    for point in answer.points:
        refs = cite_numbers(point.sources)  # article numbers, as in every answer and picture
        dated = f"*{format_date(point.date, point.date_precision)}* — " if point.date else ""
        points.append(f"• {dated}{escape(point.text)} {refs}".rstrip())
    units: list[list[Block]] = [[context(" · ".join(intro))]] if intro else []
    units += _lines(points or ["Nothing in the articles yet."])
    sources = [
        f"{cite_number(ref.article_id)} {bold(clip(ref.outlet or 'outlet unknown', 80))} — "
        f"{escape(clip(source_title(ref), 150))} ({format_date(ref.published, ref.date_precision)})"
        for ref in answer.sources
    ]
    if sources:
        units.append([{"type": "divider"}, section("*Sources*")])
        units += _lines(sources)
    return paginate(answer.headline, units)


# --- /quote -------------------------------------------------------------------------------


def quote_block(quote: QuoteItem) -> Block:
    speaker = quote.speaker_shown or "Unnamed speaker"
    name = f"{speaker} — {quote.speaker_role}" if quote.speaker_role else speaker
    source = escape(clip(cites(quote.sources), 300) + wording.partial_mark(quote.kind))
    text = clip(escape(f"“{quote.text.strip()}”"), SECTION - len(source) - 260)
    return section(f"{bold(clip(name, 250))}\n{text}\n— {source}")


def quote_pages(answer: QuoteList) -> list[SlackPage]:
    about = f" about “{escape(answer.about)}”" if answer.about else ""
    who = f"by {bold(answer.speaker)}" if answer.speaker else "in the articles"
    lines = [f"{wording.count(len(answer.quotes), 'quote')} {who}{about}."]
    if answer.note:
        lines.append(f"_{escape(answer.note)}_")
    if answer.suggestions:
        lines.append("Closest names: " + escape(", ".join(answer.suggestions[:10])))
    title = f"Quotes: {answer.speaker}" if answer.speaker else "Quotes"
    units = [[section("\n".join(lines))]] + [[quote_block(q)] for q in answer.quotes]
    return paginate(title, units, per_page=QUOTES_PER_PAGE + 1)


# --- /who ---------------------------------------------------------------------------------


def _titled(name: str, lines: Sequence[str]) -> list[list[Block]]:
    """A titled list of escaped lines, continued in more sections when long."""
    chunks = chunk_lines(lines, SECTION - len(name) - 10)
    return [[section(f"*{name}*\n{c}")] for c in chunks]


def profile_pages(answer: ProfileResult) -> list[SlackPage]:
    profile = answer.profile
    if profile is None and answer.ambiguous:
        text = escape(ambiguous_note(answer.query, answer.ambiguous[:10]))
        return paginate(f"“{answer.query}” could be several people", [[section(text)]])
    if profile is None:
        closest = ", ".join(answer.suggestions[:10])
        text = f"Closest names: {escape(closest)}." if closest else "No similar name either."
        return paginate(f"No one called “{answer.query}”", [[section(text)]])
    about = [escape(profile.role or profile.kind.capitalize())]
    if profile.aliases:
        about.append("Also called: " + escape(", ".join(profile.aliases)))
    about.append(wording.mentioned(profile.mentions, profile.article_count))
    units: list[list[Block]] = [[section("\n".join(about))]]
    units += _titled("Roles", [escape(f"{r.role} — {cites(r.sources)}") for r in profile.roles])
    articles = [f"{cite_number(r.article_id)} {source_label(r)}" for r in profile.articles]
    units += _titled("Articles", [escape(line) for line in articles])
    quotes = [
        escape(f"“{clip(q.text, 300)}” — {cites(q.sources)}{wording.partial_mark(q.kind)}")
        for q in profile.quotes[:5]
    ]
    if len(profile.quotes) > 5:
        quotes.append(escape(f"… {len(profile.quotes) - 5} more: /quote speaker:{profile.name}"))
    units += _titled("Quotes", quotes)
    related = [f"{name} ({count})" for name, count in profile.related[:20]]
    if related:
        units += _titled(profile.related_heading, [escape(", ".join(related))])
    if answer.others:
        units += _titled("Could also mean", [escape(", ".join(answer.others))])
    return paginate(profile.name, units)


# --- /sources and /timeline ----------------------------------------------------------------


def source_block(item: SourceItem) -> Block:
    facts = [source_label(item)]
    if item.author:
        facts.insert(1, item.author)
    lines = [bold(f"[{item.id}] {clip(source_title(item), 200)}"), escape(" · ".join(facts))]
    if item.url:
        lines.append(escape(clip(item.url, 500)))
    if item.summary:
        lines.append(escape(" ".join(item.summary)))
    return section("\n".join(lines))


def sources_pages(items: list[SourceItem]) -> list[SlackPage]:
    intro = f"{wording.count(len(items), 'article')} in the story." if items else "None yet."
    units = [[section(intro)]] + [[source_block(i)] for i in items]
    return paginate("Sources", units, per_page=SOURCES_PER_PAGE + 1)


def timeline_pages(events: list[TimelineEvent]) -> list[SlackPage]:
    lines = [
        f"*{format_date(e.date, e.date_precision)}* — {escape(e.text)} "
        f"({escape(clip(cites(e.sources), 200))})"
        for e in events
    ] or ["No dated events yet."]
    units = _lines(lines, per_chunk=EVENTS_PER_PAGE)
    return paginate("Timeline", units, per_page=1)


def notice(text: str) -> SlackPage:
    """A plain sentence (already escaped where it quotes the user)."""
    return SlackPage(clip(text, 300), [section(text)])
