"""A wire roundup's items end on a line of their own signing them off ("— Reuters", "— AP",
"(Reporting by …; Editing by …)"): a pronoun after such a line begins another item, and does not
reach back past it to a person named in the item before ("Gov. Treadway toured …. / — Reuters /
Protesters marched in Nairobi …. / “…,” he said": not Treadway)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

__all__ = ["signed_off_since"]

# "— Reuters", "-- AP", "— Associated Press", "(Reporting by X; Editing by Y)", "(Writing by X)"
_SIGN_OFF: Final = re.compile(
    r"(?:[—–]|--?)\s*(?:Reuters|AP|Associated Press|AFP|Bloomberg)\W*$"
    r"|\((?:Additional )?(?:[Rr]eporting|Writing|Editing) by\b"
)


def signed_off_since(last: int, paragraphs: Sequence[str], here: int) -> bool:
    """A paragraph after paragraph `last` and before paragraph `here` is a wire item's sign-off
    line (see the module docstring)."""
    for k in range(last + 1, here):
        par = paragraphs[k]
        if par[:1] in "—–-(" and len(par) < 200 and _SIGN_OFF.match(par.strip()):
            return True
    return False
