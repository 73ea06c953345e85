"""A teller's aside before another speech verb (round 48, Washington long-form style): in "The
congressman, Pratt writes, asked, “Which year?”" the congressman asks, not the memoirist, and in
"…, Pratt writes, her station chief told a visiting congressman that … “…”" the chief tells; her
aside alone ("The plan, she writes, was “…”") still gives her the words."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_unnamed_people_tell_and_ask_inside_a_memoirists_asides() -> None:
    assert speakers_in(
        "Gwendolyn Pratt fought her old agency over her memoir.",
        "The pages describe a 2011 meeting at which, Pratt writes, her station chief told a"
        " visiting congressman that the Afghan army was “a year from ready.” The congressman, she"
        " writes, asked, “Which year?” The chief did not answer.",
    ) == [None, None]


def test_a_named_person_tells_inside_a_memoirists_aside() -> None:
    assert speakers_in(
        "Gwendolyn Pratt fought her old agency over her memoir.",
        "Her station chief, Dale Hoskins, Pratt writes, told the visitors that the army was “a"
        " year from ready.”",
    ) == ["Dale Hoskins"]


def test_the_aside_alone_is_the_tellers() -> None:
    assert speakers_in(
        "Gwendolyn Pratt was in Kabul that spring.",
        "The plan, she writes, was “doomed from the start.”",
    ) == ["Gwendolyn Pratt"]


def test_a_participle_after_the_aside_is_the_tellers() -> None:
    assert speakers_in(
        "The governor will speak in Des Moines next week, Mr. Ruiz said, adding that she would"
        " also hold events to close her “enthusiasm gap.”",
    ) == ["Mr. Ruiz"]  # the title kept (round 53, issue 15)


def test_a_bodys_verb_after_the_aside_is_the_tellers() -> None:
    assert speakers_in(
        "Josh Hadley spoke first.",
        "Fox News, Hadley said, called the remark “a disgrace.”",
    ) == ["Josh Hadley"]
