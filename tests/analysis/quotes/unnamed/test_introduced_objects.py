"""A person a sentence about a thing introduces after its verb (round 24): "The ruling was welcomed
by Delia Ocampo, who leads …. “…,” she said." is Ocampo's; sentences written for each rule."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

RULING = "U.S. District Judge Maria Calloway wrote that the law was “not narrowly tailored.”"
PLANT = "“The transformation requires difficult decisions,” Chief Executive Klaus Weber said."


@pytest.mark.parametrize(
    ("opening", "sentence", "speaker"),
    [
        (
            RULING,
            "The ruling was welcomed by Delia Ocampo, who leads the Arizona Voter Project.",
            "Delia Ocampo",
        ),
        (RULING, "That did not sit well with Ruth Gaskill, a wheat farmer.", "Ruth Gaskill"),
        (
            PLANT,
            "The cuts drew criticism from Saxony’s economy minister, Frank Holtz, who said the"
            " plant had received state aid.",
            "Frank Holtz",
        ),
    ],
)
def test_a_person_introduced_after_a_things_verb_is_the_next_pronoun(
    opening: str, sentence: str, speaker: str
) -> None:
    pronoun = "she" if speaker != "Frank Holtz" else "he"
    *_, q = quotes(opening, f"{sentence} “We said so all along,” {pronoun} said.")
    assert q.speaker == speaker  # not the one quoted before


def test_an_unnamed_person_introduced_so_keeps_no_speaker() -> None:
    *_, q = quotes(
        "“I voted against a bill that spent money we don’t have,” Rep. Tom Akers said.",
        "The answer angered a man in the back row, who called himself a veteran. “Where were you"
        " when the clinic closed?” he shouted.",
    )
    assert q.speaker is None  # not Akers


def test_a_name_before_a_clause_of_its_own_is_not_introduced() -> None:
    *_, q = quotes(
        "“We march for them,” said Juan Manriquez, an organiser from Oakland.",
        "The parade was led by Gov. Andrew Cuomo, and the marshals walked behind him.",
        "“I cried the whole parade,” he said.",
    )
    assert q.speaker != "Andrew Cuomo"
