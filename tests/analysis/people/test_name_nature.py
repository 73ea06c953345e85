"""What a name is by its words: a person's name, a body, a place or a thing."""

from __future__ import annotations

import pytest

from briefings.analysis.people.own_words.nature import (
    is_place_name,
    is_plural_thing,
    is_thing_word,
    known_name_word,
    name_nature,
)


@pytest.mark.parametrize(
    ("name", "nature"),
    [
        ("Tom Wright", "person"),
        ("Sarah Mukasa", "person"),
        ("Dana Bash", "person"),  # a surname that is also a word
        ("Global Information", "thing"),
        ("Business Report", "thing"),
        ("Radio", "thing"),
        ("Sydney Olympic", None),  # a given name, a thing-like word: the article decides
        ("Time Warner Inc", "organisation"),
        ("Athletics Kenya", "thing"),
        ("Granite State", "thing"),
        ("Sunshine State", "place"),  # a given name, but a state's nickname
        ("Nova Scotia", "place"),  # a region of ISO 3166, its words a given name and a surname
        ("Bishop", "thing"),  # a bare title
        ("Mkrtychev", None),  # a rare word: the words do not decide
    ],
)
def test_name_nature(name: str, nature: str | None) -> None:
    assert name_nature(name) == nature


def test_thing_words_and_name_words() -> None:
    assert is_thing_word("Olympic") and is_thing_word("Theatre")
    assert not is_thing_word("Green") and not is_thing_word("Tom")
    assert not is_thing_word("O'Connor") and not is_thing_word("Whampoa")
    assert known_name_word("Church") and known_name_word("Andrea")
    assert not known_name_word("Theatre")


@pytest.mark.parametrize(
    ("word", "plural_thing"),
    [
        ("Rovers", True),  # a team's plural
        ("Chiefs", True),  # a band's
        ("Sisters", True),
        ("Banks", False),  # a census surname
        ("Brooks", False),
        ("Charles", False),  # a given name
        ("Holmes", False),  # no English word's plural
        ("Ross", False),
    ],
)
def test_plural_thing(word: str, plural_thing: bool) -> None:
    assert is_plural_thing(word) is plural_thing


def test_place_names_are_regions_of_two_words_or_more() -> None:
    assert is_place_name("Nova Scotia") and is_place_name("Rio de Janeiro")
    assert not is_place_name("Victoria")  # one word: a given name too
    assert not is_place_name("John Kerry")
