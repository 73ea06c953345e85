"""Quotes as an answer shows them: reports of the same words merged, each source with its wording."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Select, or_, select, union
from sqlalchemy.sql import Executable
from sqlalchemy.sql.elements import ColumnElement

from briefings.answers import QuoteItem, SourceRef
from briefings.story.tables import EntityRow, Quote, newest_first, ref_of

if TYPE_CHECKING:
    from briefings.story.scope import Reader


class QuoteRow(NamedTuple):
    """The columns of a quote an answer shows (QUOTE_COLUMNS, in this order)."""

    id: int
    text: str
    speaker: str | None
    speaker_role: str | None
    kind: str
    speaker_id: int | None
    cluster: int | None
    confidence: float
    found_by: str
    told_by: str | None


# Read as columns: building hundreds of ORM objects per answer cost more than the query.
QUOTE_COLUMNS = (
    Quote.id,
    Quote.text,
    Quote.speaker,
    Quote.speaker_role,
    Quote.kind,
    Quote.speaker_id,
    Quote.cluster,
    Quote.confidence,
    Quote.found_by,
    Quote.told_by,
)


class Speaker(NamedTuple):
    """What a quote's answer shows of its linked speaker."""

    name: str
    role: str | None


def read_quotes(session: Reader, query: Executable) -> list[tuple[QuoteRow, SourceRef]]:
    """Each row of a `select(*QUOTE_COLUMNS, *REF_COLUMNS)`: the quote and its citation, which
    carries the quote's own wording (`text`), as the answer shows it."""
    width = len(QUOTE_COLUMNS)
    return [
        (QuoteRow(*row[:width]), ref_of(row[width:], text=row[1])) for row in session.execute(query)
    ]


def _threshold() -> float:
    """The confidence a speaker needs to be named: the fitted model's table is read when a
    quote is (`brief` reads none; about 3 ms of its start)."""
    from briefings.analysis.quotes.confidence.model import THRESHOLD

    return THRESHOLD


def said_by(entity: EntityRow) -> ColumnElement[bool]:
    """Quotes linked to the entity, or given to its name when linking found no one."""
    return or_(Quote.speaker_id == entity.id, Quote.speaker == entity.name) & (
        Quote.confidence >= _threshold()
    )


def quote_ids(
    entity: EntityRow, limit: int, newest: bool, members: Select[Any] | None = None
) -> Select[tuple[int]]:
    """The ids of the first (or newest) `limit` quotes of the entity or given to its name (of a
    named story's articles, `members`, when given), as one subquery. Each kind is found by its
    own index, `limit` of each (an OR of the two would read every quote in id order), and the
    union cut to `limit`."""
    order = Quote.id.desc() if newest else Quote.id
    firsts = []
    for condition in (Quote.speaker_id == entity.id, Quote.speaker == entity.name):
        sure = condition & (Quote.confidence >= _threshold())  # attributions above the threshold
        if members is not None:
            sure = sure & Quote.article_id.in_(members)
        firsts.append(select(Quote.id).where(sure).order_by(order).limit(limit).subquery())
    both = union(*(select(first.c.id) for first in firsts)).subquery()
    return select(both.c.id).order_by(both.c.id.desc() if newest else both.c.id).limit(limit)


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _worded(
    group: Sequence[tuple[QuoteRow, SourceRef]], shown: QuoteRow
) -> tuple[list[SourceRef], list[int]]:
    """The sources of one quote, each with its own wording (`text`): first the one whose
    wording is shown, then the others newest first; and whether any printed other words than
    those shown (their ids; a shorter excerpt of the same words is no other wording)."""
    if len(group) == 1:  # most quotes: one report, its citation already worded (read_quotes)
        return [group[0][1]], []
    own: dict[int, tuple[QuoteRow, SourceRef]] = {}
    pieces: dict[int, list[str]] = defaultdict(list)
    for quote, ref in sorted(group, key=lambda qr: qr[0].id):
        pieces[ref.article_id].append(quote.text)
    for quote, ref in sorted(group, key=lambda qr: (qr[0].id == shown.id, len(qr[0].text))):
        own[ref.article_id] = (quote, ref)  # per article: the shown quote, else its longest
    refs = {
        a: replace(ref, text=quote.text if quote.id == shown.id else " … ".join(pieces[a]))
        for a, (quote, ref) in own.items()
    }
    first = next(a for a, (quote, _) in own.items() if quote.id == shown.id)
    ordered = [refs[first], *(r for r in newest_first(refs.values()) if r.article_id != first)]
    wording = _words(shown.text)
    differs = [
        r.article_id
        for r in ordered[1:]
        if any(_words(piece) not in wording for piece in pieces[r.article_id])
    ]
    return ordered, differs


def rank_reports(
    rows: Sequence[tuple[QuoteRow, SourceRef]],
) -> list[tuple[QuoteRow, list[tuple[QuoteRow, SourceRef]]]]:
    """Reports of one quote merged (by cluster), most widely reported first, then newest: each
    group with the report whose wording is shown (the longest full quote). Only the order is
    worked out here; `quote_item` makes the items that are shown."""
    groups: dict[int, list[tuple[QuoteRow, SourceRef]]] = defaultdict(list)
    for quote, ref in rows:
        groups[quote.cluster if quote.cluster is not None else -quote.id].append((quote, ref))
    keyed = []
    for group in groups.values():
        if len(group) == 1:  # most quotes: one report
            longest, ref = group[0]
            keyed.append(((1, ref.published or dt.date.min), longest, group))
            continue
        longest = max(group, key=lambda qa: (qa[0].kind == "full", len(qa[0].text)))[0]
        # as the item's sources: one per article, the shown report's article first
        shown = next(ref for quote, ref in group if quote.id == longest.id)
        articles = len({ref.article_id for _, ref in group})
        keyed.append(((articles, shown.published or dt.date.min), longest, group))
    keyed.sort(key=lambda k: k[0], reverse=True)
    return [(longest, group) for _, longest, group in keyed]


def quote_item(
    longest: QuoteRow, group: Sequence[tuple[QuoteRow, SourceRef]], speakers: dict[int, Speaker]
) -> QuoteItem:
    """One merged quote as the answer shows it, in the words of `longest`."""
    entity = speakers.get(longest.speaker_id) if longest.speaker_id else None
    refs, differs = _worded(group, longest)
    return QuoteItem(
        text=longest.text,
        speaker=entity.name if entity else longest.speaker,
        speaker_role=longest.speaker_role
        or next((q.speaker_role for q, _ in group if q.speaker_role), None)
        or (entity.role if entity else None),
        kind=longest.kind,
        sources=refs,
        wording_differs=bool(differs),
        differing=differs,
        confidence=longest.confidence,
        found_by=longest.found_by,
        told_by=longest.told_by if longest.speaker else None,
    )
