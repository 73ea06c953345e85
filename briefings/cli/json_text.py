"""JSON as the commands print it (indented), the same text as `json.dumps`, written faster."""

from __future__ import annotations

import json
from typing import Any

INDENT = "  "
_LEAVES = frozenset((str, int, float, bool, type(None)))  # a list of these: `json` writes it


def dumps(value: Any) -> str:
    """`json.dumps(value, ensure_ascii=False, indent=2)`, character for character.

    With an indent, `json` writes in Python, one call per value: the 600,000 article ids of
    `people --json` took 0.2 s. Here a list of whole numbers is written by one join and the
    rest by `json` itself, nested by re-indenting its lines (a JSON string holds no newline)."""
    return "".join(_parts(value, ""))


def _parts(value: Any, pad: str) -> list[str]:
    inner = pad + INDENT
    if type(value) is list and value:
        kinds = set(map(type, value))
        if kinds == {int}:  # not bool: True is written `true`
            return ["[\n", inner, (",\n" + inner).join(map(int.__repr__, value)), "\n", pad, "]"]
        if kinds <= _LEAVES:
            return _json(value, pad)
        parts = ["[\n"]
        for n, item in enumerate(value):
            parts += [",\n" if n else "", inner, *_parts(item, inner)]
        return [*parts, "\n", pad, "]"]
    if type(value) is dict and value and all(type(k) is str for k in value):
        parts = ["{\n"]
        for n, (key, item) in enumerate(value.items()):
            parts += [",\n" if n else "", inner, json.dumps(key, ensure_ascii=False), ": "]
            parts += _parts(item, inner)
        return [*parts, "\n", pad, "}"]
    return _json(value, pad)


def _json(value: Any, pad: str) -> list[str]:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return [text.replace("\n", "\n" + pad) if pad else text]
