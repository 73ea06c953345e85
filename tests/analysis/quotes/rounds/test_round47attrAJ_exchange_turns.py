"""Round 47 (attrAJ): an exchange written one turn a paragraph. After a question and its answer a
bare quoted question is the asker's again ("“…?” she asked. / “…,” Brandvold replied. / “And if
Democrats refuse?”"), and after such a bare question the bare paragraph that follows is the
answer of the one asked; a speaker's own questions, and a bare statement after an answer, go on
as the speaker's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = "Sen. Hal Brandvold of Montana tore into the border package on Sunday on Fox News."
ASKED = "“Why not take the deal?” host Maria Delacroix asked."
ANSWERED = "“Because a bad deal is still a bad deal,” Brandvold replied."


def test_a_bare_question_after_the_answer_is_the_askers() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“And if Democrats refuse?”")
    assert speaker_of(found, "And if Democrats refuse") == "Maria Delacroix"


def test_the_bare_answer_to_that_question_is_the_guests() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“And if Democrats refuse?”", "“Then we go home.”")
    assert speaker_of(found, "And if Democrats refuse") == "Maria Delacroix"
    assert speaker_of(found, "Then we go home") == "Hal Brandvold"


def test_a_bare_statement_after_the_answer_goes_on_as_the_guests() -> None:
    found = quotes(OPENING, ASKED, ANSWERED, "“We were handed a lemon.”")
    assert speaker_of(found, "We were handed a lemon") == "Hal Brandvold"


def test_a_speakers_own_questions_go_on_as_theirs() -> None:
    found = quotes(
        OPENING,
        "“Who wrote this bill?” Brandvold asked the crowd.",
        "“Who pays for it?”",
    )
    assert speaker_of(found, "Who pays for it") == "Hal Brandvold"
