"""Round 32 of attribution: a speech verb opening its sentence before the speaker ("Said Marta
Velez, who has taken the boat for 22 years, “…”", "Added Pruitt, “…”") gives the quotation after
it to the name it inverts, as a full quote (after a colon the rules before already did)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def _quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_said_then_a_name_and_an_appositive_gives_the_quote_to_the_name() -> None:
    quotes = _quotes(
        "The city will close the Pier 7 terminal next month, officials said.",
        "Riders were not pleased. Said Hannah Brill, who has ridden the 6:40 boat since 2009,"
        " “I have no idea how I will get to the hospital now.”",
    )
    assert [(q.speaker, q.kind) for q in quotes] == [("Hannah Brill", "full")]


def test_added_then_a_surname_and_a_comma_gives_the_quote_to_the_person() -> None:
    # not the words of the coach quoted in the paragraph before
    quotes = _quotes(
        "Coach Mel Ostrowski praised the defense after the win.",
        "Rival coach Dee Kamara was less happy. “We gave it away,” Kamara said.",
        "Added Ostrowski, “That is all you can ask of a young team.”",
    )
    assert [q.speaker for q in quotes] == ["Dee Kamara", "Mel Ostrowski"]


def test_a_passive_said_opening_a_phrase_names_no_speaker() -> None:
    # "Said to be weighing an appeal, …": no inverted clause, no one's words
    quotes = _quotes(
        "A judge dismissed the suit on Friday.",
        "Said to be weighing an appeal, the family’s lawyer, Ruth Ames, declined to comment."
        " The ruling called the claim “a grievance dressed up as a right.”",
    )
    assert [q.speaker for q in quotes] == [None]


def test_an_inverted_clause_naming_a_body_gives_it_no_quote_of_its_own() -> None:
    # "Said the Treasury Department, …" names a body: the rule leaves the quote alone
    from briefings.analysis.quotes.clauses.frames.inverted import inverted_speaker
    from briefings.analysis.speech.tokens import tokens

    toks = [*tokens("Said the Treasury Department ,"), "\ue000", "\ue100", "\ue001"]
    assert inverted_speaker(toks, toks.index("\ue100")) is None
