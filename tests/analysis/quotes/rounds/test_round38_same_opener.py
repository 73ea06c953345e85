"""Attribution round 38: a "he" that repeats its sentence's opening "He" means whom the opener
means, not a man named between the two."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_which_he_called_after_a_that_clause_naming_another_man() -> None:
    (q,) = quotes(
        "Sen. Roger Vance spoke to supporters in Dubuque on Monday night.",
        "He warned that as long as the field stayed divided, Martin Quayle would keep winning,"
        " which he called “a catastrophe” for the party.",
    )
    assert q.speaker == "Roger Vance"


def test_a_single_opening_he_is_not_read_as_the_speaker_of_a_later_quotation() -> None:
    quoted = quotes(
        "Former prosecutor Bill Haskins said the charges were serious.",
        "He noted that the indictment quotes messages in which Glenn Adair tells a friend, “We’re"
        " good as long as nobody reads the invoices.”",
    )
    assert all(q.speaker != "Bill Haskins" for q in quoted)
