"""Round 47 (attrAJ): an exchange written one turn a paragraph. After a question and its answer a
bare quoted question is the asker's again ("“…?” she asked. / “…,” Brandvold replied. / “And if
Democrats refuse?”"), and after such a bare question the bare paragraph that follows is the
answer of the one asked; a speaker's own questions, and a bare statement after an answer, go on
as the speaker's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

OPENING = "Sen. Hal Brandvold of Montana tore into the border package on Sunday on Fox News."
ASKED = "“Why not take the deal?” host Maria Delacroix asked."
ANSWERED = "“Because a bad deal is still a bad deal,” Brandvold replied."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def _speaker(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


def test_a_bare_question_after_the_answer_is_the_askers() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“And if Democrats refuse?”")
    assert _speaker(found, "And if Democrats refuse") == "Maria Delacroix"


def test_the_bare_answer_to_that_question_is_the_guests() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“And if Democrats refuse?”", "“Then we go home.”")
    assert _speaker(found, "And if Democrats refuse") == "Maria Delacroix"
    assert _speaker(found, "Then we go home") == "Hal Brandvold"


def test_a_bare_statement_after_the_answer_goes_on_as_the_guests() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“We were handed a lemon.”")
    assert _speaker(found, "We were handed a lemon") == "Hal Brandvold"


def test_a_speakers_own_questions_go_on_as_theirs() -> None:
    found = quotes(
        OPENING,
        "“Who wrote this bill?” Brandvold asked the crowd.",
        "“Who pays for it?”",
    )
    assert _speaker(found, "Who pays for it") == "Hal Brandvold"
