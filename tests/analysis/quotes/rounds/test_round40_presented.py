"""Round 40: a person presented by a sentence of their own ("Then there’s Axelrod.") is the subject
a "he" after it means, not a man named as a subject in the paragraph before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_man_presented_by_there_is_is_whom_he_means() -> None:
    found = quotes(
        "Former aides to Gov. Alan Mercer have mostly kept quiet. His old campaign manager, Glen"
        " Oakes, has been an adviser to the new team. Mercer himself has praised the nominee.",
        "Then there’s Kessler.",
        "“Kind of bewildering that the campaign is laying out its strategy a week early,” he wrote"
        " last October.",
    )
    assert speaker_of(found, "Kind of bewildering") == "Kessler"


def test_there_is_also_with_a_title_presents_the_name() -> None:
    found = quotes(
        "Gov. Alan Mercer has stayed out of the race.",
        "And then there is also Sen. Roy Castellano, who has endorsed no one.",
        "“I’m watching,” he said on Tuesday.",
    )
    assert speaker_of(found, "I’m watching") == "Roy Castellano"
