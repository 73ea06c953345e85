"""A single mark that elides a year's century ("in ‘08", "the ‘90s"): an apostrophe, not a quote."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set

__all__ = ["elided_year"]

# the words a year or a decade follows: "in ‘08", "since ‘16", "the ‘90s", "from the ‘70s into"
_BEFORE_A_YEAR: Final = words_set(
    "in of the since from by until till to into through and or early late mid class back"
)


def elided_year(par: str, i: int) -> bool:
    """The single mark at `i` stands for a year's first two digits: two digits follow it, then
    an "s" or no letter or digit, and a word a year follows comes before it ("said in ‘08
    that", "Zimbabwe in the ‘90s", "mid-‘80s"); not "she said, ‘20 years ago …’"."""
    digits = par[i + 1 : i + 3]
    if len(digits) < 2 or not digits.isdigit():
        return False
    after = par[i + 3 : i + 4]
    if after == "s":
        after = par[i + 4 : i + 5]
    if after.isalnum():
        return False
    if i and par[i - 1] == "-":  # "the mid-‘90s"
        return True
    if not i or par[i - 1] != " ":
        return False
    start = par.rfind(" ", 0, i - 1) + 1
    return par[start : i - 1].lower() in _BEFORE_A_YEAR
