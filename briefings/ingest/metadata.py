"""Metadata a text states about itself: datelines, bylines and the title line."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_TIME = r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)"
_LABEL = r"(?:(?:date|published|posted|updated|last updated|first published)\s*(?:on|:)?\s*)"
_SEP = r"\s*[–—|,-]?\s*"

_DATELINE_PATTERNS = [
    # 2023-09-06, date 2023-09-06
    re.compile(rf"^{_LABEL}?(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?:[T ]{_TIME})?$", re.I),
    # 2:22 PM – Wednesday, September 6, 2023 / Published: Thursday, March 30, 2023 10:05 am
    re.compile(
        rf"^{_LABEL}?(?:{_TIME}{_SEP})?{_WEEKDAY}?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?"
        rf"\s+(?P<year>\d{{4}})(?:{_SEP}{_TIME})?$",
        re.I,
    ),
    # 30 March 2023 / Thursday 30 March 2023 12:01 BST
    re.compile(
        rf"^{_LABEL}?(?:{_TIME}{_SEP})?{_WEEKDAY}?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?"
        rf"\s+(?P<year>\d{{4}})(?:{_SEP}{_TIME})?$",
        re.I,
    ),
]
_MONTH_ONLY = re.compile(rf"^{_LABEL}?{_MONTH},?\s+(?P<year>\d{{4}})$", re.I)

AGENCIES = {
    "press association": "Press Association",
    "pa": "Press Association",
    "pa media": "PA Media",
    "associated press": "The Associated Press",
    "the associated press": "The Associated Press",
    "ap": "The Associated Press",
    "reuters": "Reuters",
    "afp": "AFP",
    "agence france-presse": "AFP",
}
_BY = re.compile(r"^(?:written\s+|reported\s+)?by[:\s]+(?P<who>[^\n]{2,100})$", re.I)
_OUTLET_POSSESSIVE = re.compile(
    r"^(?P<outlet>[A-Z][A-Za-z0-9.&]{1,15}(?: [A-Z][A-Za-z0-9.&]{1,15}){0,3})[’']s\s+"
    r"(?P<author>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})$"
)
_NAME = re.compile(r"^[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|de|van|von|al|bin|la|le))*$")


@dataclass(frozen=True)
class Dated:
    date: dt.date
    precision: str  # day | month | year


@dataclass(frozen=True)
class Byline:
    author: str | None
    outlet: str | None


def parse_dateline(line: str) -> Dated | None:
    """The date a standalone dateline states, or None if the line is not just a date."""
    text = " ".join(line.split()).strip(" .")
    if len(text) > 80:
        return None
    for pattern in _DATELINE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        try:
            if match.groupdict().get("iso"):
                return Dated(dt.date.fromisoformat(match["iso"]), "day")
            month = MONTHS[match["month"].lower()]
            return Dated(dt.date(int(match["year"]), month, int(match["day"])), "day")
        except ValueError:
            return None
    match = _MONTH_ONLY.match(text)
    if match:
        return Dated(dt.date(int(match["year"]), MONTHS[match["month"].lower()], 1), "month")
    return None


def parse_published(value: str) -> Dated | None:
    """A publication date given as metadata: 2023-09-06, 2023-09, 2023, or a written date."""
    value = value.strip()
    if re.fullmatch(r"\d{4}", value):
        return Dated(dt.date(int(value), 1, 1), "year")
    if re.fullmatch(r"\d{4}-\d{2}", value):
        year, month = value.split("-")
        try:
            return Dated(dt.date(int(year), int(month), 1), "month")
        except ValueError:
            return None
    match = re.match(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$", value)
    if match:
        try:
            return Dated(dt.date.fromisoformat(match[1]), "day")
        except ValueError:
            return None
    return parse_dateline(value)


def parse_byline(line: str) -> Byline | None:
    """Author (and outlet, for agencies and "OAN’s Abril Elfi") from a standalone byline."""
    text = " ".join(line.split()).strip()
    if len(text) > 100:
        return None
    match = _BY.match(text)
    if match:
        who = re.split(r"\s*(?:\||,| and | for | - | – )\s*", match["who"].strip(), maxsplit=1)[0]
        who = who.strip(" .")
        if not who or not who[0].isupper():
            return None
        agency = AGENCIES.get(who.lower())
        return Byline(author=agency or who, outlet=agency)
    match = _OUTLET_POSSESSIVE.match(text)
    if match:
        return Byline(author=match["author"], outlet=match["outlet"])
    return None


def looks_like_title(paragraph: str) -> bool:
    """A first line short enough and unpunctuated enough to be the headline."""
    text = paragraph.strip()
    words = text.split()
    return (
        0 < len(words) <= 25
        and len(text) <= 200
        and not text.endswith((".", ":", ";", ","))
        and text[0].isupper()
        and parse_dateline(text) is None
        and parse_byline(text) is None
    )
