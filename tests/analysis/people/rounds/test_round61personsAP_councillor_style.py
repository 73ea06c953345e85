"""Round 61 (personsAP): "Cllr", a British councillor's courtesy style, is no part of the name
and no role by itself; "Cllr Birtles" is the Alan Birtles named before ("Mr"'s rule)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import people_in, roles_in

_REPORT = (
    "Cllr Alan Birtles, the leader of the council, defended the plan on Tuesday.",
    "“We have no choice,” Cllr Birtles said. Cllr Fatima Qureshi said the scheme was rushed.",
)


def test_the_style_is_no_part_of_the_name_and_the_short_form_joins_it() -> None:
    assert people_in(*_REPORT) == {"Alan Birtles", "Fatima Qureshi"}


def test_the_style_is_no_role() -> None:
    roles = roles_in(*_REPORT)
    assert roles["Fatima Qureshi"] is None


def test_two_councillors_of_one_surname_stay_apart() -> None:
    found = extract_entities(
        ArticleText(
            None,
            (
                "Cllr Peter Ramsbottom backed the closures.",
                "His wife, Cllr Susan Ramsbottom, voted against.",
                "Cllr Ramsbottom said the vote was close.",
            ),
        )
    )
    people = {e.name: e.aliases for e in found if e.kind == "person"}
    assert set(people) == {"Peter Ramsbottom", "Susan Ramsbottom"}
    assert not any("Cllr Ramsbottom" in aliases for aliases in people.values())


def test_the_style_written_with_a_stop_ends_no_sentence() -> None:
    people = people_in(
        "Cllr. Maureen Tobin, who represents the Eastgate ward, claimed £4,000 in mileage.",
        "The group leader, Councillor Derek Aske, said the matter had been referred.",
    )
    assert people == {"Maureen Tobin", "Derek Aske"}


def test_the_job_before_the_style_is_the_role() -> None:
    roles = roles_in("Conservative group leader Cllr Robert Fenwick said families would pay more.")
    assert roles == {"Robert Fenwick": "Conservative group leader"}
