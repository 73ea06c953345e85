"""Rows written through the driver on SQLite read back as SQLAlchemy would have written them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import Engine, event, insert, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.linking.link import link_entities
from briefings.analysis.linking.records import MentionInput
from briefings.models import (
    Article,
    Entity,
    EntityName,
    Event,
    EventGroup,
    Mention,
    Point,
    PointGroup,
    Quote,
    table_of,
)
from briefings.refresh.entities.rows import aliases_of, all_mentions, insert_entities
from briefings.refresh.writes import driver
from briefings.refresh.writes.driver import insert_many
from briefings.refresh.writes.rows import insert_all, insert_groups, insert_rows, update_rows


def _article(session: Session, path: str) -> int:
    return session.scalars(
        insert(Article).returning(Article.id),
        [{"path": path, "content_hash": path, "signature": b"", "body": "", "summary": []}],
    ).one()


def _thirteen_points(session: Session, article: int, score: Callable[[int], float]) -> None:
    """Points 0–12 of `article`, in order, each scored `score(position)`."""
    insert_rows(
        session,
        Point,
        [{"article_id": article, "position": i, "paragraph": i, "text": f"Point {i}.",
          "score": score(i), "support": 1.0}
         for i in range(13)],
    )  # fmt: skip


def test_rows_read_back_the_same_whichever_way_they_were_written(
    sessions: sessionmaker[Session],
) -> None:
    """Dates, lists (JSON) and whole numbers given for floats come back as written, on SQLite
    (the driver's executemany) as on PostgreSQL (SQLAlchemy's)."""
    day = dt.date(2024, 3, 5)
    with sessions() as session, session.begin():
        article = _article(session, "/a.txt")
        insert_rows(
            session,
            Event,
            [
                {"article_id": article, "position": 0, "paragraph": 1, "text": "Talks began.",
                 "date": day, "date_precision": "day"},
                {"article_id": article, "position": 1, "paragraph": 2, "text": "Undated.",
                 "date": None, "date_precision": "unknown"},
            ],
        )  # fmt: skip
        insert_rows(
            session,
            Mention,
            [{"article_id": article, "name": "Anna Schmidt", "kind": "person", "role": None,
              "aliases": ["Schmidt", "Ms Schmidt"], "count": 2}],
        )  # fmt: skip
        insert_rows(
            session,
            Point,
            [{"article_id": article, "position": 0, "paragraph": 1, "text": "A point.",
              "score": 2, "support": 1.0}],
        )  # fmt: skip
        [entity] = insert_all(
            session,
            Entity,
            [{"name": "Anna Schmidt", "kind": "person", "role": None, "aliases": [],
              "mentions": 2, "article_count": 1}],
        )  # fmt: skip
        update_rows(session, Entity, [{"id": entity, "aliases": ["Schmidt"], "role": "envoy"}])
    with sessions() as session:
        dates = session.execute(select(Event.date).order_by(Event.position)).scalars().all()
        assert dates == [day, None]
        assert session.scalars(select(Mention.aliases)).one() == ["Schmidt", "Ms Schmidt"]
        score = session.scalars(select(Point.score)).one()
        assert score == 2.0 and isinstance(score, float)
        stored = session.get(Entity, entity)
        assert stored is not None
        assert (stored.aliases, stored.role, stored.first_seen is not None) == (
            ["Schmidt"],
            "envoy",
            True,
        )


def test_a_default_left_to_sqlalchemy_is_not_written_through_the_driver(
    sessions: sessionmaker[Session],
) -> None:
    """A row without a column SQLAlchemy fills in (here a point's support) is left to it."""
    with sessions() as session, session.begin():
        article = _article(session, "/b.txt")
        row = {"article_id": article, "position": 0, "paragraph": 1, "text": "A.", "score": 1.0}
        assert not insert_many(session, table_of(Point), [row])
        insert_rows(session, Point, [row])
    with sessions() as session:
        assert session.scalars(select(Point.support)).one() == 1.0


def test_groups_inserted_over_several_statements_keep_their_ids(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Many new groups, written a few rows per statement, each get the id that is theirs."""
    monkeypatch.setattr(driver, "VALUES_PER_STATEMENT", 12)  # two groups a statement on SQLite
    with sessions() as session, session.begin():
        article = _article(session, "/c.txt")
        rows = [
            {"article_id": article, "position": i, "paragraph": i, "text": f"Point {i}.",
             "score": 1.0, "support": 1.0}
            for i in range(7)
        ]  # fmt: skip
        insert_rows(session, Point, rows)
        points = dict(session.execute(select(Point.position, Point.id)).all())
        groups = [
            {"text": f"Point {i}.", "representative_id": points[i], "score": float(i),
             "article_count": 1, "published": None, "first_published": None}
            for i in range(7)
        ]  # fmt: skip
        ids = insert_groups(session, PointGroup, groups)
    with sessions() as session:
        stored = dict(session.execute(select(PointGroup.id, PointGroup.text)).all())
        assert [stored[i] for i in ids] == [f"Point {i}." for i in range(7)]


def test_values_column_by_column_are_those_row_by_row() -> None:
    """`_values` converts a column at a time: the same values, in the same order, as converting
    each row's values one by one (dates, JSON lists empty or not, None)."""
    rows: list[dict[str, Any]] = [
        {"a": 1, "day": dt.date(2024, 3, 5), "names": ["X", "Y"], "text": "t"},
        {"a": 2, "day": None, "names": [], "text": None},
        {"a": 3, "day": dt.date(1999, 12, 31), "names": [], "text": "u"},
    ]
    order = [("text", None), ("day", str), ("a", None), ("names", driver._json_converter(repr))]
    by_row = [
        tuple(r[k] if c is None else c(r[k]) for k, c in order) for r in rows
    ]  # fmt: skip
    assert driver._values(rows, order) == by_row
    assert driver._values([], order) == []
    assert driver._values(rows, [("a", None), ("text", None)]) == [(1, "t"), (2, None), (3, "u")]


def test_an_empty_json_list_is_converted_once() -> None:
    """A JSON column's empty list is written as SQLAlchemy's conversion gave it the once it was
    asked; other values are converted each time."""
    asked: list[object] = []

    def convert(value: object) -> str:
        asked.append(value)
        return json.dumps(value)

    converted = driver._json_converter(convert)
    assert [converted([]), converted([]), converted(["A"]), converted(None)] == [
        "[]",
        "[]",
        '["A"]',
        "null",
    ]
    assert asked == [[], ["A"], None]


def test_mentions_read_with_their_aliases(sessions: sessionmaker[Session]) -> None:
    """Mentions read for linking carry the aliases stored (none, or several in order)."""
    with sessions() as session, session.begin():
        article = _article(session, "/m.txt")
        insert_rows(
            session,
            Mention,
            [{"article_id": article, "name": name, "kind": "person", "role": None,
              "aliases": aliases, "count": 1}
             for name, aliases in [("Anna Schmidt", ["Schmidt", "Ms Schmidt"]), ("Bo Li", [])]],
        )  # fmt: skip
    with sessions() as session:
        read = all_mentions(session)
    assert [(m.name, m.aliases) for m in read] == [
        ("Anna Schmidt", ("Schmidt", "Ms Schmidt")),
        ("Bo Li", ()),
    ]
    assert [aliases_of(s) for s in ("[]", None, '["A", "B"]', ["C"])] == [
        (),
        (),
        ("A", "B"),
        ("C",),
    ]


def _quote_rows(article: int, count: int) -> list[dict[str, Any]]:
    """`count` quote rows of `article`, "word0 said" to "word{count-1} said", no speaker."""
    return [
        {"article_id": article, "position": i, "paragraph": i, "text": f"word{i} said",
         "speaker": None, "speaker_role": None, "kind": "direct", "confidence": 0.5,
         "found_by": "test"}
        for i in range(count)
    ]  # fmt: skip


@contextmanager
def _statements_sent(engine: Engine, opening: str) -> Iterator[list[tuple[str, bool]]]:
    """The statements opening with `opening` ("INSERT INTO quotes", "UPDATE mentions") sent while
    the block runs, each with whether it was sent as executemany."""
    sent: list[tuple[str, bool]] = []

    def before(_conn: Any, _cursor: Any, statement: str, _p: Any, _c: Any, many: bool) -> None:
        if statement.startswith(opening):
            sent.append((statement, many))

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", before)


def test_many_rows_go_in_a_few_statements_and_are_searchable(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On SQLite many rows are inserted a few multi-row statements at a time (no executemany: a
    statement a row costs SQLite a statement journal and the full-text index a flush each), in
    the order given (ids ascending with it), and their quotes are found by the full-text search."""
    monkeypatch.setattr(driver, "VALUES_PER_STATEMENT", 9 * 4)  # four quotes a statement
    engine = sessions.kw["bind"]
    with (
        _statements_sent(engine, "INSERT INTO quotes") as sent,
        sessions() as session,
        session.begin(),
    ):
        article = _article(session, "/q.txt")
        insert_rows(
            session,
            Quote,
            _quote_rows(article, 10),
        )
    with sessions() as session:
        stored = session.execute(select(Quote.id, Quote.position).order_by(Quote.id)).all()
        if engine.dialect.name == "sqlite":
            found = session.execute(
                text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'word7'")
            ).scalars()
            assert list(found) == [stored[7].id]
    assert [p for _, p in stored] == list(range(10))
    if engine.dialect.name == "sqlite":
        assert [many for _, many in sent] == [False, False, False]  # 4 + 4 + 2 rows


def test_rows_go_in_statements_of_a_few_sizes(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each multi-row statement inserts as many rows as the most a statement takes, or a power
    of two (13 rows: 8, 4 and 1), so that SQLite compiles a few statements once, not one for
    every number of rows a batch brings; the rows keep their order."""
    monkeypatch.setattr(driver, "VALUES_PER_STATEMENT", 6 * 5)  # five points a statement
    engine = sessions.kw["bind"]
    with (
        _statements_sent(engine, "INSERT INTO points") as sent,
        sessions() as session,
        session.begin(),
    ):
        article = _article(session, "/s.txt")
        _thirteen_points(session, article, lambda _: 1.0)
    with sessions() as session:
        stored = session.execute(select(Point.position).order_by(Point.id)).scalars().all()
    assert stored == list(range(13))
    if engine.dialect.name == "sqlite":
        rows = [statement.count("(") - 1 for statement, _ in sent]  # the columns' "(" and a row's
        assert rows == [5, 5, 2, 1]  # the columns' "(" and a row's each
    assert driver.statement_sizes(13, 100) == [8, 4, 1]
    assert driver.statement_sizes(0, 100) == []


def test_rows_past_a_statements_most_rows_keep_their_order_and_ids(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ROWS_PER_STATEMENT rows a table without a full-text index takes statements of that
    many (then powers of two): the same rows in the same order, ids ascending with them, as one
    statement gives; entities' ids (`insert_all`) and groups' (`insert_groups`, RETURNING in no
    set order) each the row's own."""
    monkeypatch.setattr(driver, "ROWS_PER_STATEMENT", 4)
    engine = sessions.kw["bind"]
    with (
        _statements_sent(engine, "INSERT INTO points") as sent,
        sessions() as session,
        session.begin(),
    ):
        article = _article(session, "/p.txt")
        _thirteen_points(session, article, lambda i: i / 7)
        points = dict(session.execute(select(Point.position, Point.id)).all())
        insert_rows(
            session,
            Event,
            [{"article_id": article, "position": i, "paragraph": i, "text": f"Event {i}.",
              "date": None, "date_precision": "unknown"}
             for i in range(11)],
        )  # fmt: skip
        happened = dict(session.execute(select(Event.position, Event.id)).all())
        events = [
            {"text": f"Event {i}.", "representative_id": happened[i], "date": None,
             "date_precision": "unknown", "article_count": i}
            for i in range(11)
        ]  # fmt: skip
        event_ids = insert_all(session, EventGroup, events)
        groups = [
            {"text": f"Point {i}.", "representative_id": points[i], "score": float(i),
             "article_count": 1, "published": None, "first_published": None}
            for i in range(13)
        ]  # fmt: skip
        group_ids = insert_groups(session, PointGroup, groups)
    with sessions() as session:
        stored = session.execute(select(Point.position, Point.score).order_by(Point.id)).all()
        assert stored == [(i, i / 7) for i in range(13)]
        texts = dict(session.execute(select(EventGroup.id, EventGroup.article_count)).all())
        assert [texts[i] for i in event_ids] == list(range(11))
        assert event_ids == sorted(event_ids)
        named = dict(session.execute(select(PointGroup.id, PointGroup.text)).all())
        assert [named[i] for i in group_ids] == [f"Point {i}." for i in range(13)]
        if engine.dialect.name == "sqlite":
            found = session.execute(
                text("SELECT rowid FROM point_groups_fts WHERE text LIKE '%Point 9.%'")
            ).scalars()
            assert list(found) == [group_ids[9]]
    if engine.dialect.name == "sqlite":
        assert [s.count("(") - 1 for s, _ in sent] == [4, 4, 4, 1]


def test_rows_of_a_searched_table_go_in_one_statement(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quotes and point groups (a trigger adds each row to a full-text index) are not cut at
    ROWS_PER_STATEMENT: each statement after one that added rows writes the index's pending
    terms out, and many small segments cost more to write and merge than compiling a long
    statement; the rows in order, every quote found by the search."""
    monkeypatch.setattr(driver, "ROWS_PER_STATEMENT", 4)
    engine = sessions.kw["bind"]
    with (
        _statements_sent(engine, "INSERT INTO quotes") as sent,
        sessions() as session,
        session.begin(),
    ):
        article = _article(session, "/s.txt")
        insert_rows(session, Quote, _quote_rows(article, 11))
    with sessions() as session:
        stored = session.execute(select(Quote.id, Quote.position).order_by(Quote.id)).all()
        assert [p for _, p in stored] == list(range(11))
        if engine.dialect.name == "sqlite":
            for i in (0, 5, 10):
                found = session.execute(
                    text(f"SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'word{i}'")
                ).scalars()
                assert list(found) == [stored[i].id]
    if engine.dialect.name == "sqlite":
        assert len(sent) == 1


def test_new_entities_go_through_the_driver(sessions: sessionmaker[Session]) -> None:
    """A refresh's new entities give every column (`first_seen` too), so on SQLite the driver's
    multi-row INSERT stores them, not SQLAlchemy's statement with its work a row (a column left
    to its default sent them there); their ids in order, with their keys and a time first seen."""
    engine = sessions.kw["bind"]
    cast = link_entities(
        [
            MentionInput(1, 1, "Anna Schmidt", "person", "envoy", ("Schmidt",)),
            MentionInput(2, 1, "United Nations", "organisation"),
            MentionInput(3, 2, "Berlin", "place"),
        ]
    )
    compiled: list[bool] = []

    def seen(_conn: Any, _cursor: Any, statement: str, _p: Any, context: Any, _m: bool) -> None:
        if statement.startswith("INSERT INTO entities"):
            compiled.append(context.compiled is not None)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        with sessions() as session, session.begin():
            ids = insert_entities(session, cast)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    with sessions() as session:
        stored = {e.id: e for e in session.scalars(select(Entity))}
        keys = set(session.scalars(select(EntityName.key)))
    assert [stored[i].name for i in ids] == [e.name for e in cast]
    assert all(e.first_seen is not None for e in stored.values())
    assert "schmidt" in keys
    if engine.dialect.name == "sqlite":
        assert compiled == [False, False]  # the driver's statements: 2 rows and 1


def _linked_quotes(session: Session, count: int) -> tuple[list[int], list[int]]:
    """`count` quotes and two entities; their ids."""
    article = _article(session, "/u.txt")
    insert_rows(
        session,
        Quote,
        _quote_rows(article, count),
    )
    quotes = list(session.scalars(select(Quote.id).order_by(Quote.id)))
    entities = insert_all(
        session,
        Entity,
        [{"name": name, "kind": "person", "role": None, "aliases": [], "mentions": 1,
          "article_count": 1}
         for name in ("Anna Schmidt", "Bo Li")],
    )  # fmt: skip
    return quotes, entities


@pytest.mark.parametrize("sqlite_version", [(3, 40, 1), (3, 31, 0)])
def test_whole_numbers_set_by_id_in_one_statement(
    sessions: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
    sqlite_version: tuple[int, int, int],
) -> None:
    """Whole numbers (and None) set on many rows by id end as an executemany would leave them:
    each row its own values, other rows and columns untouched, the full-text index still
    finding the quotes; on SQLite the last values given when an id comes twice. On SQLite with
    `UPDATE ... FROM` and JSON (3.38) one statement for all the rows; an older SQLite an
    executemany."""
    monkeypatch.setattr(driver.sqlite3, "sqlite_version_info", sqlite_version)
    engine = sessions.kw["bind"]
    with sessions() as session, session.begin():
        quotes, (anna, bo) = _linked_quotes(session, 6)
    sqlite = engine.dialect.name == "sqlite"
    rows: list[dict[str, Any]] = [
        {"id": quotes[0], "speaker_id": anna, "cluster": 7},
        {"id": quotes[1], "speaker_id": None, "cluster": 2**30},
        {"id": quotes[2], "speaker_id": bo, "cluster": None},
        {"id": quotes[4], "speaker_id": anna, "cluster": 0},
    ]
    if sqlite:  # PostgreSQL's UPDATE ... FROM takes any one of the rows with the id
        rows.insert(0, {"id": quotes[0], "speaker_id": None, "cluster": 1})
    rows.append({"id": quotes[0], "speaker_id": bo, "cluster": -3})
    with _statements_sent(engine, "UPDATE quotes") as sent, sessions() as session, session.begin():
        update_rows(session, Quote, rows)
    with sessions() as session:
        stored = session.execute(
            select(Quote.id, Quote.speaker_id, Quote.cluster, Quote.text).order_by(Quote.id)
        ).all()
        if engine.dialect.name == "sqlite":
            found = session.scalars(
                text("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'word4'")
            )
            assert list(found) == [quotes[4]]
    assert [tuple(r) for r in stored] == [
        (quotes[0], bo, -3, "word0 said"),
        (quotes[1], None, 2**30, "word1 said"),
        (quotes[2], bo, None, "word2 said"),
        (quotes[3], None, None, "word3 said"),
        (quotes[4], anna, 0, "word4 said"),
        (quotes[5], None, None, "word5 said"),
    ]
    if sqlite:
        assert [many for _, many in sent] == ([False] if sqlite_version >= (3, 38) else [True])


def test_a_foreign_key_broken_by_the_joined_update_fails_it_whole(
    sessions: sessionmaker[Session],
) -> None:
    """A speaker that is no entity fails the whole statement (foreign keys), as it failed the
    executemany, and nothing of it is kept."""
    with sessions() as session, session.begin():
        quotes, (anna, _bo) = _linked_quotes(session, 2)
    with pytest.raises(IntegrityError), sessions() as session, session.begin():
        update_rows(
            session,
            Quote,
            [{"id": quotes[0], "speaker_id": anna}, {"id": quotes[1], "speaker_id": 10**6}],
        )
    with sessions() as session:
        assert list(session.scalars(select(Quote.speaker_id).order_by(Quote.id))) == [None, None]


def test_columns_not_whole_numbers_are_not_sent_as_json(sessions: sessionmaker[Session]) -> None:
    """A float (a point's support) is not set through JSON, whose text may not read back as the
    same float: those rows are set as before (the executemany)."""
    engine = sessions.kw["bind"]
    with sessions() as session, session.begin():
        article = _article(session, "/f.txt")
        insert_rows(
            session,
            Point,
            [{"article_id": article, "position": 0, "paragraph": 1, "text": "A point.",
              "score": 1.0, "support": 1.0}],
        )  # fmt: skip
        point = session.scalars(select(Point.id)).one()
        assert not driver.update_whole_numbers(
            session, table_of(Point), [{"id": point, "support": 0.1}], ["support"]
        )
    with _statements_sent(engine, "UPDATE points") as sent, sessions() as session, session.begin():
        update_rows(session, Point, [{"id": point, "support": 1 / 3}])
    with sessions() as session:
        assert session.scalars(select(Point.support)).one() == 1 / 3
    assert not any("json_each" in statement for statement, _ in sent)
