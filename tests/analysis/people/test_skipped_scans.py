"""The scans `sentence_candidates` skips when they cannot find anything: lists of names (three
or more), lists closed by "and the other" things, a part played read again where things stand."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_other_things_closing_a_list_are_found_in_any_case() -> None:
    # the substring test before the scan reads the sentence in lower case, as the scan does
    assert not people_in("The sequel sees Jessie, Tommy Brown and the OTHER toys taken to a sale.")
    assert not people_in("The sequel sees Jessie, Tommy Brown and Other toys taken to a sale.")
    assert people_in("The sequel sees Jessie, Tommy Brown and the toys taken to a sale.") == {
        "Tommy Brown"
    }


def test_a_list_of_exactly_three_names_is_read_as_a_list() -> None:
    assert "Goodwin Liu" in people_in("Tom Smith, Paul Watford and Goodwin Liu were named.")
    assert not people_in("Goldman Sachs, Morgan Stanley and Merrill Lynch advised the bank.")


def test_two_names_make_no_list() -> None:
    # no list: "Goodwin Liu", whose given name no list holds, is no one without a person's mark
    assert "Goodwin Liu" not in people_in("Paul Watford and Goodwin Liu were named.")


def test_a_part_played_is_read_once_and_stays_a_part() -> None:
    assert people_in("Steve Walsh plays Terry Sims in the new drama.") == {"Steve Walsh"}
