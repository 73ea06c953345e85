"""Round 49: an appositive naming the speaker after a job that holds a place's name ("The
committee's ranking member, former Iowa prosecutor Dale Hummel, said …"): the name after the job,
as with "former prosecutor Dale Hummel"; a capitalised word that is no place ("former Goldman
banker") keeps the appositive unread."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_former_place_job_then_name() -> None:
    found = quotes(
        "The Senate Judiciary Committee’s ranking member, former Iowa prosecutor Nora Quist, "
        "said in a statement that the nominee deserved “a fair hearing and a vote.”"
    )
    assert found[0].speaker == "Nora Quist"


def test_place_then_rank_then_name() -> None:
    found = quotes(
        "The ranking member, former Ohio Gov. Ted Brannock, said the bill was “dead on arrival.”"
    )
    assert found[0].speaker == "Ted Brannock"


def test_a_word_that_is_no_place_keeps_the_appositive_unread() -> None:
    found = quotes(
        "The group’s founder, former Goldman banker Ted Brannock, said the bill was “dead on "
        "arrival.”"
    )
    assert found[0].speaker is None
