"""Round 46 (personsAC): a courtesy title and a name right after a noun for a work in lower case
are the work's title ("The musical Mrs Doubtfire", "the film Mr Holmes"), no one; a person after
a body's noun or a verb of playing stays a person."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_titled_name_after_musical_is_a_work() -> None:
    assert people_in(
        "The musical Mrs Pettigrew is to close at the Garrick Theatre in June.",
        "Producer Dominic Aske said the show had been seen by half a million people.",
    ) == {"Dominic Aske"}


def test_a_titled_name_after_film_is_a_work() -> None:
    assert "Mr Quillfeather" not in people_in(
        "The film Mr Quillfeather took £2m at the box office in its first weekend.",
    )


def test_a_titled_person_after_a_bodys_noun_or_a_verb_stays() -> None:
    assert "Mr Pettigrew" in people_in(
        "He sold the company Mr Pettigrew founded in 1990, and Mr Pettigrew said he was sad.",
    )
