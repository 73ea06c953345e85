"""Attribution round 38 (recall): "When a reporter asked X …, he …" — the "he" is the one asked,
not someone named before, nor the reporter."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.resolution.asked_when import asked_in_a_fronted_clause
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_one_a_reporter_asked_is_the_he() -> None:
    *_, last = quotes(
        "House Speaker Dale Pruitt called the plan “the biggest relief in a generation.”",
        "When a reporter asked state Treasurer Glen Maddox whether the state could afford it, he"
        " paused. “Ask me in a year,” he said.",
    )
    assert last.speaker == "Glen Maddox"


def test_the_one_the_writer_asked_after_a_fronted_phrase() -> None:
    *_, last = quotes(
        "City Manager Rachel Kim has warned for months of a $40 million gap.",
        "Last week, when I asked Mayor Ellen Brooks about the shortfall, she laughed. “Which"
        " one?” she said.",
    )
    assert last.speaker == "Ellen Brooks"


def test_a_named_asker_is_left_to_the_other_rules() -> None:
    toks = _tokens("When Sen. Ray Dunn asked Treasurer Glen Maddox about it , he paused .")
    assert asked_in_a_fronted_clause(toks) is None


def test_the_asked_persons_name_after_a_description() -> None:
    toks = _tokens(
        "When reporters asked the company’s chief executive , Martin Keane , why , he pointed ."
    )
    assert asked_in_a_fronted_clause(toks) == (2, 8, "Martin Keane")


def _tokens(text: str) -> list[str]:
    return text.split(" ")
