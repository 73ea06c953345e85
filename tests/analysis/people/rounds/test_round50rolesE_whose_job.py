"""Round 50 (rolesE): the job beside a name, not a relation, a party or the next name's title:
"The former president’s son Eric Trump" (was "son"); "his wife Democratic presidential
front-runner Hillary Clinton" → the job (was both run together); "His son James, the chief
executive," → the job (was "son"); "Nevada's governor, Brian Sandoval, a Republican," → the
governor (was "Republican"); "at the invitation of oligarch, Victor Pinchuk" → "oligarch"; "In
Jackson, state Sen. Alisha Nunn" gives the town no senator's title."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        (
            "The former president’s son Eric Trump echoed the attack in an interview.",
            "Eric Trump",
            "former president’s son",
        ),
        (
            "He was campaigning for his wife Democratic presidential front-runner Hillary Clinton.",
            "Hillary Clinton",
            "Democratic presidential front-runner",
        ),
        (
            "His son James, the chief executive, said Timpson would open 50 shops.",
            "James",
            "chief executive",
        ),
        ("Her husband, Eric, who had said little all evening, was cautious.", "Eric", "husband"),
        (
            "Nevada's governor, Brian Sandoval, a Republican, said he had voted for Mr. Rubio.",
            "Brian Sandoval",
            "Nevada's governor",
        ),
        (
            "Chelsea Clinton visited Ukraine at the invitation of oligarch, Victor Pinchuk.",
            "Victor Pinchuk",
            "oligarch",
        ),
    ],
)
def test_the_job_beside_the_name(paragraph: str, name: str, role: str) -> None:
    assert roles_in(paragraph)[name] == role


def test_a_title_written_short_after_a_comma_is_the_next_names() -> None:
    roles = roles_in(
        "The deputies returned to duty on Monday.",
        "In Jackson, state Sen. Alisha Nunn, a Democrat, said she would introduce a bill.",
    )
    assert roles == {"Alisha Nunn": "state Sen."}
