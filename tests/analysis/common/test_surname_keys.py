"""The keys a person named in full may be called by alone: the surname, and with a generational
suffix the surname and suffix too ("Greene Jr." is Lamar T. Greene Jr.); a suffix is no surname."""

from __future__ import annotations

import pytest

from briefings.analysis.common.names import surname_keys


@pytest.mark.parametrize(
    ("key", "keys"),
    [
        ("lamar t greene jr", ("greene", "greene jr")),
        ("lamar t greene sr", ("greene", "greene sr")),
        ("brent bozell iii", ("bozell", "bozell iii")),
        ("john g roberts jr", ("roberts", "roberts jr")),
        ("alan kirby", ("kirby",)),
        ("greene sr", ()),  # a surname and a suffix: no full name, "sr" no surname
        ("kirby", ()),
        ("kim jong-un", ("kim",)),  # a family name written first
        ("lee sedol", ("lee", "sedol")),  # round 53: "Lee" is a given name too ("Lee Child")
        ("lee child", ("lee", "child")),
        ("xi jinping", ("xi",)),
    ],
)
def test_surname_keys(key: str, keys: tuple[str, ...]) -> None:
    assert surname_keys(key) == keys
