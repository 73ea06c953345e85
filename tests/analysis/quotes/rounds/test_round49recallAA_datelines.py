"""Round 49: a dateline opening the first paragraph ("GASTONIA, N.C. — ", "DENVER (Reuters) - ")
is no subject: the name after its dash opens the sentence, so a "he said" or a description after
it is that person's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_subject_after_a_us_dateline() -> None:
    found = quotes(
        "BELOIT, Wis. — Walter Kresge ran the town's last foundry until it closed. “We poured "
        "iron here for a hundred years,” he said."
    )
    assert found[0].speaker == "Walter Kresge"


def test_subject_after_a_wire_dateline() -> None:
    found = quotes(
        "DENVER (Reuters) - Gov. Ellen Marsh signed the water compact on Monday.",
        "“This ends a fight older than I am,” she said.",
    )
    assert found[0].speaker == "Ellen Marsh"


def test_a_description_after_a_dateline() -> None:
    found = quotes(
        "ATLANTA — Dr. Priya Raman, an epidemiologist at Emory University, has tracked the "
        "outbreak since March.",
        "The epidemiologist briefed lawmakers on Tuesday, telling them the outbreak was “far "
        "from over.”",
    )
    assert found[0].speaker == "Priya Raman"
