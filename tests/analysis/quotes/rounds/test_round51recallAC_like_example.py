"""Round 51: a person singled out of a group as its example ("parents like Jessica Moen, who …")
is someone a "she" or "he" after the sentence means, though the sentence's subject is the group."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_example_of_a_group_speaks_after_it() -> None:
    found = quotes(
        "The county saved money by closing its libraries on Mondays. But students like Rosa "
        "Delgado, who studies there after her shift, lost a quiet place. “I do my homework in "
        "the car now,” she said."
    )
    assert found[0].speaker == "Rosa Delgado"


def test_an_example_after_an_opening_phrase() -> None:
    found = quotes(
        "Crews were still clearing roads. For farmers like Walter Brandt, who lost his barn, "
        "the aid cannot come soon enough. “We have nothing left,” he said."
    )
    assert found[0].speaker == "Walter Brandt"


def test_the_example_opening_the_sentence_is_nearer_than_the_woman_before() -> None:
    found = quotes(
        "Nurse Ellen Pruitt worked a double shift. Patients like Rosa Delgado, who waited six "
        "hours, were angry. “Nobody told us anything,” she said."
    )
    assert found[0].speaker == "Rosa Delgado"


def test_an_example_in_the_object_is_no_subject() -> None:
    found = quotes(
        "Tom Kearney was elected in 2006. His party’s plan that year was to help pro-gun "
        "candidates like Sen. Walter Brandt to victory.",
        "“I regret having listened to that advice,” he said.",
    )
    assert found[0].speaker == "Tom Kearney"
