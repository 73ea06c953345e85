"""The records made for every quote are plain dataclasses: mypyc builds them natively."""

from __future__ import annotations

from dataclasses import fields, is_dataclass, replace

import pytest

from briefings.analysis.quotes.confidence.hearsay import Hearsay, hearsay
from briefings.analysis.quotes.confidence.model import Context
from briefings.analysis.quotes.resolution.resolve import Mention, Resolved
from briefings.analysis.speech.name_index import _Reading
from briefings.analysis.speech.speaker import Speaker, parse_speaker

RECORDS = [Context, Mention, Resolved, Hearsay, Speaker, _Reading]


@pytest.mark.parametrize("record", RECORDS)
def test_a_quote_record_is_not_frozen(record: type) -> None:
    """A frozen dataclass is built through its interpreted `__init__` even when compiled (39,000
    instructions for a `Context`, about 1,500 a field): these are built for every quote and
    never changed after, so they are plain."""
    assert is_dataclass(record)
    assert not record.__dataclass_params__.frozen  # type: ignore[attr-defined]


def test_the_records_compare_by_their_fields_as_before() -> None:
    """Equality and `replace` read the fields, frozen or not: the same answers."""
    ctx = Context(rivals=2, named_here=False, role="name")
    assert ctx == Context(rivals=2, named_here=False, role="name")
    assert replace(ctx, rivals=3) != ctx
    assert [f.name for f in fields(Context)][:3] == ["rivals", "named_here", "distance"]
    assert Mention("Kim", 1, 0) == Mention("Kim", 1, 0, "opening", None)
    assert Resolved("Jo Kim", None).how == "name"
    assert parse_speaker("Sen. Jo Kim") == Speaker("Jo Kim", "Sen.")
    assert hearsay("“We won,” the ad said, according to a report.", "We won") == Hearsay(
        second_hand=True, medium=True
    )


def test_a_speaker_phrase_read_again_is_answered_from_what_was_read() -> None:
    """Each sentence and quote naming someone reads the same phrase again: it is parsed once."""
    parse_speaker.cache_clear()
    first = parse_speaker("White House spokesman John Kirby")
    assert parse_speaker("White House spokesman John Kirby") is first
    assert parse_speaker.cache_info().hits == 1
