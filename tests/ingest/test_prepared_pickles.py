"""A prepared article crosses from a worker to the parent pickled as its values
(`Prepared.__reduce__`): the same objects come back, of the same classes, whatever they hold."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import fields, is_dataclass
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Any

import pytest

from briefings.analysis.results import (
    ArticleAnalysis,
    FoundEntity,
    FoundEvent,
    FoundPoint,
    FoundQuote,
)
from briefings.ingest.batch import Checked, Found
from briefings.ingest.outcomes import FileOutcome
from briefings.ingest.parallel import prepare_chunk
from briefings.ingest.prepared import Prepared
from briefings.ingest.reading.document import Document
from tests.conftest import SEEDS


def _same(a: Any, b: Any) -> None:
    """`a` and `b` equal, down to the class of every object in them."""
    assert type(a) is type(b)
    if is_dataclass(a):
        for f in fields(a):
            _same(getattr(a, f.name), getattr(b, f.name))
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same(x, y)
    else:
        assert a == b


def _back(item: object) -> Any:
    return pickle.loads(bytes(ForkingPickler.dumps(item)))


def _odd() -> Prepared:
    doc = Document(
        path=Path("/news/é/a.txt"),
        data=b"",
        paragraphs=["“Quoted,” she said.", "Second paragraph\u00a0with a no-break space."],
        title=None,
        outlet="The Outlet",
        published=dt.date(2024, 2, 29),
        date_precision="day",
        updated=None,
        warnings=["title longer than 512 characters; cut"],
    )
    analysis = ArticleAnalysis(
        summary=("One.", "Two."),
        quotes=(
            FoundQuote("Quoted,", "Anna Schmidt", None, "full", 0, 0.875, "name"),
            FoundQuote("partial", None, "a spokesman", "partial", 1, 0.0),
        ),
        entities=(
            FoundEntity("Anna Schmidt", "person", "ambassador", ("Schmidt", "Ms Schmidt"), 3),
            FoundEntity("Berlin", "place", None),
        ),
        events=(FoundEvent("It happened.", None, "unknown", 1),),
        points=(FoundPoint("A point.", 0.1 + 0.2, 0),),
        warnings=("article cut at 50,000 words",),
    )
    found = Found("news/a.txt", "/news/é/a.txt", "ab" * 32, bytes(range(256)) * 2, doc)
    return Prepared(found, analysis, Checked(None, True, 7))


def test_an_odd_article_comes_back_the_same() -> None:
    item = _odd()
    back = _back(item)
    _same(item, back)
    assert back == item
    assert hash(back.analysis.quotes[0]) == hash(item.analysis.quotes[0])  # frozen: hashable


@pytest.mark.parametrize("checked", [None, Checked(None), Checked(None, False, None)])
def test_its_look_up_comes_back_the_same(checked: Checked | None) -> None:
    item = _odd()
    item = Prepared(item.found, ArticleAnalysis(), checked)
    _same(item, _back(item))


def test_the_seeds_prepared_come_back_the_same() -> None:
    paths = sorted(SEEDS.rglob("*.txt"))[:6]
    assert paths
    prepared = prepare_chunk([(path, {}, None) for path in paths])
    assert any(isinstance(p, Prepared) for p in prepared)
    for item in prepared:
        back = _back(item)
        _same(item, back)
        assert isinstance(back, (Prepared, FileOutcome))
