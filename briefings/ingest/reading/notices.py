"""Correction, update, copyright and "first published" notices: never the publication date.

A notice is editorial text about the article, not the story: it is taken out of the body, and
the dates in it are not the publication date. An update note that opens with its date
("Updated: October 14, 2016 9:30 a.m.", "Update, June 12, 2016: …") gives the `updated` date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefings.ingest.reading.datelines import Dated, read_date_line
from briefings.ingest.reading.spaces import single_spaced

# A heading that opens a notice section: "CORRECTION:", "Editor's note", "Clarification"; the
# paragraphs under it (up to cleaning.NOTICE_SECTION, or to its date line) are the notice.
_HEADING = re.compile(
    r"^(?:corrections?|clarifications?|editor[’']?s['’]?\s+notes?)\s*[:.]?$", re.I
)
# A label alone: "CORRECTION APPENDED." opening an NYT copy, "UPDATE:" before news (kept).
_LABEL = re.compile(r"^(?:correction appended|updates?|updated)\s*[:.]?$", re.I)
_ARTICLE = r"(?:article|story|post|report|piece|column|item|version|page)"
_NOTICE = re.compile(
    r"^(?:editor[’']?s['’]?\s+notes?\s*:\s*)?(?:"  # "Editor's note:" is a notice if what follows is
    r"(?:corrections?|clarifications?|note to readers|correction appended)"
    r"\b[^.:]{0,60}[:.]"
    rf"|(?:an?|the|our)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+this\s+{_ARTICLE}"
    rf"|this\s+{_ARTICLE}\s+(?:has\s+been|was|is|had\s+been)\s+(?:updated|corrected|amended|"
    r"changed|revised|edited|first\s+published|originally\s+published|published|adapted|"
    r"appended|republished)"
    r"|(?:first|originally|initially)\s+published\b"
    r"|(?:copyright|©|\(c\))"
    r"|as published in the international new york times"
    r")",
    re.I,
)
# "Updated: October 14, 2016 9:30 a.m. — …", "UPDATE (June 12, 2016): …", "Update, June 12, 2016: …"
_UPDATE = re.compile(
    r"^(?P<label>(?:last\s+)?(?:updated|update))\s*(?:[(:,]|at|on)?\s*(?P<rest>[^:)]{6,60})"
    r"(?:[):]|\s[—–-]\s|$)",
    re.I,
)

Kind = Literal["heading", "notice", "update"]


@dataclass(frozen=True)
class Notice:
    kind: Kind
    updated: Dated | None = None  # the date an update note opens with
    keep: bool = False  # an update note that reports news after its date: it stays in the body


def read_notice(paragraph: str) -> Notice | None:
    """What notice `paragraph` is, or None when it is article text."""
    text = single_spaced(paragraph)
    if _HEADING.match(text):
        return Notice("heading")
    if _LABEL.match(text):
        return Notice("notice")
    update = _UPDATE.match(text)
    if update is not None:
        line = read_date_line(f"Updated {update['rest']}")
        if line is not None:
            rest = text[update.end() :].strip()
            return Notice("update", line.dated, keep=len(rest.split()) >= 4)
    if _NOTICE.match(text) and len(text.split()) <= 120:
        return Notice("notice")
    return None
