"""Attribution round 44 (recall): the subject of a relative clause with no "that" on the noun
phrase opening a sentence ("The budget Marchetti sent to the council counts on …", "The complaint
Samir Haddad filed in 2019 names …") is a person a "he" or "she" after it may mean."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_the_subject_of_a_contact_relative_is_whom_the_pronoun_means() -> None:
    assert speakers_in(
        "Attorney General Paul Renner asked the court on Thursday to dismiss the suit.",
        "The complaint Samir Haddad filed in 2019 names eleven supervisors. “I did what the"
        " manual told me to do,” he told the justices.",
    ) == ["Samir Haddad"]
    assert speakers_in(
        "The most telling promise Mrs. Alvarez has made is that she will not overpromise. “We"
        " don't need any more of that,” she has said.",
    ) == ["Mrs. Alvarez"]  # the title kept (round 53, issue 15)


def test_a_name_after_a_preposition_or_a_verb_is_no_such_subject() -> None:
    assert speakers_in(
        "The letter to Samir Haddad arrived on Monday. “It changes nothing,” he said.",
    ) == [None]
