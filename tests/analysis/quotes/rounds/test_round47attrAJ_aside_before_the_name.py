"""Round 47 (attrAJ): the writer's aside on a quotation between it and its reporting clause
("“…,” the dawn of the modern conservative movement, Bozell says.") names no one: the name
after it speaks; an appositive role before a name ("the spokesman, John Kirby") stays as it was."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

OPENING = "Brent Bozell and John Kirby spoke on Tuesday."


def test_the_name_after_the_writers_aside_speaks() -> None:
    (q,) = extract_quotes(
        ArticleText(
            None,
            (
                OPENING,
                "“It is reminiscent of the 1960s, going into the 1970s,” the dawn of the modern"
                " conservative movement, Bozell says.",
            ),
        )
    )
    assert q.speaker == "Brent Bozell"


def test_a_role_before_the_name_stays_the_names() -> None:
    (q,) = extract_quotes(
        ArticleText(None, (OPENING, "“We will win,” the spokesman, John Kirby, said."))
    )
    assert q.speaker == "John Kirby"
