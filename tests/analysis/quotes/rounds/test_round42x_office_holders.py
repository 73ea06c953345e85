"""Round 42x: "the senator replied", "the former president wrote" mean someone the article gives
that office, not the host, the governor or the congressman named last ("Fox News host Jesse
Watters asked Brock …. “We’ll see,” the senator replied"): the one senator named, or no one when
two are or none is."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

TWO_SENATORS = "Sen. Tom Hale and Sen. Ted Brock of Texas appeared on Fox News on Monday night."


def test_the_senator_is_not_the_host_who_asked() -> None:
    found = quotes(
        TWO_SENATORS,
        "Fox News host Jesse Watters asked Brock whether he would run for president. “We’ll see,”"
        " the senator replied.",
    )
    assert speaker_of(found, "We’ll see") is None


def test_the_senator_is_not_the_governor_named_last() -> None:
    found = quotes(
        TWO_SENATORS,
        "Hale spoke first. Then Gov. Rick Lane said the plan would fail. “It cannot pass,” the"
        " senator said.",
    )
    assert speaker_of(found, "It cannot pass") is None


def test_the_one_senator_named_is_the_senator() -> None:
    found = quotes(
        "Sen. Ted Brock of Texas appeared on Fox News on Monday night.",
        "Gov. Mary Lane asked Brock whether he would run for president. “We’ll see,” the senator"
        " replied.",
    )
    assert speaker_of(found, "We’ll see") == "Ted Brock"


def test_the_senator_named_last_stays_the_senator() -> None:
    found = quotes(
        TWO_SENATORS,
        "Brock said the plan would fail. “It cannot pass,” the senator said.",
    )
    assert speaker_of(found, "It cannot pass") == "Ted Brock"


def test_the_former_president_is_not_a_congressman_quoted_last() -> None:
    found = quotes(
        "Rep. Matt Gaines of Florida appeared on Newsmax with host Eric Bolling on Tuesday.",
        "“I’m done with him,” Gaines said of the speaker.",
        "Trump weighed in Wednesday morning. In a Truth Social post, the former president wrote"
        " that Morrow had “lost the room.”",
    )
    assert speaker_of(found, "I’m done") == "Matt Gaines"
    assert speaker_of(found, "lost the room") is None


def test_the_former_president_named_so_is_the_former_president() -> None:
    found = quotes(
        "Former President Donald Trump and Rep. Matt Gaines of Florida spoke on Tuesday.",
        "“I’m done with him,” Gaines said of the speaker.",
        "In a Truth Social post, the former president wrote that Morrow had “lost the room.”",
    )
    assert speaker_of(found, "lost the room") == "Donald Trump"


def test_the_congresswoman_is_the_rep_named() -> None:
    found = quotes(
        "Rep. Alexandria Ocasio-Cortez, a Democrat, agreed with Gaetz. “This should be"
        " bipartisan,” the New York congresswoman wrote."
    )
    assert speaker_of(found, "bipartisan") == "Alexandria Ocasio-Cortez"


def test_a_chambers_leader_is_its_member() -> None:
    found = quotes(
        "Senate Majority Leader Mitch Cole of Kentucky spoke Monday.",
        "“We carried the day,” the senator said.",
        "“We won twice,” the congressman said.",
    )
    assert speaker_of(found, "carried the day") == "Mitch Cole"
    assert speaker_of(found, "We won twice") is None


def test_a_senator_with_no_office_written_stays_the_one_named_last() -> None:
    found = quotes(
        "Senate Majority Leader Mitch Cole of Kentucky spoke Monday.",
        "Former Democratic candidate Bernie Sanders said Wednesday he agreed.",
        "The Vermont senator declined to say more. But he said the record was “quite clear.”",
    )
    assert speaker_of(found, "quite clear") == "Bernie Sanders"
