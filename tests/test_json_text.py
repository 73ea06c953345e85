"""`--json` prints the same text as `json.dumps(indent=2)`, long lists of ids included."""

from __future__ import annotations

import json
from typing import Any

import pytest

from briefings.cli.json_text import LONG, dumps

CASES: list[Any] = [
    [],
    {},
    {"items": [], "total": 0, "cut": False, "limit": None},
    {
        "items": [
            {
                "name": "Donald Trump",
                "aliases": ["Trump", 'said "no"\n', "\0", "é"],
                "articles": list(range(3, 3 * (LONG + 7), 3)),
                "mentions": 2.5,
            },
            {"name": "Kim", "articles": [1, 2], "flags": [True] * (LONG + 1)},
        ],
        "total": 2,
    },
    [list(range(LONG)), [list(range(LONG + 1))], {"deep": {"ids": list(range(-5, LONG))}}],
    [1, "a", None, [True, False], {"x": []}],
]


@pytest.mark.parametrize("value", CASES)
def test_the_text_is_json_dumps_character_for_character(value: Any) -> None:
    assert dumps(value) == json.dumps(value, ensure_ascii=False, indent=2)
