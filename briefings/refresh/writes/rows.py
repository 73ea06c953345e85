"""Bulk writes of the story rows: inserts returning ids, updates by id, values in chunks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Integer, Table, bindparam, func, insert, update
from sqlalchemy.orm import Session

from briefings.models import Base, Event, EventGroup, Mention, Point, PointGroup, Quote, table_of
from briefings.refresh.writes.driver import (
    executemany,
    insert_many,
    returning_rows,
    update_whole_numbers,
)

CHUNK = 500  # values per IN list


def chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    """`values` in their order, CHUNK at a time (an IN list each)."""
    items = list(values)
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def sorted_chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    """`values` once each, in ascending order, CHUNK at a time."""
    yield from chunks(sorted(set(values)))


def insert_all(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows (every row the same keys); their new ids in the order of `rows`. Core, not
    the ORM: the ORM splits the rows into a statement per run of rows with the same None values.

    On SQLite a few multi-row statements whose ids are sorted: SQLite gives each new row one more
    than the largest id in the table (the write lock held: no other writer), so ids ascend in
    the order of the rows, though RETURNING lists them in no set order. SQLAlchemy, asked for
    them in order, would send one statement per row there (a refresh storing 4,500 entities)."""
    if not rows:
        return []
    table = table_of(model)
    if session.get_bind().dialect.name == "sqlite":
        ids = sorted(r[0] for r in inserted(session, table, rows, ("id",)))
        if len(ids) != len(rows) or ids[-1] - ids[0] != len(ids) - 1:
            raise RuntimeError(f"{table.name}: new ids are not one run")  # never expected
        return ids
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def inserted(
    session: Session, table: Table, rows: list[dict[str, Any]], columns: tuple[str, ...]
) -> list[tuple[Any, ...]]:
    """Insert many rows (every row the same keys); the `columns` of the new rows, in no set
    order: on SQLite through the driver (driver.py) where it can, else one Core statement."""
    found = returning_rows(session, table, rows, columns)
    if found is None:
        statement = insert(table).returning(*(table.c[c] for c in columns))
        found = [tuple(r) for r in session.execute(statement, rows)]
    return found


def insert_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert many rows whose ids nobody needs: one executemany, every row the same columns (on
    SQLite the driver's own, driver.py)."""
    if rows and not insert_many(session, table_of(model), rows):
        session.execute(insert(table_of(model)), rows)


def insert_groups(
    session: Session, model: type[PointGroup] | type[EventGroup], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert new groups a few statements for all (multi-row VALUES, every row with the same
    columns); their ids in the order of `rows`, told apart by their representatives (a sentence
    represents one group): asking the database for them in order costs a statement per row."""
    if not rows:
        return []
    table = table_of(model)
    found = dict(inserted(session, table, rows, ("representative_id", "id")))
    return [found[row["representative_id"]] for row in rows]


def assign(
    session: Session,
    model: type[Point] | type[Event] | type[Mention] | type[Quote],
    values: dict[int, int],
    column: str = "cluster",
) -> None:
    """Set one column of many rows in bulk."""
    update_rows(session, model, [{"id": k, column: v} for k, v in values.items()])


def update_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Set columns of many rows by id (every row the same keys) in bulk, not through the ORM:
    whole-number columns in one statement joining the values (arrays of them on PostgreSQL, a
    JSON array on SQLite), the rest as one executemany."""
    if not rows:
        return
    table = table_of(model)
    columns = [c for c in rows[0] if c != "id"]
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql" and all(isinstance(table.c[c].type, Integer) for c in columns):
        # imported here: the PostgreSQL dialect's modules cost a SQLite run 0.15 G instructions
        from sqlalchemy.dialects.postgresql import ARRAY

        arrays = {
            name: bindparam(name, [r[key] for r in rows], type_=ARRAY(Integer))
            for name, key in [("row_id", "id"), *((f"new_{c}", c) for c in columns)]
        }
        given = func.unnest(*arrays.values()).table_valued(*arrays).render_derived()
        session.execute(
            update(table)
            .where(table.c.id == given.c.row_id)
            .values({c: given.c[f"new_{c}"] for c in columns})
        )
        return
    if update_whole_numbers(session, table, rows, columns):
        return
    statement = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({c: bindparam(f"new_{c}") for c in columns})
    )
    if executemany(session, statement, rows, {"row_id": "id", **{f"new_{c}": c for c in columns}}):
        return
    session.execute(
        statement, [{"row_id": r["id"], **{f"new_{c}": r[c] for c in columns}} for r in rows]
    )
