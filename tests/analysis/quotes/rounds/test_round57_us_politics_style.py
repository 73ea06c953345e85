"""Round 57 attrAU: US political news (a profile's family, a newsletter's quote of the day, a TV
interview's answers)."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_pronoun_after_a_described_subject_is_not_the_one_quoted_a_paragraph_before() -> None:
    # the sentence before the quotation is about "the former governor", whom the article never
    # ties to a name by that role: the "he" is his, not the brother's quoted in the paragraph before
    speaker = speaker_in(
        "Her father, Tom Garrity, held the same office two decades earlier.",
        "Her brother, Michael Garrity, a high school teacher in Kalamazoo, said the family had"
        " learned to live with politics. “Dinner at our house was always a debate,” he said.",
        "As the campaign enters its final weeks, the former governor has been making calls from"
        " his kitchen in East Lansing. “I tell them she’s honest,” he said.",
        piece="I tell them she’s honest",
    )
    assert speaker is None


def test_a_pronoun_after_a_described_subject_is_the_one_given_that_office() -> None:
    # "former Gov. Tom Garrity" is the one "the former governor" means, so the "he" is his
    speaker = speaker_in(
        "Her father, former Gov. Tom Garrity, drove her home that night.",
        "Her brother, Michael Garrity, a high school teacher in Kalamazoo, said the family had"
        " learned to live with politics. “Dinner at our house was always a debate,” he said.",
        "As the campaign enters its final weeks, the former governor has been making calls from"
        " his kitchen in East Lansing. “I tell them she’s honest,” he said.",
        piece="I tell them she’s honest",
    )
    assert speaker == "Tom Garrity"


def test_a_pronoun_after_a_description_of_the_one_named_before_stays_theirs() -> None:
    # "The senator" is Sen. Mark Delaney himself: the "he" after it is still his
    speaker = speaker_in(
        "Sen. Mark Delaney (D-Pa.) said that violent crime had been “cut almost in half.”",
        "The senator has repeated the figure at least four times. “It is twice as safe as it was"
        " three years ago,” he told donors in Erie.",
        piece="twice as safe",
    )
    assert speaker == "Mark Delaney"


def test_a_quotation_after_a_rubric_in_capitals_is_the_one_signed_after_the_dash() -> None:
    # a newsletter's "QUOTE OF THE DAY:" is a heading, not a frame: the signature after the
    # dash names the speaker, as it does for a quotation standing alone
    speaker = speaker_in(
        "QUOTE OF THE DAY: “If you want a friend in this town, get a dog.” — Rep. Nancy Ferrante"
        " (D-Calif.), on the House floor, about a colleague who leaked her remarks.",
        piece="get a dog",
    )
    assert speaker == "Nancy Ferrante"


def test_a_quotation_after_a_frame_and_colon_keeps_its_frame() -> None:
    # "Pell said:" is a frame, not a rubric: the words are Pell's whatever the dash adds
    speaker = speaker_in(
        "Rep. Howard Pell said: “We will be back here in six months.” — a promise he has made"
        " before.",
        piece="six months",
    )
    assert speaker == "Howard Pell"


def test_a_state_and_party_description_is_the_one_written_with_that_label() -> None:
    # "the Arizona Republican" is "Rep. Dana Whitlock (R-Ariz.)", not the host who asked last
    passage = (
        "Rep. Dana Whitlock (R-Ariz.) told Fox News the border numbers were “a choice, not a"
        " crisis.”",
        "Host Maria Bartiromo pressed Whitlock on whether Republicans would move to impeach him."
        " “Is that on the table?” Bartiromo asked.",
        "“Everything is on the table,” the Arizona Republican replied.",
    )
    assert speaker_in(*passage, piece="Everything is on the table") == "Dana Whitlock"


def test_a_state_and_party_description_no_one_fits_is_no_one() -> None:
    # no one is written as a Texas Republican: not the host, not the Arizona congresswoman
    passage = (
        "Rep. Dana Whitlock (R-Ariz.) told Fox News the border numbers were “a choice, not a"
        " crisis.”",
        "Host Maria Bartiromo pressed Whitlock on whether Republicans would move to impeach him."
        " “Is that on the table?” Bartiromo asked.",
        "“Everything is on the table,” the Texas Republican replied.",
    )
    assert speaker_in(*passage, piece="Everything is on the table") is None


def test_a_job_and_a_full_name_before_of_a_university_is_the_person() -> None:
    # "Criminologist Rachel Stern of Temple University" is a person with her job and her school,
    # not one body named with "of" ("the Fraternal Order of Police")
    speaker = speaker_in(
        "Violent crime fell by about a sixth between 2021 and 2023.",
        "Criminologist Rachel Stern of Temple University said the drop was “genuinely"
        " encouraging” but warned against politicians claiming credit for it.",
        piece="genuinely encouraging",
    )
    assert speaker == "Rachel Stern"
