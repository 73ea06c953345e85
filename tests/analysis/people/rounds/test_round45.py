"""Round 45: British copy of our own (a knight's or a dame's style before a full name whose given
name no list holds, or whose words are common English)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_knights_full_name_with_a_given_name_no_list_holds() -> None:
    assert _people(
        "Textile designer Sir Olufemi Adewale has been knighted for services to design.",
    ) == {"Olufemi Adewale"}
    assert _people(
        "The shop was opened by Dame Ysolde Carrick in 1988.",
        "Dame Ysolde said she was thrilled to see it still trading.",
    ) == {"Ysolde Carrick"}


def test_a_knights_full_name_with_a_common_word_in_it() -> None:
    assert _people(
        "The studio, founded by Sir Jory Well, has been sold to a Japanese games maker.",
    ) == {"Jory Well"}


def test_a_knights_style_before_a_ship_or_a_pub_stays_no_one() -> None:
    assert _people("The research ship RRS Sir Ernest Holt sailed from Hull on Monday.") == set()
    assert _people("Regulars at the Sir Jory Well in Derby have raised £5,000.") == set()
