"""Round 45ag: a surname two people share, said right after one of them opened a sentence of the
paragraph as a speaker ("Ann Voss, his sister, said …. “…,” Voss said") or taking a stance
("His daughter, Ann Voss, …, sees it differently. “…,” Voss said"), is hers, though the other
was quoted before; a relative named beside him without speaking, or inside a whose-clause, leaves
him the speaker."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "Frank Voss has run the marina on Cedar Lake for thirty years."
FIRST = "“The water is lower every summer,” Voss said on the dock."


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found: list[FoundQuote] = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_the_relative_who_just_spoke_is_the_one_meant() -> None:
    speaker = _speaker(
        OPENING,
        FIRST,
        "Ann Voss, his sister, said the family had twice tried to sell. “No one wants a marina"
        " on a pond,” Voss said.",
        piece="No one wants a marina",
    )
    assert speaker == "Ann Voss"


def test_an_aside_of_two_clauses_before_the_verb() -> None:
    speaker = _speaker(
        OPENING,
        FIRST,
        "Ann Voss, his sister, who keeps the books, said revenue fell by a third. “We lost the"
        " boat rentals first,” Voss said.",
        piece="We lost the boat rentals",
    )
    assert speaker == "Ann Voss"


def test_a_relative_named_without_speaking_leaves_him() -> None:
    speaker = _speaker(
        OPENING,
        FIRST,
        "Ann Voss, his sister, stood beside him. “We will stay open through October,” Voss said.",
        piece="We will stay open",
    )
    assert speaker != "Ann Voss"


def test_a_relative_introduced_by_kin_who_disagrees_is_the_one_meant() -> None:
    speaker = _speaker(
        OPENING,
        FIRST,
        "His daughter, Ann Voss, who runs the bait shop, sees it differently. “The lake will"
        " come back,” Voss said.",
        piece="The lake will come back",
    )
    assert speaker == "Ann Voss"


def test_a_relative_named_inside_a_whose_clause_leaves_him() -> None:
    speaker = _speaker(
        "Frank Voss, whose daughter, Ann Voss, runs the bait shop, has kept the marina open for"
        " thirty years. “The water is lower every summer,” Voss said.",
        piece="The water is lower",
    )
    assert speaker == "Frank Voss"
