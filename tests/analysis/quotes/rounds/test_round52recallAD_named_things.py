"""Round 52: a title before "sequel", "franchise" or "concerts" names a work, and a slogan before
"hat", "T-shirt" or "banner" is printed on a thing: neither is anyone's words here."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_title_before_sequel_is_a_work() -> None:
    found = quotes(
        "“Too long?” Dan Mercer tweeted when the senator closed the debate with a nod to the"
        " blockbuster “Star Wars” sequel in theaters."
    )
    assert [(q.text, q.speaker) for q in found] == [("Too long?", "Dan Mercer")]


def test_a_title_before_concerts_is_a_work() -> None:
    found = quotes(
        "“It will not be candles,” said Erin Walsh, the channel’s head of music, describing the"
        " “Unplugged” concerts of the 1990s."
    )
    assert [(q.text, q.speaker) for q in found] == [("It will not be candles", "Erin Walsh")]


def test_a_slogan_on_a_hat_is_no_ones() -> None:
    found = quotes(
        "Delegate Ada Brooks said she was sure of a win. “We will do fine,” she said, showing off"
        " the “Make America Great Again” hat the campaign had given her."
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("We will do fine", "Ada Brooks"),
        ("Make America Great Again", None),
    ]
