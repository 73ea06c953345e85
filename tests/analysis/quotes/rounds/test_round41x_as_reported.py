"""Round 41x: "As The Western Journal reported," opening a sentence whose main clause has words
of its own before the quotation says where the main clause was read, not whose words it quotes
("As The Western Journal reported last week, the case’s indictment charges that Pryce and others
“…”": no one's, not the outlet's); "As Politico reported, “…”" still quotes the outlet, and a
main clause's own speech verb still gives its subject."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

OPENING = "Former President Gordon Pryce spoke on Monday."


def test_the_outlet_reporting_a_documents_words_is_not_their_speaker() -> None:
    (q,) = quotes(
        OPENING,
        "As The Western Journal reported last week, the case’s indictment charges that Pryce and"
        " others “knowingly and willfully joined a conspiracy.”",
    )
    assert q.text.startswith("knowingly") and q.speaker is None


def test_the_outlet_quoted_right_after_the_comma_is_the_speaker() -> None:
    (q,) = quotes(OPENING, "As Politico reported, “The campaign is broke.”")
    assert q.speaker == "Politico"


def test_a_speech_verb_of_the_main_clause_gives_its_subject() -> None:
    (q,) = quotes(
        OPENING, "As The Hill reported, Pryce later said he regretted saying “half of them.”"
    )
    assert q.speaker == "Gordon Pryce"
