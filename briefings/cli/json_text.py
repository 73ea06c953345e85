"""JSON as the commands print it (indented), the same text as `json.dumps`, written faster."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

LONG = 1000  # the tests' size of a long list (600,000 article ids once took 0.2 s to write)

# What `json`'s C encoder writes in one call: plain values, and dates (as `to_json` writes them).
_FLAT = frozenset((str, int, float, bool, type(None), dt.date, dt.datetime))


def dumps(value: Any) -> str:
    """`json.dumps(to_json(value), ensure_ascii=False, indent=2)`, character for character:
    answers (dataclasses, dates) are written as `answers.to_json` copies them, without the copy.

    With an indent, `json` writes in Python, three generator calls per value (the digest's
    29,000 values took 7 ms, and `to_json`'s copy 5 ms more). Here each object or list of plain
    values is written by one call of `json`'s C encoder, its separator carrying the line break
    and the indent; only the nesting is walked in Python, and an object given twice (a brief's
    `points` and `items`) is written once."""
    return _Writer().text(value, "")


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):  # dt.datetime is one too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


@cache
def _flat_writer(inner: str) -> Callable[[Any], str]:
    """One call of the C encoder writing a flat object or list at this indent, brackets and
    all (`{"a": 1,\\n  "b": 2}`); `_Writer._flat` opens and closes its lines."""
    encoder = json.JSONEncoder(ensure_ascii=False, separators=(",\n" + inner, ": "), default=_iso)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # no C accelerator in this Python: the same text, written in Python
        return encoder.encode
    args = (None, _iso, json.encoder.encode_basestring, None, ": ", ",\n" + inner)
    write = make(*args, False, False, True)  # sort_keys, skipkeys, allow_nan as json.dumps
    return lambda value: "".join(write(value, 0))


def _field_names(kind: Any) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """A dataclass's fields in order, and a getter of all their values at once."""
    names = tuple(f.name for f in fields(kind))
    if len(names) == 1:
        get = attrgetter(names[0])
        return names, lambda value: (get(value),)
    return names, attrgetter(*names)


class _Writer:
    """One `dumps`: the text of each list written so far, by identity and indent."""

    def __init__(self) -> None:
        self.written: dict[tuple[int, str], str] = {}
        self.fields: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}

    def text(self, value: Any, pad: str) -> str:
        kind = type(value)
        if kind in _FLAT:
            return _flat_writer("")(value)
        if kind is list:
            key = (id(value), pad)
            known = self.written.get(key)
            if known is None:
                known = self.written[key] = self._list(value, pad)
            return known
        if kind is tuple:
            return self._list(value, pad)
        if kind is dict:
            return self._object(value, value.keys(), value.values(), pad)
        if hasattr(value, "__dataclass_fields__") and not isinstance(value, type):
            known_fields = self.fields.get(kind)
            if known_fields is None:
                known_fields = self.fields[kind] = _field_names(kind)
            names, values = known_fields
            return self._object(value, names, values(value), pad)
        return self._other(value, pad)

    def _list(self, value: list[Any] | tuple[Any, ...], pad: str) -> str:
        if not value:
            return "[]"
        if set(map(type, value)) <= _FLAT:
            return self._flat(value, "[", "]", pad)
        inner = pad + "  "
        parts = [self.text(v, inner) for v in value]
        return f"[\n{inner}" + f",\n{inner}".join(parts) + f"\n{pad}]"

    def _object(self, value: Any, names: Iterable[Any], values: Iterable[Any], pad: str) -> str:
        values = tuple(values)
        if not values:
            return "{}"
        if set(map(type, values)) <= _FLAT:
            flat = value if type(value) is dict else dict(zip(names, values, strict=True))
            return self._flat(flat, "{", "}", pad)
        inner = pad + "  "
        parts = []
        for name, item in zip(names, values, strict=True):
            if type(name) is not str:
                return self._other(value, pad)  # keys `json` converts: as it writes them
            parts.append(f"{_flat_writer('')(name)}: {self.text(item, inner)}")
        return f"{{\n{inner}" + f",\n{inner}".join(parts) + f"\n{pad}}}"

    def _flat(self, value: Any, opening: str, closing: str, pad: str) -> str:
        inner = pad + "  "
        written = _flat_writer(inner)(value)
        return f"{opening}\n{inner}{written[1:-1]}\n{pad}{closing}"

    def _other(self, value: Any, pad: str) -> str:
        """Anything else as `json` writes `to_json`'s copy of it, indented where it stands."""
        from briefings.answers import to_json

        text = json.dumps(to_json(value), ensure_ascii=False, indent=2)
        return text.replace("\n", "\n" + pad)  # strings hold no line break: `json` escapes them
