"""Round 48 (rolesD): the body a person is "of" is no job: "Tom Fletcher of McFly", "Michael
Smith of WHO-TV" have no role (a job with its body stays: "a security manager at Microsoft")."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "name", "role"),
    [
        ("Tom Fletcher of McFly has written the songs for the musical.", "Tom Fletcher", None),
        ("Michael Smith of WHO-TV said the storm hit at noon.", "Michael Smith", None),
        ("I also saw that Adelle Nazarian of Breitbart News was weeping.", "Adelle Nazarian", None),
        (
            "Stephen Toulouse, a security manager at Microsoft, said the flaw was fixed.",
            "Stephen Toulouse",
            "security manager at Microsoft",
        ),
    ],
)
def test_a_body_alone_is_no_role(paragraph: str, name: str, role: str | None) -> None:
    assert roles_in(paragraph)[name] == role
