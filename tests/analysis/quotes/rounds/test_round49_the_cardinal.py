"""Round 49 (Washington long-form): "the cardinal" and "the rabbi" are the one person written
"Cardinal" or "Rabbi" before ("The cardinal smiled at the word realistic. “…,” he said." after
"Cardinal Matteo Ruggieri"), not the man quoted last; with two cardinals, no one."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize("title", ["Cardinal", "Rabbi"])
def test_the_cleric_is_the_one_written_with_the_title(title: str) -> None:
    found = quotes(
        f"VATICAN CITY — {title} Matteo Ruggieri does not give many interviews.",
        "The Ukrainian ambassador, Andriy Yurash, said his government was grateful. “We welcome"
        " every effort,” he said.",
        f"The {title.lower()} smiled at the word realistic. “Realism is what got us here,” he said.",
    )
    assert found[-1].speaker == "Matteo Ruggieri"  # not Yurash


def test_the_cardinal_after_two_cardinals_is_not_the_ambassador() -> None:
    found = quotes(
        "VATICAN CITY — Cardinal Matteo Ruggieri and Cardinal Luigi Sarto do not give many"
        " interviews.",
        "The Ukrainian ambassador, Andriy Yurash, said his government was grateful. “We welcome"
        " every effort,” he said.",
        "The cardinal smiled at the word realistic. “Realism is what got us here,” he said.",
    )
    assert found[-1].speaker not in ("Andriy Yurash", "Matteo Ruggieri", "Luigi Sarto")


def test_the_cardinal_said_after_two_cardinals_is_no_one() -> None:
    """Two people hold the office the description names: it is either, never the ambassador quoted
    last (the lead, on merging round 49: before, the ambassador at 0.995)."""
    found = quotes(
        "Cardinal Matteo Ruggieri and Cardinal Luigi Sarto do not give many interviews.",
        "The Ukrainian ambassador, Andriy Yurash, said his government was grateful. “We welcome"
        " every effort,” he said.",
        "“Realism is what got us here,” the cardinal said.",
    )
    assert found[-1].speaker is None


def test_the_cardinal_smiled_after_two_cardinals_undated_is_no_one() -> None:
    found = quotes(
        "Cardinal Matteo Ruggieri and Cardinal Luigi Sarto do not give many interviews.",
        "The Ukrainian ambassador, Andriy Yurash, said his government was grateful. “We welcome"
        " every effort,” he said.",
        "The cardinal smiled at the word realistic. “Realism is what got us here,” he said.",
    )
    assert found[-1].speaker is None
