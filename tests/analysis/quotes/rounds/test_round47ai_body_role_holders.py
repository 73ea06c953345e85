"""Round 47ai: "Department of Veterans Affairs press secretary Gina Maldonado, who joined the agency
last year, said in a statement that …" has Maldonado for its subject, not the body named before her
role, so her quotation and the bare paragraph after it are hers."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

OPENING = (
    "BALTIMORE — Staff members warned their supervisors for years, according to emails."
    " “I got hundreds of emails a day,” Ayers said."
)
STATEMENT = (
    "Department of Veterans Affairs press secretary Gina Maldonado, who joined the agency last"
    " year, said in a statement that the department had “taken significant steps” to reduce"
    " wait times."
)


def test_the_role_holder_after_a_body_is_the_speaker() -> None:
    assert speaker_in(OPENING, STATEMENT, piece="significant steps") == "Gina Maldonado"


def test_the_bare_paragraph_after_her_statement_is_hers() -> None:
    speaker = speaker_in(OPENING, STATEMENT, "“Veterans deserve timely care.”", piece="timely care")
    assert speaker == "Gina Maldonado"


def test_a_place_after_a_name_is_still_no_part_of_it() -> None:
    speaker = speaker_in(
        OPENING,
        "Angela Merkel of Germany, who spoke on Monday, said the deal was “a good start.”",
        piece="good start",
    )
    assert speaker == "Angela Merkel"
