"""Round 50 (rolesE): "a spokesperson for the governor, NAME,": NAME is the spokesperson when the
article names a governor before; with none named before the apposition may rename either noun, so
NAME gets no role (as round 48 gave)."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_the_name_after_an_office_named_for_the_first_time_gets_no_role() -> None:
    roles = roles_in(
        "Thick smoke settled over Portland on Sunday.",
        "A spokesperson for the governor, Tina Kotek, said she would tour the fire zone.",
    )
    assert roles["Tina Kotek"] is None


def test_the_name_after_an_office_already_held_is_the_job_holders() -> None:
    roles = roles_in(
        "Michigan Gov. Alan Brenner privately mocked rural Democrats.",
        "A spokeswoman for the governor, Nicole Ambrose, said the remarks were out of context.",
    )
    assert roles["Nicole Ambrose"] == "spokeswoman for the governor"
    assert roles["Alan Brenner"] == "Michigan Gov."


def test_a_kin_nouns_office_is_not_the_names() -> None:
    roles = roles_in(
        "Officials met on Monday.",
        "The son of the president, Hunter Biden, said the talks went well.",
    )
    assert roles["Hunter Biden"] != "president"
