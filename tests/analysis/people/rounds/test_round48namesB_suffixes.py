"""Round 48 namesB: a person's generational suffix keeps its full stop in the people list, and a
father and a son of one name are two people."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def test_father_and_son_keep_their_suffixes_with_their_stops() -> None:
    found = extract_entities(
        ArticleText(
            None,
            (
                "Sheriff Lamar T. Greene Jr. grew up four miles from the jail.",
                "His father, Lamar T. Greene Sr., is 81 now.",
            ),
        )
    )
    people = {e.name: e.aliases for e in found if e.kind == "person"}
    assert set(people) == {"Lamar T. Greene Jr.", "Lamar T. Greene Sr."}
    assert "Lamar T. Greene Jr" not in people["Lamar T. Greene Jr."]
