"""Round 49 (Washington long-form): "the admiral" is the one person written "Adm." before
("The admiral laughed when told of Pike’s remark. “He’s not wrong,” she said." after "Adm.
Catherine Lowell"), as "the general" is the one written "Gen."; with two admirals, no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

PIKE = (
    "Lt. Cmdr. Jason Pike, who runs maintenance on the ship, said his sailors had stopped"
    " guessing. “We’ll be ready when we’re ready,” Pike said."
)


def test_the_admiral_is_the_one_written_adm() -> None:
    found = quotes(
        "NORFOLK — Adm. Catherine Lowell has spent much of the past year on the phone with"
        " shipyard executives.",
        PIKE,
        "The admiral laughed when told of Pike’s remark. “He’s not wrong,” she said.",
    )
    assert found[-1].speaker == "Catherine Lowell"  # not no one


def test_the_admiral_after_two_admirals_is_no_one() -> None:
    found = quotes(
        "NORFOLK — Adm. Catherine Lowell and Adm. Joan Ferris have spent much of the past year on"
        " the phone with shipyard executives.",
        PIKE,
        "The admiral laughed when told of Pike’s remark. “He’s not wrong,” she said.",
    )
    assert found[-1].speaker is None
