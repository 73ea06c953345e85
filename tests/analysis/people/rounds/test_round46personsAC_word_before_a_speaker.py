"""Round 46 (personsAC): a dictionary's word opening the sentence before a given name, a surname
and a verb of saying describes the speaker, no part of the name ("Landlord Sam Ellis said",
"Coxswain Mark Taylor said"); a body's name before them is not cut as a description."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_landlord_before_a_speakers_name_is_a_description() -> None:
    assert people_in(
        "Landlady Ruth Penberthy said she had run the pub for 30 years.",
    ) == {"Ruth Penberthy"}


def test_a_coxswain_before_a_speakers_name_is_a_description() -> None:
    assert people_in(
        "Coxswain Gareth Pryor told the BBC the crew had been out for six hours.",
    ) == {"Gareth Pryor"}


def test_a_bodys_name_before_a_speakers_name_is_not_cut() -> None:
    assert "Tom Smith" not in people_in("Apple Tom Smith said the phone was ready.")
