"""Round 48 namesB: names with middle initials and generational suffixes ("Lamar T. Greene Jr.")
keep both wherever a speaker is shown, two people of one name told apart only by "Jr." and "Sr."
are never one person, and "the governor" goes only to someone whose written role fits."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from tests.analysis.quotes.passages import speaker_in

_FIRST_LADY = (
    "Her husband, Gov. Ronald E. Bell Jr., and the state's health secretary, Dr. Anita Kapoor,"
    " joined her on the visit. “The money is there,” Kapoor said.",
    "The governor, who took office in 2022, said in a statement that she had “fought for it when"
    " nobody else would.”",
)


def test_the_governor_is_the_one_written_gov_before_a_suffixed_name() -> None:
    # the role before "Ronald E. Bell Jr.," is read although a comma follows the suffix's stop
    speaker = speaker_in(*_FIRST_LADY, piece="fought for it")
    assert speaker == "Ronald E. Bell Jr."


_NO_OFFICE_FOR_HIM = (
    "Her husband, Ronald Bell, and the state's health secretary, Dr. Anita Kapoor, joined her on"
    " the visit. “The money is there,” Kapoor said.",
)


def test_the_governor_is_not_the_health_secretary_opening_a_sentence() -> None:
    # "the state's health secretary, Dr. Anita Kapoor," gives her another office
    speaker = speaker_in(
        *_NO_OFFICE_FOR_HIM,
        "The governor, who took office in 2022, said in a statement that she had “fought for it"
        " when nobody else would.”",
        piece="fought for it",
    )
    assert speaker is None


def test_the_governor_said_is_not_the_health_secretary() -> None:
    speaker = speaker_in(
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
    speaker = speaker_in(
        "Gov. Ronald Bell toured the school. He will run again next year, Anita Kapoor said.",
        "“He fought for it when nobody else would,” the governor said.",
        piece="fought for it",
    )
    assert speaker == "Ronald Bell"


def test_a_middle_initial_keeps_its_full_stop() -> None:
    speaker = speaker_in(
        "The board's chairman, Raymond T. Pugh, backs the project. “Every one of these buildings"
        " pays for a school,” Pugh said.",
        piece="pays for a school",
    )
    assert speaker == "Raymond T. Pugh"


def test_a_suffix_is_part_of_the_name_shown() -> None:
    speaker = speaker_in(
        "Walter H. Hollis Jr. is 72 and has been farming since he was 9. “I've given this land my"
        " whole life,” Hollis said.",
        piece="given this land",
    )
    assert speaker == "Walter H. Hollis Jr."


_SON = (
    "Sheriff Lamar T. Greene Jr. grew up four miles from the jail. “I made a promise I couldn't"
    " keep,” Greene said."
)
_FATHER = (
    "Greene's father, Lamar T. Greene Sr., is 81 now. “I told him that building would break his"
    " heart,” the elder Greene said."
)


def test_father_and_son_of_one_name_are_two_people() -> None:
    found = extract_quotes(ArticleText(None, (_SON, _FATHER)))
    assert [q.speaker for q in found] == ["Lamar T. Greene Jr.", "Lamar T. Greene Sr."]


def test_a_bare_surname_after_father_and_son_is_no_one() -> None:
    speaker = speaker_in(
        _SON,
        _FATHER,
        "The jail's oldest wing is still open. “We will close it,” Greene said on Tuesday.",
        piece="We will close it",
    )
    assert speaker is None


def test_a_bare_surname_in_the_fathers_paragraph_is_the_father() -> None:
    speaker = speaker_in(
        _SON,
        "His father, Lamar T. Greene Sr., was a deputy for 27 years. “It was a hard job,” Greene"
        " said.",
        piece="hard job",
    )
    assert speaker == "Lamar T. Greene Sr."


def test_a_name_written_with_and_without_a_suffix_is_as_before() -> None:
    # "Donald Trump" beside "Donald Trump Jr.": the bare name is shown, as written
    speaker = speaker_in(
        "Donald Trump Jr. spoke first. Then Donald Trump took the stage. “We will win,” Trump"
        " said.",
        piece="We will win",
    )
    assert speaker == "Donald Trump"


def test_a_bare_surname_is_the_one_quoted_when_the_other_is_only_named() -> None:
    # "his father, Brent Bozell, Jr." is only named; "Bozell says" goes on meaning the son
    found = extract_quotes(
        ArticleText(
            None,
            (
                "“Yes, I support Ted Cruz,” Brent Bozell III, founder of the Media Research"
                " Center, said in an interview.",
                "Bozell has direct ties to the movement. His father, Brent Bozell, Jr. was the"
                " ghost writer of a 1960 classic.",
                "“The establishment is afraid,” Bozell says.",
            ),
        )
    )
    assert [q.speaker for q in found] == ["Brent Bozell III", "Brent Bozell III"]


def test_initials_keep_no_stop_the_text_never_writes() -> None:
    # BBC style: "George W Bush" stays as written
    speaker = speaker_in(
        "Former president George W Bush spoke in Dallas. “We must stay the course,” Mr Bush said.",
        piece="stay the course",
    )
    assert speaker == "George W Bush"
