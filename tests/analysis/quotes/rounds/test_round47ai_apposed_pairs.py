"""Round 47ai: two people introduced by a noun phrase and a name between commas ("His sister,
Margaret Dean, and her husband, Carl, live …") are the sentence's two subjects, so a "she" after
them is the woman; a verb of two in the present ("live", "own") joins them as well."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in

OPENING = "Walter Hollis is 72. “I've given this land my whole life,” Hollis said."


def test_a_she_after_a_sister_and_her_husband_is_the_sister() -> None:
    speaker = speaker_in(
        OPENING,
        "His sister, Margaret Dean, and her husband, Carl, live in the farmhouse across the road."
        " “Daddy would roll over in his grave,” she said.",
        piece="Daddy",
    )
    assert speaker == "Margaret Dean"


def test_a_she_after_a_man_and_a_woman_named_by_their_jobs_is_the_woman() -> None:
    speaker = speaker_in(
        "The talks stalled again in May. “We are not close,” said Ross Pike, a mediator.",
        "The opposition's lead negotiator, Gerardo Lander, and Colombia's foreign minister,"
        " Lucía Montoya, met in Bogotá on Monday. Afterward, she said Colombia was ready."
        " “Our door is open,” she said.",
        piece="door is open",
    )
    assert speaker == "Lucía Montoya"


def test_a_he_after_a_woman_and_a_man_who_own_a_diner_is_the_man() -> None:
    speaker = speaker_in(
        OPENING,
        "Deborah Kline and Frank Kline own a diner on Main Street."
        " “I've seen a lot of promises,” he said.",
        piece="promises",
    )
    assert speaker == "Frank Kline"


def test_a_she_after_two_women_so_introduced_is_no_one() -> None:
    speaker = speaker_in(
        OPENING,
        "His sister, Margaret Dean, and her daughter, Carla, live in the farmhouse across the road."
        " “Daddy would roll over in his grave,” she said.",
        piece="Daddy",
    )
    assert speaker is None


def test_a_he_after_a_wife_with_a_job_and_a_husband_with_an_age_is_the_husband() -> None:
    speaker = speaker_in(
        OPENING,
        "Janet Kowalski, 64, a retired nurse from Canonsburg, and her husband, Ed, 67, who worked"
        " at the plant for 30 years, came to hear both candidates. He is leaning toward Dunmore."
        " “At least he knows what a power plant is,” he said.",
        piece="power plant",
    )
    assert speaker == "Ed"
