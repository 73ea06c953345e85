"""Round 60: 2016 US election coverage in TV, wire, regional and newsletter styles (issue 15):
"according to a transcript" only gives the words of the named person whose speech verb follows; a
show's title after its network is no one's words; an unnamed person who told a teller the words
speaks them; "the campaign of X" is a body; the one an unnamed moderator asked answers; a
"-woman" job gives a gender; "“…?” Renwick: “…”" opens a turn; "X’s words, that …" are X's."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_transcript_gives_the_words_of_the_named_speaker_after_it() -> None:
    assert speakers_in(
        "According to a transcript of a private call with donors obtained by the AP, new chief"
        " executive Warren Stiles told donors that the campaign would “let Dale be Dale.”",
        "According to a transcript of the call, the agreement was “dead on arrival.”",
    ) == ["Warren Stiles", None]


def test_a_shows_title_after_its_network_is_no_ones_words() -> None:
    assert speakers_in(
        "Dale Hargrove, in a telephone interview with ABC’s “This Week,” called Tillman “a nasty guy.”",
        "Sen. Ray Ortiz, speaking on CNN’s “State of the Union,” said Tillman was “finished.”",
    ) == ["Dale Hargrove", "Ray Ortiz"]


def test_words_an_unnamed_person_told_the_teller_are_not_the_tellers() -> None:
    assert speakers_in(
        "Our colleague Kate Ruggles, in the spin room, says a senior Hargrove adviser told her:"
        " “He won the night.”",
        "Kate Ruggles said a poll told her: “He won the night.”",
    ) == [None, "Kate Ruggles"]


def test_the_campaign_of_a_person_is_a_body_not_the_person() -> None:
    assert speakers_in(
        "The campaign of Sen. Tomas Quiroga said Hargrove “lost the room.”",
        "Sen. Tomas Quiroga said Hargrove was “rattled.”",
    ) == ["Quiroga campaign", "Tomas Quiroga"]


def test_the_answer_after_someone_unnamed_asked_a_named_person_is_theirs() -> None:
    assert speakers_in(
        "Sen. Mark Ellery spoke at the debate.",
        "At the debate, the moderator asked Ellery whether he had ever supported a path to"
        " citizenship. He said he had “learned from” the 2013 fight.",
        "The moderator thanked the audience. He said, “Please hold your applause.”",
    ) == ["Mark Ellery", None]


def test_a_woman_s_job_before_a_given_name_gives_her_gender() -> None:
    assert speakers_in(
        "Campaign manager Kelly Ann Rourke said in an email: “Women are going to vote for us.”",
        "County Democratic chairwoman Marian Olsen said registration was up sharply. “We’re"
        " seeing people we’ve never seen before,” she said.",
    ) == ["Kelly Ann Rourke", "Marian Olsen"]


def test_a_name_and_colon_after_a_question_opens_a_new_turn() -> None:
    assert speakers_in(
        "Sen. Tomas Quiroga and Gov. Paul Renwick met on stage in Virginia.",
        "9:15 p.m.: Quiroga turns to Renwick: “How can you defend that?” Renwick: “Senator, you"
        " whipped out that Mexican thing again.”",
    ) == ["Tomas Quiroga", "Paul Renwick"]


def test_a_persons_words_set_off_by_a_comma_before_that_are_theirs() -> None:
    assert speakers_in(
        "Dale Hargrove sat down with Jake Tapper on Sunday.",
        "Host Jake Tapper read back Hargrove’s own words, that the judge had “an inherent"
        " conflict of interest” because of his heritage.",
    ) == ["Dale Hargrove"]
