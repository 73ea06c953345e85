"""`--json` prints the same text as `json.dumps(to_json(answer), indent=2)`, written faster."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pytest

from briefings.answers import SourceRef, to_json
from briefings.cli.json_text import LONG, dumps


@dataclass(frozen=True)
class _Answer:
    when: dt.datetime
    day: dt.date | None
    refs: list[SourceRef]
    scores: dict[int, float] = field(default_factory=dict)  # keys `json` turns into strings
    pair: tuple[str, int] = ("a", 1)


class _Named(NamedTuple):
    name: str
    count: int


REF = SourceRef(3, "a.txt", "Title “quoted”", "Outlet", dt.date(2023, 9, 6), "day")
SHARED = [REF, REF]
CASES: list[Any] = [
    [],
    {},
    {"items": [], "total": 0, "cut": False, "limit": None},
    {
        "items": [
            {
                "name": "Donald Trump",
                "aliases": ["Trump", 'said "no"\n', "\0", "é", "\u2028"],
                "articles": list(range(3, 3 * (LONG + 7), 3)),
                "mentions": 2.5,
            },
            {"name": "Kim", "articles": [1, 2], "flags": [True] * (LONG + 1)},
        ],
        "total": 2,
    },
    [list(range(LONG)), [list(range(LONG + 1))], {"deep": {"ids": list(range(-5, LONG))}}],
    [1, "a", None, [True, False], {"x": []}, 1e300, -0.0, math.inf, -math.inf, math.nan, 10**30],
    # answers as the commands hand them over: dataclasses, dates, shared lists, tuples
    {"points": SHARED, "items": SHARED, "nested": {"again": SHARED}, "total": 2},
    _Answer(dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), None, [REF], {1: 0.5, 2: 1.0}),
    [
        _Answer(
            dt.datetime(2026, 1, 2, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            dt.date(2020, 2, 29),
            [],
        )
    ],
    [_Named("x", 2), (1, [2, (3,)]), ()],
]


@pytest.mark.parametrize("value", CASES)
def test_the_text_is_json_dumps_character_for_character(value: Any) -> None:
    assert dumps(value) == json.dumps(to_json(value), ensure_ascii=False, indent=2)
