"""Round 48 (rolesD): a role set before a name's comma after "like" or "unlike" is the other
person's the name is compared with: "Like his father, John Smith is a banker" gives John Smith no
role "father" ("Her husband, John Smith," is still his)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import roles_in


@pytest.mark.parametrize(
    ("paragraph", "role"),
    [
        ("Like his father, John Haskell is a banker in Toledo.", None),
        ("Unlike the governor, John Haskell said the bill went too far.", None),
        ("Her husband, John Haskell, said the bill went too far.", "husband"),
    ],
)
def test_a_role_compared_with(paragraph: str, role: str | None) -> None:
    assert roles_in(paragraph)["John Haskell"] == role
