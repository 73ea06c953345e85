"""Many rows written on SQLite through the driver, without SQLAlchemy's work per row.

The statements SQLAlchemy would send, with the values converted as it would; most of its work
per row only puts them in order.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Iterator
from itertools import chain
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import JSON, Connection, CursorResult, Dialect, Integer, Table, Update, insert
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler

__all__ = ["executemany", "insert_many", "returning_rows", "update_whole_numbers"]

# Values one multi-row INSERT of `returning_rows` takes at most (SQLite allows 32,766).
VALUES_PER_STATEMENT = 30_000
# Rows one multi-row INSERT takes at most, into a table without a full-text index. SQLite
# compiles each statement text it has not prepared yet at about 2,400 instructions a value: a
# refresh's thousands of new entities, names and event groups, in statements of 2,048, 1,024 ...
# rows, each prepared once and run once, cost more to compile than to write (130 M instructions
# on 300 files); statements of at most 64 rows are prepared once and run again.
ROWS_PER_STATEMENT = 64
# Tables a trigger keeps a full-text index of (migrations 0004 and 0024): not cut at
# ROWS_PER_STATEMENT. FTS5 writes its pending terms out as a new segment at each statement after
# one that added rows (a statement's savepoint), and more, smaller segments cost more to write
# and merge than a longer statement costs to compile.
SEARCHED = frozenset({"quotes", "point_groups"})

Row = dict[str, Any]
Converters = list[tuple[str, Callable[[Any], Any] | None]]  # a row's key, its conversion


def insert_many(session: Session, table: Table, rows: list[Row]) -> bool:
    """On SQLite, insert `rows` (every row the same keys) in a few multi-row statements of the
    driver; False, nothing done, elsewhere or when the INSERT takes a value not among the keys
    (a default SQLAlchemy fills in). One statement for many rows, not an executemany: SQLite
    opens and closes a statement journal for each statement in a transaction (foreign keys,
    triggers), and the full-text index writes its pending terms out at each (a quote's row at a
    time); the same rows, in the same order, with the same ids."""
    plain = _plain_insert(session, table, rows)
    if plain is None:
        return False
    for _ in _multirow(session, table, plain, rows, ""):
        pass
    return True


def returning_rows(
    session: Session, table: Table, rows: list[Row], columns: tuple[str, ...]
) -> list[tuple[Any, ...]] | None:
    """On SQLite, insert `rows` (every row the same keys) in a few multi-row statements of the
    driver; the `columns` of the new rows, in no set order. None, nothing done, where
    `insert_many` would do nothing."""
    plain = _plain_insert(session, table, rows)
    if plain is None:
        return None
    quote = session.get_bind().dialect.identifier_preparer.quote
    tail = " RETURNING " + ", ".join(quote(c) for c in columns)
    found: list[tuple[Any, ...]] = []
    for result in _multirow(session, table, plain, rows, tail):
        found += [tuple(r) for r in result.all()]
    return found


def _multirow(
    session: Session, table: Table, plain: tuple[str, Converters], rows: list[Row], tail: str
) -> Iterator[CursorResult[Any]]:
    """The INSERT `plain` of `rows` into `table`, a few multi-row statements (as many values to
    each as SQLite takes, up to VALUES_PER_STATEMENT, and at most ROWS_PER_STATEMENT rows but into
    a SEARCHED table, cut as `statement_sizes` says), each ending in `tail`; their results, one
    by one. The rows go in in their order whatever the cut, so their ids ascend with it."""
    sql, order = plain
    head, _, row = sql.partition(" VALUES ")
    connection = session.connection()
    limit = min(VALUES_PER_STATEMENT, _variables_allowed(connection))
    per = max(1, limit // max(1, len(order)))
    searched = table.name in SEARCHED
    if not searched:
        per = min(per, ROWS_PER_STATEMENT)
    start = 0
    for size in statement_sizes(len(rows), per, whole=searched):
        part = rows[start : start + size]
        start += size
        values = tuple(chain.from_iterable(_values(part, order)))
        statement = f"{head} VALUES {', '.join([row] * size)}{tail}"
        yield connection.exec_driver_sql(statement, values)


def statement_sizes(count: int, most: int, *, whole: bool = False) -> list[int]:
    """How many rows each statement inserts of `count`: `most` while that many are left, then
    powers of two, largest first (13 = 8 + 4 + 1). A statement's text is its number of rows, and
    SQLite compiles a new one (about 6,000 instructions a row) where the driver's cache of
    prepared statements holds none of that text: a batch's rows, each time of another number,
    were compiled anew every time; these few sizes are compiled once. Sizes rise by powers of
    two, so at most log2 statements are sent where one was. `whole`: the rest after the
    statements of `most` in one statement (a SEARCHED table: fewer index segments)."""
    sizes = [most] * (count // most)
    rest = count % most
    if whole:
        return [*sizes, rest] if rest else sizes
    while rest:
        size = 1 << (rest.bit_length() - 1)
        sizes.append(size)
        rest -= size
    return sizes


def _variables_allowed(connection: Connection) -> int:
    """How many values one statement may take on this SQLite (999 before 3.32)."""
    raw = connection.connection.dbapi_connection
    getlimit = getattr(raw, "getlimit", None)  # Python 3.11 and later
    return int(getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)) if getlimit else 999


# UPDATE ... FROM: SQLite 3.33; json_each and json_extract built in from 3.38 (optional before)
JOINED_UPDATE_SINCE = (3, 38, 0)


def update_whole_numbers(
    session: Session, table: Table, rows: list[Row], columns: list[str]
) -> bool:
    """On SQLite, set the `columns` (whole numbers or None) of the rows of `table` whose ids the
    `rows` give, in one statement joining the values sent as one JSON array (`[id, value,
    ...]` a row); False, nothing done, elsewhere or when a column is not a whole number.

    An executemany runs a statement per row, and SQLite opens a statement journal for each (the
    foreign keys may fail it half-way): it copies the pages the row changes and truncates them
    again, a third of a refresh's updates. One statement journals each page once; the same rows
    end with the same values (the JSON of whole numbers and null reads back exactly)."""
    if not _joins_updates(session) or not rows:
        return False
    if not all(isinstance(table.c[c].type, Integer) for c in columns):
        return False
    last = {r["id"]: [r[c] for c in columns] for r in rows}  # an id given twice: its last values
    values = json.dumps([[row_id, *given] for row_id, given in last.items()])
    session.connection().exec_driver_sql(
        _joined_update(session.get_bind().dialect, table, tuple(columns)), (values,)
    )
    return True


def _joins_updates(session: Session) -> bool:
    """Whether the database is a SQLite that takes `_joined_update`."""
    return (
        session.get_bind().dialect.name == "sqlite"
        and sqlite3.sqlite_version_info >= JOINED_UPDATE_SINCE
    )


@functools.lru_cache(maxsize=64)
def _joined_update(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> str:
    """The UPDATE of `update_whole_numbers`: its one parameter the JSON array of the rows."""
    quote = dialect.identifier_preparer.quote
    name = quote(table.name)
    sets = ", ".join(
        f"{quote(c)} = json_extract(given.value, '$[{i}]')" for i, c in enumerate(columns, 1)
    )
    return (
        f"UPDATE {name} SET {sets} FROM json_each(?) AS given "
        f"WHERE {name}.{quote('id')} = json_extract(given.value, '$[0]')"
    )


def executemany(session: Session, statement: Update, rows: list[Row], keys: dict[str, str]) -> bool:
    """On SQLite, `statement` for every row of `rows` (its parameters named by `keys`:
    parameter -> key of a row) in one executemany of the driver; False, nothing done, elsewhere
    or when it takes a value not among `keys`."""
    if session.get_bind().dialect.name != "sqlite":
        return False
    compiled = cast(SQLCompiler, statement.compile(dialect=session.get_bind().dialect))
    if not set(compiled.positiontup or ()) <= keys.keys():
        return False
    session.connection().exec_driver_sql(
        compiled.string, _values(rows, _converters(compiled, keys))
    )
    return True


def _plain_insert(session: Session, table: Table, rows: list[Row]) -> tuple[str, Converters] | None:
    dialect = session.get_bind().dialect
    if dialect.name != "sqlite" or not rows:
        return None
    return _compiled_insert(table, tuple(rows[0]), dialect)


@functools.lru_cache(maxsize=64)
def _compiled_insert(
    table: Table, keys: tuple[str, ...], dialect: Dialect
) -> tuple[str, Converters] | None:
    """The INSERT of `keys` into `table` as the driver takes it, and its parameters' keys and
    conversions; None when it takes a value not among `keys`."""
    compiled = cast(SQLCompiler, insert(table).compile(dialect=dialect, column_keys=list(keys)))
    if sorted(compiled.positiontup or ()) != sorted(keys):
        return None
    return compiled.string, _converters(compiled, {k: k for k in keys})


def _converters(compiled: SQLCompiler, keys: dict[str, str]) -> Converters:
    """For each parameter of `compiled` in order, the key of a row holding its value (`keys`:
    parameter -> key) and the conversion SQLAlchemy makes of it on the way in (None: none)."""
    processors: dict[str, Any] = dict(compiled._bind_processors)
    order: Converters = []
    for name in compiled.positiontup or ():
        convert = processors.get(name)
        if convert is not None and isinstance(compiled.binds[name].type, JSON):
            convert = _json_converter(convert)
        order.append((keys[name], convert))
    return order


def _json_converter(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's conversion of a JSON value, with an empty list's text worked out once (most
    mentions and entities have no aliases)."""
    empty = convert([])

    def converted(value: Any) -> Any:
        return empty if value.__class__ is list and not value else convert(value)

    return converted


def _values(rows: list[Row], order: Converters) -> list[tuple[Any, ...]]:
    """Each row's values in the order of `order`, converted where a conversion is given (column
    by column: the loops run in C but for the conversions themselves)."""
    keys = [key for key, _ in order]
    if len(keys) == 1:
        return [(r[keys[0]],) for r in rows]
    get = itemgetter(*keys)  # the values in order, as a tuple
    converts = [(i, convert) for i, (_, convert) in enumerate(order) if convert is not None]
    if not converts or not rows:
        return list(map(get, rows))
    columns: list[Any] = list(zip(*map(get, rows), strict=True))
    for i, convert in converts:
        columns[i] = map(convert, columns[i])
    return list(zip(*columns, strict=True))
