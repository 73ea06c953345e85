"""Whether the quote's paragraph opens on the name of someone other than its speaker."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name

__all__ = ["opens_on_another"]

# the paragraph's opening name: a title, then up to three capitalised words
_OPENING_NAME: Final = re.compile(
    r"(?P<title>(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)\.?\s+)?"
    r"(?P<name>(?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)"
)


def opens_on_another(paragraph: str, quote_start: int, surname: str) -> bool:
    """Whether a paragraph whose quote does not open it starts on a person (a title, or a given
    name, before it) other than the speaker, who is not named before the quote either ("Trump
    reminds me of Abraham Lincoln saying that “…”"): the paragraph is about someone else."""
    if quote_start < 3:
        return False
    m = _OPENING_NAME.match(paragraph)
    if m is None:
        return False
    name = m.group("name")
    person = m.group("title") is not None or is_given_name(name.split()[0])
    last = re.sub(r"[’']s$", "", name.split()[-1])  # "Trump’s"
    return person and last != surname and surname not in paragraph[:quote_start]
