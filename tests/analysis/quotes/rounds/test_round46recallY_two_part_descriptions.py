"""Round 46: one person described twice, joined by "and" ("The Democratic presidential
front-runner and former secretary of state said …"), is a definite description of one person,
whom the description rules resolve; a bare noun before "and" ("The mayor and police chief said")
may be two people and is left as before."""

from __future__ import annotations

from briefings.analysis.speech.subject import subject_before
from tests.analysis.quotes.passages import quotes

OPENING = "“We are not winning this fight yet,” Nadia Torvik said on a Sunday talk show."


def test_the_two_part_description_is_one_subject() -> None:
    toks = [
        "The",
        "Democratic",
        "presidential",
        "front-runner",
        "and",
        "former",
        "secretary",
        "of",
        "state",
        "said",
    ]
    found = subject_before(toks, len(toks) - 1)
    assert found is not None and found[1] == 0


def test_a_bare_noun_before_and_is_not_joined() -> None:
    toks = ["The", "mayor", "and", "police", "chief", "said"]
    found = subject_before(toks, len(toks) - 1)
    assert found is None or found[1] != 0


def test_the_two_part_description_goes_to_the_one_just_quoted() -> None:
    found = quotes(
        OPENING,
        "The Democratic presidential front-runner and former secretary of state said the country "
        "“clearly” needed a stronger air campaign.",
    )
    assert next(q.speaker for q in found if q.text == "clearly") == "Nadia Torvik"


DELEGATE = (
    "“They have been desperate to change the rules,” Marvin Tolliver, the committeeman from "
    "Ohio, told reporters."
)


def test_a_two_part_description_before_a_plain_verb() -> None:
    found = quotes(
        DELEGATE,
        "The influential delegate and conservative activist warned of a “ferocious” fight ahead.",
    )
    assert next(q.speaker for q in found if q.text == "ferocious") == "Marvin Tolliver"


def test_a_description_with_a_relative_clause_naming_no_one() -> None:
    found = quotes(
        DELEGATE,
        "The veteran delegate, who has sat on the panel since Tuesday’s vote, warned of a "
        "“ferocious” fight ahead.",
    )
    assert next(q.speaker for q in found if q.text == "ferocious") == "Marvin Tolliver"


def test_a_relative_clause_naming_someone_is_not_read_past() -> None:
    toks = ["The", "veteran", "delegate", ",", "who", "backs", "Tolliver", ",", "warned"]
    found = subject_before(toks, len(toks) - 1)
    assert found is None or "delegate" not in found[0]
