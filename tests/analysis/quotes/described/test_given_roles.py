"""A description the article writes as someone's role (round 27, conservative web style): "the
Republican nominee" after "Republican nominee Donald Trump" is Trump, not the man named last."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

OPENING = (
    "Donald Trump Jr. blasted Hillary Clinton on Friday.",
    "The comment drew swift condemnation from Republican nominee Donald Trump.",
)


def speaker(*paragraphs: str) -> str | None:
    return extract_quotes(ArticleText(None, paragraphs))[-1].speaker


def test_the_description_as_speaker_is_the_person_given_that_role() -> None:
    assert speaker(*OPENING, "“It will cost her,” the Republican nominee wrote.") == "Donald Trump"


def test_a_he_after_the_description_as_subject_is_the_person_given_that_role() -> None:
    assert (
        speaker(
            *OPENING,
            "The GOP nominee himself responded on Twitter Saturday morning.",
            "“It will cost her at the polls!” he wrote.",
        )
        == "Donald Trump"
    )


def test_a_former_vice_president_is_not_the_former_president() -> None:
    assert (
        speaker(
            "Former Vice President Joe Biden campaigned in Scranton on Monday.",
            "Former President Bill Clinton spoke in Erie.",
            "Biden drew a large crowd.",
            "“We will win this state,” the former president said.",
        )
        == "Bill Clinton"
    )


def test_a_role_written_beside_a_relative_is_not_the_persons() -> None:
    assert (
        speaker(
            "First lady Melania Trump fired back on Thursday at a comedian who mocked her son.",
            "President Trump also weighed in.",
            "Kyle Dennison, the comedian, apologized on Friday.",
            "“It was disgraceful,” the president told reporters.",
        )
        != "Melania Trump"
    )


def test_a_one_word_description_that_is_no_office_is_not_read_from_a_role() -> None:
    assert (
        speaker(
            "Fox News host Tucker Carlson clashed with a Democratic strategist on Tuesday.",
            "“We accept the results,” said Richard Fowler, a Democratic strategist and radio host.",
            "Carlson wasn’t having it.",
            "“That’s a dodge, and you know it,” the host shot back.",
        )
        != "Richard Fowler"
    )


def test_an_elected_office_alone_is_read_from_a_role() -> None:
    assert (
        speaker(
            "President-elect Donald Trump’s transition was thrown into disarray after New Jersey"
            " Gov. Chris Christie was removed as its leader.",
            "The shake-up followed weeks of tension between Christie and Jared Kushner, whose"
            " father Charles Kushner was prosecuted by Christie in 2004.",
            "The governor said little in public. “I’m proud of the work we did,” he said.",
        )
        == "Chris Christie"
    )
