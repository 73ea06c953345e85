"""Round 51 (an obituary, a trial's front row): "her son said" is the one person the article named
"her son, Daniel Hale"; no one when it named two so."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_relative_named_in_full_speaks_by_the_kin_phrase() -> None:
    (q,) = quotes(
        "Eleanor Vasquez-Hale, a retired schoolteacher, died Nov. 30. She was 88.",
        "The cause was heart failure, said her son, Daniel Hale.",
        "Survivors include her son, of Silver Spring; a sister; and three grandchildren.",
        "“She never thought of it as a cause,” her son said.",
    )
    assert q.speaker == "Daniel Hale"


def test_the_same_phrase_named_in_a_sentence_of_its_own() -> None:
    (q,) = quotes(
        "Haskett, 58, has pleaded not guilty. Her husband, Martin Haskett, sat in the front row.",
        "“She is innocent, and this jury will see that,” her husband said during a break.",
    )
    assert q.speaker == "Martin Haskett"


def test_two_people_named_so_leave_no_one() -> None:
    (q,) = quotes(
        "Her son, Daniel Hale, was there. Her son, Tom Reyes, came later.",
        "“It was a cause,” her son said.",
    )
    assert q.speaker is None


def test_another_owners_relative_is_not_meant() -> None:
    (q,) = quotes(
        "His son, Tom Reyes, was there.",
        "“It was a cause,” her son said.",
    )
    assert q.speaker is None


def test_a_she_after_his_daughter_said_is_that_daughter() -> None:
    first, second = quotes(
        "The death was confirmed by his daughter, Gwendolyn Pemberton-Shaw.",
        "His daughter said he kept working into his 80s. “He went to the office every morning,”"
        " she said. “Then he called the office every morning.”",
    )
    assert (first.speaker, second.speaker) == (
        "Gwendolyn Pemberton-Shaw",
        "Gwendolyn Pemberton-Shaw",
    )


def test_a_he_after_his_daughter_said_is_not_that_daughter() -> None:
    (q,) = quotes(
        "The death was confirmed by his daughter, Gwendolyn Pemberton-Shaw.",
        "His daughter said he kept working. “He went to the office every morning,” he said.",
    )
    assert q.speaker != "Gwendolyn Pemberton-Shaw"
