"""Round 47: a person named in what a pronoun's own sentence reports is spoken of, not speaking
("Choosing between Clinton and Sanders is a “false choice,” she said"): that name does not make
the "she" unclear between them and the woman of the paragraph before, whose given name tells no
gender."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_woman_named_in_the_reported_words_is_not_the_speaker() -> None:
    found = quotes(
        "The senator said he would vote for Margaret Hollis in the fall.",
        "Zarine Orrecki, a teacher from Fresno, says she has no plans to back Hollis.",
        "Picking between Hollis and the senator is “no choice at all,” she said.",
    )
    assert found[0].speaker == "Zarine Orrecki"


def test_a_woman_named_in_the_sentence_before_still_leaves_it_open() -> None:
    found = quotes(
        "The senator said he would vote for Margaret Hollis in the fall.",
        "Zarine Orrecki, a teacher from Fresno, says she has no plans to back Hollis.",
        "The crowd booed when Hollis took the stage. “It is no choice at all,” she said.",
    )
    assert found[0].speaker is None


def test_a_man_named_after_the_pronoun_in_its_sentence_is_not_the_speaker() -> None:
    found = quotes(
        "Senator Gordon Pryor spoke in Dayton on Monday.",
        "Ekow Osei, 66, runs a bakery in Dayton. “People are afraid,” Osei said.",
        "He says Pryor's speeches about immigrants bear some of the blame. “They have made it "
        "worse,” he told the paper.",
    )
    assert [q.speaker for q in found] == ["Ekow Osei", "Ekow Osei"]


def test_a_phrase_of_the_man_named_after_the_pronoun_stays_no_ones() -> None:
    found = quotes(
        "Senator Gordon Pryor spoke in Dayton on Monday.",
        "Ekow Osei, 66, runs a bakery in Dayton. “People are afraid,” Osei said.",
        "Maybe the clue is what he said last year about Pryor's phrase “orderly departure.”",
    )
    assert found[-1].speaker is None
