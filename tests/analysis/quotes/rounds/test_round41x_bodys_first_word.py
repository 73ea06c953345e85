"""Round 41x: a body whose name opens with "Alliance", "Coalition", "League", "Federation" or
"Movement" and holds no given name is one body speaking ("Alliance Defending Freedom"), not
"Defending Freedom" with the role "Alliance"."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.speaker import parse_speaker


@pytest.mark.parametrize(
    "paragraph",
    [
        "Alliance Defending Freedom, which represented Whitfield, called the decision “a landmark"
        " victory for free speech.”",
        "The Alliance Defending Freedom said the decision was “a landmark victory for free"
        " speech.”",
    ],
)
def test_the_whole_name_of_the_body_speaks(paragraph: str) -> None:
    (q,) = extract_quotes(ArticleText(None, (paragraph,)))
    assert q.speaker == "Alliance Defending Freedom"


def test_a_person_after_a_bodys_word_and_a_title_is_still_the_person() -> None:
    sp = parse_speaker("League President Ann Cole")
    assert sp is not None and sp.name == "Ann Cole" and not sp.is_org
    body = parse_speaker("Coalition Against Hate")
    assert body is not None and body.name == "Coalition Against Hate" and body.is_org
