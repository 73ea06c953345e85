"""A pronoun that may mean a relative or the one whose relative they are: "Brooks said she would
vote no. Her daughter, Kayla, started in January. / “…,” she said": either woman."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.given_names.gender import KIN, RELATIVES

if TYPE_CHECKING:  # resolve.py calls this module
    from briefings.analysis.quotes.resolution.resolve import Mention
    from briefings.analysis.speech.name_index import NameIndex

__all__ = ["relative_beside_owner"]

_OWNERS: Final = {"f": "Her", "m": "His"}


def relative_beside_owner(
    name: str,
    want: str | None,
    index: NameIndex,
    recent: Sequence[Mention],
    paragraphs: Sequence[str],
) -> bool:
    """`name`, found for a pronoun of gender `want` in a later paragraph, was last written as a
    relative of someone of that gender ("Her daughter, Kayla,"), and that paragraph names another
    person of the gender too: the pronoun may mean the relative or the one "her" means."""
    owner = _OWNERS.get(want or "")
    last = max((m.paragraph for m in recent if m.name == name), default=-1)
    if owner is None or last < 0 or f"{owner} " not in paragraphs[last]:
        return False  # (every "Her daughter, Kayla" holds "Her ": no pattern made without it)
    first = re.escape(name.split()[0])
    written = re.search(rf"\b{owner} ([a-z-]+), {first}\b", paragraphs[last])
    kin = written.group(1) if written else ""
    if (KIN.get(kin) or RELATIVES.get(kin)) is None:
        return False
    return any(
        m.paragraph == last
        and m.name
        and m.name != name
        and (m.gender or index.gender(m.name)) == want
        for m in recent
    )
