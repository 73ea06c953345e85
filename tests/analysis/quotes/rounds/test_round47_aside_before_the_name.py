"""Round 47 (recallZ, attrAJ): a reporter's aside on the quotation between it and the speaker's name ("“…,” the
dawn of the modern conservative movement, Bozell says"): the name is the speaker."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_an_aside_on_the_words_then_the_surname() -> None:
    found = quotes(
        "Marta Quillon has run the farmers' union for a decade.",
        "“It reminds me of the drought years, going into the eighties,” the beginning of the "
        "growers' movement, Quillon says.",
    )
    assert found[0].speaker == "Marta Quillon"


def test_an_aside_that_names_a_person_is_not_read_past() -> None:
    found = quotes(
        "Marta Quillon has run the farmers' union for a decade. Dev Osei joined last year.",
        "“It reminds me of the drought years,” the union's spokesman, Osei says.",
    )
    assert found[0].speaker == "Dev Osei"


def test_a_role_before_the_name_stays_the_names() -> None:
    found = quotes(
        "Brent Bozell and John Kirby spoke on Tuesday.",
        "“We will win,” the spokesman, John Kirby, said.",
    )
    assert found[0].speaker == "John Kirby"
