"""A pull quote signed inside its closing mark on a line of its own ("“I worry that … tax cuts." /
"Dean Baker, Center for Economic and Policy Research.”"): the signature read as a dash's."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.quotes.finding.paragraph import is_title

__all__ = ["signed_line"]

_SIGNED: Final = re.compile(
    r"\s*(?P<name>[A-Z][\w’'\-]+(?: [A-Z]\.)?(?: [A-Z][\w’'\-]+){1,2}),"
    r" (?P<body>[A-Z][^\"“”,.]{2,80})\.?(?P<mark>[\"”])\s*"
)


def signed_line(par: str) -> tuple[str, str] | None:
    """The closing mark and the signature of a paragraph that is only a person's name, a comma,
    a body's or a title's name and the closing mark of the quotation the paragraph before left
    open ("Josh Bivens, Economic Policy Institute.\""); None for any other paragraph ("Thank you,
    Mr. President.\"", "Senator Sanders, we had been busy too.\"")."""
    found = _SIGNED.fullmatch(par)
    if found is None or not is_given_name(found["name"].split()[0]):
        return None
    if not is_title(found["body"]):
        return None
    return found["mark"], f"{found['name']}, {found['body']}."
