"""Analysis bounded per article: ordinary text read as written, long text in bounded pieces and
windows, within a time budget."""

from __future__ import annotations

import time

from briefings.analysis.bounds import MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS, bounded
from briefings.analysis.pipeline import analyse
from briefings.analysis.results import ArticleText
from tests.analysis.seed_articles import cleaned, raw

LONG = 1400
QUOTED = "“We will keep talking to {name},” said Jake Sullivan, the national security adviser."


def _long_article(paragraphs: int) -> ArticleText:
    """Distinct paragraphs, each quoting someone, about 95 characters apiece."""
    return ArticleText(
        "A long article",
        tuple(QUOTED.format(name=f"delegation {n}") for n in range(paragraphs)),
    )


def test_ordinary_paragraphs_are_read_exactly_as_written() -> None:
    for article in [*cleaned().values(), *raw().values()]:
        paragraphs = article.paragraphs
        pieces = bounded(paragraphs)
        assert pieces.paragraphs == tuple(paragraphs)
        assert pieces.cut == 0 and len(pieces.windows()) == 1


def test_an_over_long_paragraph_is_cut_into_bounded_pieces_keeping_every_word() -> None:
    endless = " ".join(f"the minister said word{n} again" for n in range(12_000))  # no full stop
    pieces = bounded(["Short first paragraph.", endless])
    assert pieces.cut == 1 and pieces.origin[0] == 0 and set(pieces.origin[1:]) == {1}
    assert all(len(p) <= MAX_PARAGRAPH_CHARS for p in pieces.paragraphs)
    assert " ".join(pieces.paragraphs[1:]).split() == endless.split()
    started = time.perf_counter()
    analysis = analyse(ArticleText("One line", (endless,)))
    assert time.perf_counter() - started < 10  # 41 s before the cut
    assert any("cut into pieces" in w for w in analysis.warnings)
    assert MAX_SENTENCE_CHARS < MAX_PARAGRAPH_CHARS


def test_a_paragraph_of_private_use_characters_is_read_as_text() -> None:
    for paragraph in ("\ue100", "\ue105 said Kim.", "\ue000\ue101\ue001"):
        analysis = analyse(ArticleText("Odd", (paragraph, "Kim said the talks went well.")))
        assert analysis.quotes == ()  # the characters mark no quotation


def test_a_long_article_is_read_in_windows_with_its_paragraphs_in_place() -> None:
    article = _long_article(LONG)  # about 130,000 characters: four windows
    assert len(bounded(article.paragraphs).windows()) >= 3
    analysis = analyse(article, budget=None)
    assert len(analysis.quotes) == LONG and not analysis.warnings
    last = analysis.quotes[-1]
    assert (last.paragraph, last.speaker) == (LONG - 1, "Jake Sullivan")
    assert f"delegation {LONG - 1}" in last.text
    assert analysis.summary and analysis.points  # near-repeats: one summary sentence
    [person] = [e for e in analysis.entities if e.name == "Jake Sullivan"]
    assert person.mentions >= LONG  # counted in every window, one entity


def test_a_long_article_out_of_time_keeps_what_was_analysed_and_says_so() -> None:
    analysis = analyse(_long_article(LONG), budget=0.0)
    assert 0 < len(analysis.quotes) < LONG  # the first window, always analysed
    assert analysis.quotes[0].speaker == "Jake Sullivan"
    [warning] = analysis.warnings
    assert "analysis stopped at its 0 s budget" in warning and f"to {LONG}" in warning
