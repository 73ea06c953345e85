"""The duplicate look-up run by SQLite's driver itself (`store._lookup_rows`) finds the rows the
Core statement finds: the record at the path, the same bytes elsewhere, near copies."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.orm import Session, sessionmaker

import briefings.ingest  # noqa: F401  (store's imports, in their order)
from briefings.analysis.results import ArticleAnalysis
from briefings.ingest.fingerprint import band_keys, content_hash, signature
from briefings.store import _LOOKUP, NewArticle, _lookup_rows, lookup, save_new_articles

WORDS = (
    "The council met on Tuesday to discuss the budget for the coming year, and members "
    "argued for hours about the cost of repairing the old bridge over the river before "
    "agreeing to ask the county for a loan of three million pounds to cover the work."
)
TEXTS = {
    "/news/a.txt": WORDS,
    "/news/b.txt": "A storm closed the harbour for a second day. " * 12,
    "/news/c.txt": WORDS.replace("Tuesday", "Wednesday") + " The vote was close.",
}


def _store(session: Session) -> None:
    save_new_articles(
        session,
        [
            NewArticle(
                path, content_hash(text.encode()), signature(text), text, {}, ArticleAnalysis()
            )
            for path, text in TEXTS.items()
        ],
    )


def _given(path: str, text: str) -> dict[str, Any]:
    keys = {f"key{i}": k for i, k in enumerate(band_keys(signature(text)))}
    return {"path": path, "digest": content_hash(text.encode()), **keys}


PROBES = [
    ("/news/a.txt", WORDS),  # unchanged at its path
    ("/news/a.txt", WORDS + " Edited."),  # changed at its path
    ("/news/new.txt", TEXTS["/news/b.txt"]),  # the same bytes as b
    ("/news/new.txt", WORDS.replace("three", "four")),  # a near copy of a and c
    ("/news/new.txt", "Nothing like any stored article at all, not one word of it."),
]


@pytest.mark.parametrize(("path", "text"), PROBES)
def test_the_drivers_rows_are_the_core_statements(
    sessions: sessionmaker[Session], path: str, text: str
) -> None:
    with sessions() as session:
        _store(session)
        connection = session.connection()
        given = _given(path, text)
        core = sorted((*r[:4], int(r[4])) for r in connection.execute(_LOOKUP, given))
        assert sorted(_lookup_rows(connection, given)) == core
        session.rollback()


def test_what_the_look_up_finds(sessions: sessionmaker[Session]) -> None:
    with sessions() as session:
        _store(session)
        found = {}
        for path, text in PROBES:
            known = lookup(session, path, content_hash(text.encode()), signature(text))
            at = known.at_path.path if known.at_path else None
            other = (known.duplicate[0].path, known.duplicate[1]) if known.duplicate else None
            found[(path, text[-12:])] = (at, other)
        session.rollback()
    assert list(found.values()) == [
        ("/news/a.txt", ("/news/c.txt", "near")),  # c: a with a day changed, a line added
        ("/news/a.txt", ("/news/c.txt", "near")),
        (None, ("/news/b.txt", "exact")),
        (None, ("/news/a.txt", "near")),
        (None, None),
    ]
