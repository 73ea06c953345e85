"""A file read and analysed in a worker, ready to be stored, and its trip to the parent.

It crosses the pipe to the parent as plain tuples of its objects' values, built again as
unpickling builds them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from operator import attrgetter
from typing import Any, TypeVar

from briefings.analysis.results import (
    ArticleAnalysis,
    FoundEntity,
    FoundEvent,
    FoundPoint,
    FoundQuote,
)
from briefings.ingest.batch import Checked, Found
from briefings.ingest.reading.document import Document

__all__ = ["Prepared"]

T = TypeVar("T")


@dataclass(frozen=True)
class Prepared:
    """One file read and analysed in a worker, ready to be stored; `checked`: its look-up before
    the analysis, which found it neither unchanged nor a duplicate (None: not looked up)."""

    found: Found
    analysis: ArticleAnalysis
    checked: Checked | None = None

    def __reduce__(self) -> tuple[Callable[..., Prepared], tuple[Any, ...]]:
        """Pickled (a worker hands it to the parent) as the values of its objects, each a tuple
        read in C (`attrgetter`), not as some 40 objects each reduced to its dictionary of
        fields: dumped in half the instructions (the 300 real files' 161.6 M -> 78.7 M), loaded
        in a few less (130.0 M -> 126.1 M), the same objects back (`_unpacked`)."""
        return _unpacked, _packed(self)


def _values_of(kind: type) -> Callable[[Any], tuple[Any, ...]]:
    """The values of a dataclass instance of `kind`, its fields in order, as one tuple."""
    names = _names(kind)
    getter = attrgetter(*names)
    return getter if len(names) > 1 else lambda item: (getter(item),)


def _names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(kind))


_DOCUMENT = _values_of(Document)
_FOUND = attrgetter("shown", "key", "digest", "fingerprint")
_CHECKED = _values_of(Checked)
_QUOTE, _ENTITY = _values_of(FoundQuote), _values_of(FoundEntity)
_EVENT, _POINT = _values_of(FoundEvent), _values_of(FoundPoint)
_FIELDS: dict[type, tuple[str, ...]] = {
    kind: _names(kind) for kind in (FoundQuote, FoundEntity, FoundEvent, FoundPoint)
}


def _rebuilt(kind: type[T], rows: list[tuple[Any, ...]]) -> tuple[T, ...]:
    """Instances of the dataclass `kind` with the fields' values `rows`, made as unpickling
    makes them (the class's `__new__`, then the values set in its `__dict__`): the same
    objects, without a call of `__init__` each (a frozen dataclass's sets each field through
    `object.__setattr__`, dearer than pickle's own way)."""
    names = _FIELDS[kind]
    new = object.__new__
    made: list[T] = []
    for row in rows:
        item = new(kind)
        item.__dict__.update(zip(names, row))  # noqa: B905 (a row: its fields)
        made.append(item)
    return tuple(made)


def _packed(item: Prepared) -> tuple[Any, ...]:
    """What `_unpacked` makes `item` again from: plain values, tuples and lists of them."""
    found, analysis, checked = item.found, item.analysis, item.checked
    return (
        *_FOUND(found),
        _DOCUMENT(found.doc),
        analysis.summary,
        list(map(_QUOTE, analysis.quotes)),
        list(map(_ENTITY, analysis.entities)),
        list(map(_EVENT, analysis.events)),
        list(map(_POINT, analysis.points)),
        analysis.warnings,
        None if checked is None else _CHECKED(checked),
    )


def _unpacked(
    shown: str,
    key: str,
    digest: str,
    fingerprint: bytes,
    document: tuple[Any, ...],
    summary: tuple[str, ...],
    quotes: list[tuple[Any, ...]],
    entities: list[tuple[Any, ...]],
    events: list[tuple[Any, ...]],
    points: list[tuple[Any, ...]],
    warnings: tuple[str, ...],
    checked: tuple[Any, ...] | None,
) -> Prepared:
    """The `Prepared` whose values `_packed` gave (its dataclasses built as their own code
    builds them)."""
    analysis = ArticleAnalysis(
        summary,
        _rebuilt(FoundQuote, quotes),
        _rebuilt(FoundEntity, entities),
        _rebuilt(FoundEvent, events),
        _rebuilt(FoundPoint, points),
        warnings,
    )
    found = Found(shown, key, digest, fingerprint, Document(*document))
    return Prepared(found, analysis, None if checked is None else Checked(*checked))
