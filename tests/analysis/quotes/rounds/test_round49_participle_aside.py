"""Round 49 (Washington long-form): a name set beside a description opening its sentence is the
subject past a participle's long aside ("Turkey’s foreign minister, Kemal Arslan, speaking through
an interpreter at a news conference afterward, rejected …"): a "he" after it is his."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize(
    "aside",
    [
        "speaking through an interpreter at a news conference afterward",
        "sitting in a conference room overlooking the dry docks with two aides",
    ],
)
def test_a_he_after_an_apposed_name_with_a_participle_aside(aside: str) -> None:
    first, second = quotes(
        "The meeting ran four hours.",
        f"Turkey’s foreign minister, Kemal Arslan, {aside}, rejected that account. “Our friends in"
        " Washington are in a hurry,” he said. “We are not.”",
    )
    assert first.speaker == second.speaker == "Kemal Arslan"  # not no one


def test_a_clause_aside_of_the_same_length_names_no_one_new() -> None:
    (q,) = quotes(
        "The meeting ran four hours.",
        "Turkey’s foreign minister, Kemal Arslan, who had flown in from Brussels for the talks"
        " that morning, rejected that account. “Our friends are in a hurry,” he said.",
    )
    assert q.speaker == "Kemal Arslan"
