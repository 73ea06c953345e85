"""Round 42: "the congressman" is the one the article titles "Rep.", not the congressman's wife
named last, whose surname he shares."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_congressman_is_the_one_titled_rep() -> None:
    found = quotes(
        "Rep. Walter Brinkley (R-Ohio) has opposed the dam for a decade. His brother, county"
        " commissioner Neil Brinkley, supports it.",
        "“It floods three towns to save one,” Walter Brinkley said in an interview.",
        "The congressman’s wife, Susan Brinkley, declined to comment.",
        "Asked whether he would speak at the hearing, the congressman said: “I’ll be there.”",
    )
    assert speaker_of(found, "It floods three towns") == "Walter Brinkley"
    assert speaker_of(found, "I’ll be there") == "Walter Brinkley"  # not Susan Brinkley


def test_the_congresswoman_is_the_one_titled_rep() -> None:
    found = quotes(
        "Rep. Dana Whitlow (D-Ore.) and her husband, Mark Whitlow, run a cherry farm near Hood"
        " River.",
        "Mark Whitlow’s sister, Joan Whitlow, manages the orchard.",
        "“We lost half the crop to the heat,” the congresswoman said.",
    )
    assert speaker_of(found, "half the crop") == "Dana Whitlow"  # not Joan Whitlow
