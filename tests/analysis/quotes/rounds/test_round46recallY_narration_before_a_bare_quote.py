"""Round 46: a bare quotation after narration that names another person ("That is pretty much
what Mr. Pratt has threatened to do. At every county fair he vows …. Then, the applause line:
“…”") is not the words of the last paragraph's speaker going on; narration naming that speaker
again keeps them. Written with the two apostrophes The New York Times prints for quotation marks."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

FARMER = (
    "Dale Kovach, 61, has grown soybeans outside Ames for three decades. ''I have two sons in the "
    "Navy,'' he said."
)
TARIFFS = (
    "But when it comes to the tariffs, ''we have paid for all of it,'' he said. ''And now they want "
    "us to wait? If Pratt ends them, I'll vote for him.''"
)


def test_narration_naming_another_person_breaks_the_continuation() -> None:
    found = quotes(
        FARMER,
        TARIFFS,
        "That is pretty much what Mr. Pratt has threatened to do. At every county fair he vows "
        "to end the tariffs. Then, the applause line: ''I will not let a single farm in this state "
        "go under.''",
    )
    assert speaker_of(found, "single farm") != "Dale Kovach"


def test_narration_naming_the_speaker_again_keeps_him() -> None:
    found = quotes(
        FARMER,
        TARIFFS,
        "Last spring Kovach sold two of his tractors to pay the bank. Then, his hardest line: ''I "
        "may be the last of us out here.''",
    )
    assert speaker_of(found, "last of us") == "Dale Kovach"


def test_a_bare_quote_opening_its_paragraph_still_continues() -> None:
    found = quotes(FARMER, TARIFFS, "''Nobody in Des Moines has asked us what we need.''")
    assert speaker_of(found, "Des Moines") == "Dale Kovach"
