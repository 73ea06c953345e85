"""Round 53 attrAP: wire copy from Congress, courts and statehouses, and profiles following one
person by pronoun and description ("he likes to say", "the 71-year-old", "her father")."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_saying_reported_as_a_habit_is_the_subjects() -> None:
    # "likes to say" reports what he says again and again: his words, as "he said" would be
    speaker = speaker_in(
        "Raymond Trask won his first race by 41 votes. “I didn’t win that race,” he likes to say."
        " “I outlasted it.”",
        piece="I didn’t win",
    )
    assert speaker == "Raymond Trask"
    used = speaker_in(
        "Walter Pruitt spoke last. “I was right,” he used to say.", piece="I was right"
    )
    assert used == "Walter Pruitt"
    # a wish is no saying: "wants to say" gives no one
    wants = speaker_in("Walter Pruitt spoke last. “I was right,” he wants to say.", piece="I was")
    assert wants is None


_JUSTICES = (
    "Justice Miriam Ostrowski, 71, joined the court in 2012. She rarely speaks in public.",
    "“I never once saw her raise her voice,” said Lena Park, who clerked for Ostrowski.",
)


def test_a_pronoun_after_a_person_described_by_age_is_the_one_of_that_age() -> None:
    # "the 71-year-old" is the paragraph's only person: the "she" after it is the justice the
    # article gave that age, not the clerk quoted in the paragraph before
    speaker = speaker_in(
        *_JUSTICES,
        "The court will hear three cases, and the 71-year-old is expected to decide all of them."
        " “I’m not the swing anything,” she told the audience.",
        piece="swing anything",
    )
    assert speaker == "Miriam Ostrowski"
    # two people of that age: either, so the pronoun is read as before
    both = speaker_in(
        "Justice Miriam Ostrowski, 71, and Justice Carla Benning, 71, joined the court in 2012.",
        "“I never once saw her raise her voice,” said Lena Park, a former clerk.",
        "The court will hear three cases, and the 71-year-old is expected to decide all of them."
        " “I’m not the swing anything,” she told the audience.",
        piece="swing anything",
    )
    assert both != "Miriam Ostrowski"


def test_words_she_says_her_father_taught_her_are_his() -> None:
    # a lesson reported as taught is the teacher's words: her father's, named nowhere, so no one
    unnamed = speaker_in(
        "Renata Gaines grew up in Gary. In a 2011 speech, she said her father had taught her that"
        " “a job is a promise, and somebody has to keep it.”",
        piece="a job is a promise",
    )
    assert unnamed is None
    # the father the article names
    named = speaker_in(
        "Renata Gaines grew up in Gary. Her father, Luther Gaines, was a steelworker. In a 2011"
        " speech, she said her father had taught her that “a job is a promise.”",
        piece="a job is a promise",
    )
    assert named == "Luther Gaines"
    # a teller written "she" tells a named person's words as a name's teller does
    told = speaker_in(
        "Renata Gaines grew up in Gary. In a 2011 speech, she said Tom Marsh had told her that"
        " “a job is a promise.”",
        piece="a job is a promise",
    )
    assert told == "Tom Marsh"
    # her own words after the lesson stay hers
    own = speaker_in(
        "Renata Gaines grew up in Gary. She said her father had taught her to work. “A job is a"
        " promise,” she said.",
        piece="A job is a promise",
    )
    assert own == "Renata Gaines"


_TREASURER = "Gov. Lucia Bermudez, 62, rarely speaks about it. Bermudez has her own history."


def test_a_she_repeating_the_opening_she_past_a_fronted_phrase_is_not_the_object_between() -> None:
    # "As treasurer, she fell out with … Dale Rooker, and … she wrote": the second "she" is the
    # first's, the governor; not Rooker, whose given name is of either sex
    fronted = speaker_in(
        _TREASURER + " As treasurer, she fell out with then-Gov. Dale Rooker, and in her memoir"
        " she wrote that she had learned “never to confuse an ally with a friend.”",
        piece="never to confuse",
    )
    assert fronted == "Lucia Bermudez"
    # a title's full stop ("then-Gov. Dale Rooker") ends no sentence
    titled = speaker_in(
        _TREASURER + " She fell out with then-Gov. Dale Rooker, and in her memoir she wrote that"
        " she had learned “never to confuse an ally with a friend.”",
        piece="never to confuse",
    )
    assert titled == "Lucia Bermudez"


def test_the_then_governor_is_the_one_who_was_governor() -> None:
    # "the then-governor" is a description of one person, the governor at the time: not the
    # senator written as the paragraph's subject
    speaker = speaker_in(
        "Sen. Howard Bell met Gov. Ann Lee in 2004 and spoke first.",
        "Bell praised the bill. At the signing, the then-governor told reporters that “this bill"
        " is a good day for roads.”",
        piece="a good day for roads",
    )
    assert speaker == "Ann Lee"
    profile = speaker_in(
        "Now 68, former Gov. Raymond Trask is running for the Senate against Sen. Howard Bell.",
        "Trask says he admires Bell. In a 2004 speech, the then-governor told business leaders"
        " that “a state that stops investing in its roads has decided to stop going anywhere.”",
        piece="stops investing",
    )
    assert profile == "Raymond Trask"


def test_a_pronoun_after_an_age_two_women_may_have_is_no_ones() -> None:
    # no one is given 71 beside a name: the justice or the clerk quoted before may be "the
    # 71-year-old", so the "she" after it is left to no one rather than to the clerk
    speaker = speaker_in(
        "Justice Miriam Ostrowski joined the court in 2012. A decade later, the 71-year-old"
        " justice is the most powerful woman in American law.",
        "“I never once saw her raise her voice,” said Lena Park, who clerked for Ostrowski.",
        "The court will hear three cases, and the 71-year-old is expected to decide all of them."
        " “I’m not the swing anything,” she told the audience.",
        piece="swing anything",
    )
    assert speaker is None
    # the rival quoted last is given 54: he is no "68-year-old", so no one (not a guess)
    alone = speaker_in(
        "In 1987, Raymond Trask won by 41 votes. His opponent now is Sen. Howard Bell, 54."
        " “It’s a choice,” Bell said.",
        "The 68-year-old has also had to answer for a budget deal. “It was the worst decision I"
        " ever made,” he said.",
        piece="worst decision",
    )
    assert alone is None
