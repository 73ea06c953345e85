"""Round 48 (personsAE): a rank after a title that is a common word and a surname but no given name
is cut from the name ("Chief Constable Tim Smith" names Tim Smith, not "Constable Tim Smith")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_chief_constable_is_named_without_the_rank() -> None:
    people = people_in(
        "Merseyside Police Chief Constable Serena Kennedy said the force would learn lessons.",
    )
    assert people == {"Serena Kennedy"}


def test_a_given_name_after_a_title_stays_in_the_name() -> None:
    assert "Will Smith" in people_in("Chief Executive Will Smith said he was pleased.")
