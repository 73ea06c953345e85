"""Two people of one gender as a sentence's joint subject (round 25): a "he" or "she" after it
may mean either, so the quote keeps no speaker; sentences written for the rule."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

BEFORE = (
    "Mayor Linda Carver proposed the budget in March. “It keeps the city safe,” Carver said.",
    "Councilwoman Denise Okafor led the opposition. She said the plan was “bad for schools.”",
)


@pytest.mark.parametrize(
    "pair",
    [
        "Okafor and Carver were once allies.",
        "Carver and Okafor have known each other for years.",
        "Councilwoman Denise Okafor, who represents the east side, and Mayor Linda Carver,"
        " a former prosecutor, met on Monday.",
    ],
)
def test_a_she_after_two_women_as_one_subject_is_no_ones(pair: str) -> None:
    *_, q = quotes(*BEFORE, f"{pair} She said the talks were “strained, but not broken.”")
    assert q.text == "strained, but not broken"
    assert q.speaker is None  # without the rule: the more salient of the two


def test_two_men_joined_by_commas_and_asides() -> None:
    *_, q = quotes(
        "Senate Democrats blocked the bill on Thursday.",
        "Rep. Thomas Albright, R-Ohio, chairman of the House Appropriations Committee, and Sen."
        " Kevin Doyle, D-Mont., have been trading drafts for weeks. He said Thursday that the"
        " Senate bill was “dead on arrival” in the House.",
    )
    assert q.speaker is None


def test_the_pronoun_of_one_of_them_only_goes_to_that_one() -> None:
    *_, q = quotes(
        *BEFORE,
        "Okafor and Councilman Gregory Pham were once allies. He said the split was “about"
        " policy, not people.”",
    )
    assert q.speaker == "Gregory Pham"  # the other one is a woman


def test_one_subject_named_alone_still_resolves() -> None:
    *_, q = quotes(*BEFORE, "Okafor was once an ally. She said it was “strained, but not broken.”")
    assert q.speaker == "Denise Okafor"


def test_a_description_and_a_name_as_one_subject() -> None:
    *_, q = quotes(
        "The family demanded that Sheriff Paul Garrity release the video. Garrity said in a"
        " statement that it would be released “once the review is complete.”",
        "State Rep. Alan Whitmore said he would file a bill. The sheriff and Whitmore have clashed"
        " before. He said Monday that the bill was “long overdue.”",
    )
    assert q.text == "long overdue"
    assert q.speaker is None  # the sheriff or Whitmore


@pytest.mark.parametrize(
    "pair", ["The two women have known each other for decades.", "Both women declined to talk."]
)
def test_two_women_described_as_one_subject_leave_the_she_no_ones(pair: str) -> None:
    *_, q = quotes(*BEFORE, f"{pair} Now, she said, “it feels like I don't know her at all.”")
    assert q.speaker is None  # without the rule: the more salient of the two


def test_two_women_do_not_stop_a_he() -> None:
    *_, q = quotes(
        *BEFORE,
        "Police Chief Raymond Ellis sat in the front row. The two women never looked at him. He"
        " said later that he was “not going to speculate.”",
    )
    assert q.speaker == "Raymond Ellis"
