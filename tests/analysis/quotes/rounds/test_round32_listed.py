"""Round 32 of attribution: quotations listed before one reporting clause, joined by commas, "and"
or "or" alone ("The offer was “insulting” and “out of touch …,” Denise Olafsen told members"), are
all the words of the clause's speaker; a word of the reporter's between them ends the list."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_the_first_of_two_quotations_joined_by_and_is_the_clauses_speakers() -> None:
    # not the object of the clause's verb ("told reporters"), read as the speaker before
    assert speakers_in(
        "Nurses voted on Thursday to reject the hospital’s offer.",
        "The offer was “insulting” and “out of touch with the floor,” Denise Olafsen, the"
        " union’s president, told reporters.",
    ) == ["Denise Olafsen", "Denise Olafsen"]


def test_a_list_of_three_quotations_goes_to_the_clauses_speaker() -> None:
    assert speakers_in(
        "The Rivermen lost on Saturday after a disputed foul.",
        "The call was “a joke,” “a disgrace” and “the worst I have seen in 30 years,” Dwayne"
        " Pettis, the Rivermen’s coach, said after the game.",
    ) == ["Dwayne Pettis", "Dwayne Pettis", "Dwayne Pettis"]


def test_a_reporters_word_between_quotations_ends_the_list() -> None:
    from briefings.analysis.quotes.clauses.frames.paired import listed_with

    toks = ["\ue000", "\ue100", "\ue001", "though", "\ue000", "\ue101", "\ue001", ",", "Fox"]
    assert listed_with(toks, 1, {1: "Fox"}) is None
    joined = ["\ue000", "\ue100", "\ue001", "and", "\ue000", "\ue101", "\ue001", ",", "Fox"]
    assert listed_with(joined, 1, {1: "Fox"}) == "Fox"
