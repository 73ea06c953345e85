"""Round 50 (rolesE): a verb before a title is no part of it: after a modal ("will almost
certainly force Sen. Bernie Sanders" → "Sen.", was "force Sen.") and a participle opening a
clause ("…, giving trainer Paul Nicholls" → "trainer", was "giving trainer") and after "has"
("has signed TV chef Jamie Oliver" → "TV chef", was "signed TV chef"); a participle's
clause after a name's comma is no apposition ("Donald Trump, saying the presumptive Republican
nominee" → none, was the whole clause; "founding partner at Firehouse Strategies" stays)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "The results will almost certainly force Sen. Bernie Sanders to acknowledge it.",
            "Bernie Sanders",
            "Sen.",
        ),
        (
            "Kauto Star won the Gold Cup, giving trainer Paul Nicholls his second win in the race.",
            "Paul Nicholls",
            "trainer",
        ),
        ("The board, acting director Jane Roe said, was split.", "Jane Roe", "acting director"),
        (
            "Supermarket chain Sainsbury's has signed TV chef Jamie Oliver for two more years.",
            "Jamie Oliver",
            "TV chef",
        ),
    ],
)
def test_a_verb_before_a_title_is_no_part_of_it(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "She went on to attack Donald Trump, saying the presumptive Republican nominee"
            " “hasn’t given this issue much thought.”",
            "Donald Trump",
            None,
        ),
        (
            "Alex Conant, founding partner at Firehouse Strategies, said the race was over.",
            "Alex Conant",
            "founding partner at Firehouse Strategies",
        ),
    ],
)
def test_a_participles_clause_after_a_names_comma_is_no_job(
    paragraph: str, name: str, role: str | None
) -> None:
    assert roles_in(paragraph)[name] == role
