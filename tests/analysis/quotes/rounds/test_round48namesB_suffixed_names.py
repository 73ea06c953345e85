"""Round 48 namesB: names with middle initials and generational suffixes ("Lamar T. Greene Jr.")
keep both wherever a speaker is shown, two people of one name told apart only by "Jr." and "Sr."
are never one person, and "the governor" goes only to someone whose written role fits."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


_FIRST_LADY = (
    "Her husband, Gov. Ronald E. Bell Jr., and the state's health secretary, Dr. Anita Kapoor,"
    " joined her on the visit. “The money is there,” Kapoor said.",
    "The governor, who took office in 2022, said in a statement that she had “fought for it when"
    " nobody else would.”",
)


def test_the_governor_is_the_one_written_gov_before_a_suffixed_name() -> None:
    # the role before "Ronald E. Bell Jr.," is read although a comma follows the suffix's stop
    speaker = _speaker(*_FIRST_LADY, piece="fought for it")
    assert speaker == "Ronald E. Bell Jr."


_NO_OFFICE_FOR_HIM = (
    "Her husband, Ronald Bell, and the state's health secretary, Dr. Anita Kapoor, joined her on"
    " the visit. “The money is there,” Kapoor said.",
)


def test_the_governor_is_not_the_health_secretary_opening_a_sentence() -> None:
    # "the state's health secretary, Dr. Anita Kapoor," gives her another office
    speaker = _speaker(
        *_NO_OFFICE_FOR_HIM,
        "The governor, who took office in 2022, said in a statement that she had “fought for it"
        " when nobody else would.”",
        piece="fought for it",
    )
    assert speaker is None


def test_the_governor_said_is_not_the_health_secretary() -> None:
    speaker = _speaker(
        *_NO_OFFICE_FOR_HIM,
        "“She fought for it when nobody else would,” the governor said in a statement.",
        piece="fought for it",
    )
    assert speaker is None


def test_the_health_secretary_is_shown_with_her_role() -> None:
    found = extract_quotes(ArticleText(None, _NO_OFFICE_FOR_HIM))
    assert [(q.speaker, q.speaker_role) for q in found] == [("Anita Kapoor", "health secretary")]


def test_a_comma_before_the_name_and_a_verb_after_it_is_no_apposition() -> None:
    # "… the governor, Anita Kapoor said." gives Kapoor no office: the governor is Bell
    speaker = _speaker(
        "Gov. Ronald Bell toured the school. He will run again next year, Anita Kapoor said.",
        "“He fought for it when nobody else would,” the governor said.",
        piece="fought for it",
    )
    assert speaker == "Ronald Bell"
