"""Round 49: "voted" says nothing of number ("Arenas voted", "Latinos voted"), so a surname in -s
written before it is still one person: "Supervisor Arenas voted against the plan. “…,” Arenas
said." is Arenas's; a plural verb of the present ("Latinos vote") still makes a group."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_surname_in_s_before_voted_is_one_person() -> None:
    found = quotes(
        "Supervisor Cardenas voted against the plan. “Nobody asked the neighbors,” Cardenas said."
    )
    assert found[0].speaker == "Cardenas"


def test_a_plural_present_verb_still_makes_a_group() -> None:
    found = quotes("Latinos vote in every election here. “We are not a bloc,” Latinos said.")
    assert found[0].speaker is None
