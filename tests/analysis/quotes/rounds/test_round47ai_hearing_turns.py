"""Round 47ai: at a hearing, a bare quotation after a question and its answer in paragraphs of
their own, with the answerer named again in the paragraph after it, is not the answerer's
continued: either may have said it, so it goes to no one. A bare paragraph with no one named again
after it goes on as the answerer's words."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

QUESTION = (
    "Rep. Lorraine Baxter (R-Ariz.), the committee's chairwoman, opened by holding up a chart."
    " “Mr. Secretary, is this number correct or not?” she asked."
)
ANSWER = "“It's correct, but it's incomplete,” Whitcomb said."


def test_a_bare_line_between_two_answers_is_no_ones() -> None:
    speaker = speaker_in(
        "Homeland Security Secretary Alan Whitcomb clashed with House Republicans on Wednesday.",
        QUESTION,
        ANSWER,
        "“It's a yes or no question.”",
        "“Then yes,” Whitcomb said, “and I'd be happy to explain the rest.”",
        piece="yes or no",
    )
    assert speaker is None


def test_a_bare_line_after_the_answer_alone_goes_on_as_the_answer() -> None:
    speaker = speaker_in(
        "Homeland Security Secretary Alan Whitcomb clashed with House Republicans on Wednesday.",
        QUESTION,
        ANSWER,
        "“The rest of the number is in the footnotes.”",
        "The hearing went on for three hours.",
        piece="footnotes",
    )
    assert speaker == "Alan Whitcomb"


def test_a_bare_question_after_the_answer_is_the_askers_again() -> None:
    """attrAI's rule left this to no one; attrAJ's turns (merged with it) give a bare question
    after an answer to the one who asked before, as the article's label does."""
    speaker = speaker_in(
        "The government's lawyer, Peter Hume, had barely begun when the judge interrupted him."
        " “Where in the statute does it say the president can do this?” Judge Margaret Lindley"
        " asked.",
        "Hume pointed to a provision on emergencies. “The emergency is the authority,” he said.",
        "“Then what is Congress for?”",
        "Hume paused. “Congress is for many things, Your Honor,” he said.",
        piece="Congress for",
    )
    assert speaker == "Margaret Lindley"
