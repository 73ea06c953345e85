"""A word found in stored quotes and briefing points through their full-text and trigram indexes."""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from sqlalchemy import TextClause
from sqlalchemy import text as sql_text
from sqlalchemy.sql.elements import ColumnElement

from briefings.story.tables import PointGroup, Quote, dialect_name, ids_of

if TYPE_CHECKING:
    from briefings.story.scope import Reader

RARE = 1000  # SQLite: a focus name in at most this many point groups is found by their index


def contains_word(text: str, word: str) -> bool:
    return _word_pattern(word).search(text) is not None


@lru_cache(maxsize=64)
def _word_pattern(word: str) -> re.Pattern[str]:
    """The word standing alone, in any case (made once: a quote list asks it of 800 quotes)."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)


def has_word(
    session: Reader, word: str, first: int | None = None
) -> ColumnElement[bool] | TextClause:
    """Quotes that may contain `word`, by the full-text index (SQLite: 0004; PostgreSQL: 0005).

    The index finds a superset of the quotes `contains_word` accepts (its tokens ignore case and
    accents), so the answer is the same as scanning every quote, without the scan. A word with
    no letters or digits has no tokens: a substring match then. `first`: only the first so many
    quotes (by id) with the word are wanted, and SQLite's index can stop there."""
    if not re.search(r"\w", word):
        return Quote.text.ilike(f"%{word}%")
    if dialect_name(session) == "sqlite":
        phrase = '"' + word.replace('"', '""') + '"'
        sql = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH :phrase ORDER BY rowid"
        if first is not None:
            sql += f" LIMIT {int(first)}"
        return Quote.id.in_(sql_text(sql).bindparams(phrase=phrase))
    return _stored_words("quotes", word)


def _stored_words(table: str, word: str, name: str = "word") -> TextClause:
    """PostgreSQL: rows of `table` whose stored words (migration 0005) hold `word` as a phrase."""
    return sql_text(f"{table}.words @@ phraseto_tsquery('simple', :{name})").bindparams(
        **{name: word}
    )


_IN_POINT_INDEX = sql_text(
    "SELECT count(*), group_concat(rowid) FROM "
    "(SELECT rowid FROM point_groups_fts WHERE point_groups_fts MATCH :match LIMIT :n)"
)


def point_has(session: Reader, word: str, n: int) -> ColumnElement[bool] | TextClause:
    """Briefing points that may contain `word` (checked exactly afterwards); the n-th of a focus's
    names. SQLite: LIKE, read in score order (`rare_groups` finds the few of a rare name first;
    SQLite's LIKE ignores ASCII case as ILIKE's lower() does, without copying each text lower
    first); PostgreSQL: the stored words, as its ILIKE would read every point."""
    if dialect_name(session) == "postgresql":
        if re.search(r"\w", word):
            return _stored_words("point_groups", word, f"focus{n}")
        return PointGroup.text.ilike(f"%{word}%")
    return PointGroup.text.like(f"%{word}%")


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def widest(words: Sequence[str]) -> list[str]:
    """The words whose LIKE '%word%' no other word's takes in: a word holding another (ASCII case
    aside, as LIKE ignores it: "Ted Cruz" holds "Cruz") finds only groups the other finds, so
    the scan tests each group against "Cruz" alone. Words with LIKE's wildcards are all kept."""
    folded = {w: w.translate(_ASCII_LOWER) for w in words}
    return [
        w
        for n, w in enumerate(words)
        if "%" in w
        or "_" in w
        or not any(
            o != w
            and "%" not in o
            and "_" not in o
            and folded[o] in folded[w]
            and (folded[o] != folded[w] or m < n)
            for m, o in enumerate(words)
        )
    ]


def _trigrams(word: str, every: bool) -> set[str]:
    """The trigrams of `word`'s runs between LIKE's wildcards: `every` one, else only enough to
    cover each run (every third, and the last). Each trigram the index intersects costs a walk
    of its groups (about 0.5 ms for a common one at 100k articles); the covering ones narrow a
    name to a few groups, or every one does when it is made of common pieces ("Minning")."""
    found: set[str] = set()
    for run in re.split(r"[%_]", word):
        starts = range(len(run) - 2) if every else [*range(0, len(run) - 2, 3), len(run) - 3]
        found.update(run[i : i + 3] for i in starts if i >= 0)
    return found


def _in_point_index(session: Reader, trigrams: set[str]) -> list[int] | None:
    """The ids of the point groups holding every trigram (the index only); None when more than
    RARE do. Counted and joined by SQLite: a common name's RARE + 1 ids are never fetched one by
    one (about 2 ms at 100k articles)."""
    match = " AND ".join('"' + t.replace('"', '""') + '"' for t in sorted(trigrams))
    count, ids = session.execute(_IN_POINT_INDEX, {"match": match, "n": RARE + 1}).one()
    return None if count > RARE else ids_of(ids)


def rare_groups(session: Reader, words: Sequence[str]) -> list[int] | None:
    """SQLite: the ids of a superset of the point groups `point_has` accepts for some word, from
    their trigram index (migration 0024), when each word is in at most RARE groups; else None:
    the scan in score order then meets enough of them early (the briefing reads the first
    BRIEFING_POINTS * 4), while for a rarely named person it reads every group (2.1 s at 100k
    articles). A group whose text is LIKE '%word%' holds every trigram of the word's runs
    between LIKE's wildcards (the index folds case, as LIKE does), so the groups found hold all
    of them, and the query keeps its LIKE: the same groups as the scan, looked up by id. Only the
    index is read here, never a group's text. The shortest word first: a name's commonest form
    (a surname) settles it. A word with no three characters in a row between wildcards: None."""
    if dialect_name(session) != "sqlite":
        return None
    found: set[int] = set()
    for word in sorted(words, key=len):
        if not _trigrams(word, every=False):
            return None
        ids = _in_point_index(session, _trigrams(word, every=False))
        if ids is None:
            ids = _in_point_index(session, _trigrams(word, every=True))
        if ids is None:
            return None
        found.update(ids)
    return sorted(found)
