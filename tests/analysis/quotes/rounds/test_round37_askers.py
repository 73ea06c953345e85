"""Attribution round 37: the answer after someone asked a "him" or "her" is the one asked's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_an_unnamed_reporter_pressing_her_leaves_the_answer_to_her() -> None:
    (q,) = quotes(
        "Gov. Teresa Alcott defended the budget on Tuesday. A reporter pressed her on the"
        " numbers. “I’ve given you the numbers,” she said."
    )
    assert q.speaker == "Teresa Alcott"


def test_two_women_the_reporter_may_have_pressed_leave_no_one() -> None:
    (q,) = quotes(
        "Senator Maria Alvarez and Senator Jane Cole defended the budget on Tuesday. A reporter"
        " pressed her on the numbers. “I’ve given you the numbers,” she said."
    )
    assert q.speaker is None


def test_a_named_host_asking_him_is_not_the_one_who_answers() -> None:
    (q,) = quotes(
        "Former Gov. Neil Rutledge appeared on Fox News and repeated the charge. Sean Hannity"
        " asked him whether he would sue. “I’d rather beat them at the ballot box,” he said."
    )
    assert q.speaker == "Neil Rutledge"


def test_a_host_asking_him_between_two_other_men_names_no_one() -> None:
    (q,) = quotes(
        "Tom Rutledge and Bill Cole spoke on Tuesday. Sean Hannity asked him whether he would"
        " sue. “I’d rather beat them at the ballot box,” he said."
    )
    assert q.speaker is None
