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


_HARGROVES = (
    "COLUMBUS, Ga. — Former governor Walt Hargrove, 79, still gets stopped at the Piggly Wiggly."
    " His son, state Sen. Ben Hargrove, is hoping that goodwill carries him to Congress.",
    "“People know the name,” the younger Hargrove said in an interview at his campaign office.",
)


def test_a_pronoun_after_the_elder_of_a_surname_set_before_an_aside_is_the_father() -> None:
    # "The elder Hargrove, a Democrat …, has stayed": the father, though the son spoke last
    speaker = speaker_in(
        *_HARGROVES,
        "The elder Hargrove, a Democrat who served two terms in the 1990s, has stayed largely out"
        " of the race. But he has not stayed silent. “I told him not to run,” he said.",
        piece="I told him not to run",
    )
    assert speaker == "Walt Hargrove"


def test_a_pronoun_after_the_younger_of_a_surname_after_an_opening_phrase_is_the_son() -> None:
    # "Asked about that line, the younger Hargrove shrugged": the son, not the rival who spoke
    # last nor the father named last
    speaker = speaker_in(
        *_HARGROVES,
        "Walt Hargrove has stayed out of the race. “I told him not to run,” he said.",
        "“This isn’t a monarchy,” Marcus Dill said at a Rotary Club lunch last week.",
        "Asked about that line, the younger Hargrove shrugged. “He’s right,” he said.",
        piece="He’s right",
    )
    assert speaker == "Ben Hargrove"


def test_a_name_set_beside_a_relative_before_a_long_relative_aside_is_the_subject() -> None:
    # "Ben’s sister, Carol Hargrove Pike, a Republican who works …, has not donated": the "she"
    # after it is hers, not the mother's quoted a paragraph before
    speaker = speaker_in(
        *_HARGROVES,
        "His wife, Linda Hargrove, was more diplomatic. “Walt would tell you he’s neutral,” she"
        " said.",
        "Ben’s sister, Carol Hargrove Pike, a Republican who works as a lobbyist in Atlanta, has"
        " not donated to his campaign. Reached by phone, she declined to say whom she would vote"
        " for. “That’s between me and the ballot,” she said.",
        piece="between me and the ballot",
    )
    assert speaker == "Carol Hargrove Pike"


def test_the_younger_of_a_surname_after_a_quotations_comma_keeps_its_speech_verbs_reading() -> None:
    # "“…,” the younger Bush said": the speech verb's subject, read as before; the "he" after it
    # is still the son's, not the father's
    speaker = speaker_in(
        "George P. Bush, the Texas land commissioner and son of former Florida Gov. Jeb Bush, said"
        " Saturday that he will support the nominee.",
        "“From Bush 41 to Bush 45, that's how I'm hoping this will go,” the younger Bush said at"
        " a party meeting.",
        "“You hold your nose and you get behind the nominee,” he added.",
        piece="You hold your nose",
    )
    assert speaker in (None, "George P. Bush")  # (no one today: the son is not reached)


def test_the_democrat_before_a_participle_of_speech_is_the_one_democrat() -> None:
    # "…, the Democrat doubled down, calling Hensley’s stunt “…”": the description, so the one
    # Democrat named (D-N.Y.), not a person named "Democrat" (no one)
    speaker = speaker_in(
        "Rep. Jasmine Carter (D-N.Y.) lashed out on social media Wednesday after a Republican"
        " colleague mocked her bill.",
        "Rep. Troy Hensley (R-Ga.) held up a poster of a windmill and asked whether Carter planned"
        " to “power the Pentagon with good intentions.”",
        "Carter’s office did not respond to a request for comment. But in an appearance on MSNBC on"
        " Wednesday night, the Democrat doubled down, calling Hensley’s stunt “embarrassing for the"
        " institution.”",
        piece="embarrassing for the institution",
    )
    assert speaker == "Jasmine Carter"
