"""Records with their own __init__ (compiled by mypyc): each takes its dataclass's fields, in
order, with their defaults, as the generated one would."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import types

import pytest

from briefings.analysis.candidates import Sentence
from briefings.analysis.dates.relative import DateMention
from briefings.analysis.dates.resolvers import Anchor
from briefings.analysis.quotes.confidence.hearsay import Hearsay
from briefings.analysis.quotes.confidence.model import Context
from briefings.analysis.quotes.finding.marks import Span
from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.resolve import Mention, Resolved
from briefings.analysis.speech import name_index
from briefings.analysis.speech.speaker import Speaker

_SPAN = Span(3, 20, "We will win", True)
_SPEAKER = Speaker("Tony Blair", None)
# A value of each field's type (compiled, each attribute's type is checked), unlike its default.
SAMPLES: dict[type, dict[str, object]] = {
    Sentence: {"text": "It rose.", "paragraph": 2, "order": 5, "first_in_paragraph": True},
    Context: {
        **{"rivals": 1, "named_here": False, "distance": 2, "one_word": True, "partial": True},
        **{"alike": 3, "gendered": False, "thing": True, "in_quote": True, "mentions": 4},
        **{"main": True, "between": 5, "alike_between": 6, "nearest": False, "margin": 0.5},
        **{"opens": True, "share": 0.25, "words": 7, "same_before": True},
        **{"gap": 8, "role": "senator", "second_hand": True, "medium": True, "phrase": True},
        **{"other_speaker": True, "as_object": True, "quoted_only": True, "opens_other": True},
    },
    Found: {
        **{"span": _SPAN, "para": 1, "pos": 2, "order": (1, 0, 4), "speaker": _SPEAKER},
        **{"kind": "partial", "attributed": True, "via": "subject", "teller": "Blair"},
    },
    Mention: {"name": "Blair", "sentence": 3, "paragraph": 1, "how": "cue", "gender": "m"},
    Resolved: {"name": "Blair", "role": "prime minister", "how": "surname"},
    name_index._Reading: {
        **{"cut": 1, "words": ("Tony", "Blair"), "name": "Tony Blair", "gender": "m"},
        "bodies": ("Sandy Hook",),
    },
    Speaker: {
        **{"name": "Tony Blair", "role": "prime minister", "pronoun": "he", "is_org": True},
        **{"definite": True, "indefinite": True, "style": "mr"},
    },
    Span: {"start": 3, "end": 20, "text": "We will win", "closed": False},
    Hearsay: {"second_hand": True, "medium": True, "phrase": True},
    Anchor: {"published": dt.date(2004, 5, 6), "precision": "month", "future": True},
    DateMention: {
        **{"start": 1, "end": 9, "date": dt.date(2004, 5, 6), "precision": "day"},
        "relative": True,
    },
}

RECORDS = list(SAMPLES)


@pytest.mark.parametrize("cls", RECORDS)
def test_every_field_is_taken_by_keyword(cls: type) -> None:
    """A field added without its parameter (or a parameter of no field) fails here."""
    assert list(SAMPLES[cls]) == [f.name for f in dataclasses.fields(cls)]
    values = SAMPLES[cls]
    record = cls(**values)
    assert {name: getattr(record, name) for name in values} == values


@pytest.mark.parametrize("cls", RECORDS)
def test_fields_in_order_and_defaults(cls: type) -> None:
    fields = dataclasses.fields(cls)
    required = [f for f in fields if f.default is dataclasses.MISSING]
    values = SAMPLES[cls]
    record = cls(*[values[f.name] for f in required])
    assert [getattr(record, f.name) for f in required] == [values[f.name] for f in required]
    for f in fields[len(required) :]:
        assert getattr(record, f.name) == f.default
    assert record == cls(*[values[f.name] for f in required])  # the dataclass's __eq__ is kept
    assert repr(record).startswith(f"{cls.__name__}(")
    assert cls(*values.values()) == cls(**values)  # positions in the fields' order


@pytest.mark.parametrize("cls", RECORDS)
def test_the_init_is_compiled_with_the_module(cls: type) -> None:
    """A dataclass's generated __init__ is interpreted Python even in a compiled module (some
    32 M instructions for the contexts of 300 articles)."""
    module = sys.modules[cls.__module__]
    if not (module.__file__ or "").endswith(".so"):
        pytest.skip("the module runs as Python")
    assert not isinstance(cls.__init__, types.FunctionType)
