"""Metadata a text states about itself: bylines and the title line (datelines: `datelines.py`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from briefings.ingest.reading.datelines import (
    Dated,
    parse_dateline,
    parse_published,
    read_date_line,
)
from briefings.ingest.reading.spaces import single_spaced

__all__ = [
    "AGENCIES",
    "Byline",
    "Dated",
    "looks_like_title",
    "parse_byline",
    "parse_dateline",
    "parse_published",
    "title_kind",
]

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
    "upi": "UPI",
}
_BY = re.compile(r"^(?:written\s+|reported\s+)?by[:\s]+(?P<who>[^\n]{2,150})$", re.I)
_OUTLET_POSSESSIVE = re.compile(
    r"^(?P<outlet>[A-Z][A-Za-z0-9.&]{1,15}(?: [A-Z][A-Za-z0-9.&]{1,15}){0,2})[’']s\s+"
    r"(?P<author>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})(?<!\.)$"
)
_PERSON = re.compile(
    r"^[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|del|der|van|von|al|bin|la|le|da|di)){0,4}$"
)
# A role or an outlet, not a person: "Staff Writer", "USA TODAY", "The Cincinnati Enquirer".
_ROLE_WORDS = frozenset(
    [
        "staff",
        "writer",
        "writers",
        "reporter",
        "reporters",
        "correspondent",
        "correspondents",
        "editor",
        "editors",
        "contributor",
        "contributors",
        "columnist",
        "bureau",
        "chief",
        "senior",
        "special",
        "national",
        "political",
        "news",
        "today",
        "usa",
        "times",
        "post",
        "journal",
        "press",
        "wire",
        "service",
        "services",
        "agency",
        "team",
        "board",
        "desk",
        "contributed",
        "reporting",
        "email",
        "twitter",
    ]
)
_OUTLET_END = re.compile(
    r"\b(?:news|times|post|journal|today|tribune|herald|enquirer|gazette|daily|magazine|"
    r"network|media)$",
    re.I,
)


def _is_person(part: str) -> bool:
    words = [w.strip(".").lower() for w in part.split()]
    return (
        bool(_PERSON.match(part))
        and words[0] != "the"
        and not all(w in _ROLE_WORDS for w in words)
        and not (len(words) > 1 and _OUTLET_END.search(part))
    )


_NAME_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,|\s+and\s+|\s*&\s*)\s*")


@dataclass(frozen=True)
class Byline:
    author: str | None
    outlet: str | None


def parse_byline(line: str) -> Byline | None:
    """Authors (every one named) and outlet (for agencies and "OAN’s Abril Elfi") from a
    standalone byline."""
    text = single_spaced(line)
    if len(text) > 150:
        return None
    match = _BY.match(text)
    if match:
        return _by_names(match["who"])
    match = _OUTLET_POSSESSIVE.match(text)
    if match and _is_person(match["author"]):
        return Byline(author=match["author"], outlet=match["outlet"])
    return None


def _by_names(who: str) -> Byline | None:
    """`Jane Doe and John Smith, Staff Writers | Example News`: the people named, in order."""
    who = re.split(r"\s+(?:\||for|[-–—])\s+|\s*\|\s*", who.strip(), maxsplit=1)[0].strip(" .")
    if not who or not who[0].isupper():
        return None
    agency = AGENCIES.get(who.lower())
    if agency is not None:
        return Byline(author=agency, outlet=agency)
    names: list[str] = []
    outlet = None
    shaped = True  # every part reads as a name, a role or an outlet (not "By the way, …")
    for part in _NAME_SPLIT.split(who):
        part = part.strip(" .")
        if not part:
            continue
        if part.lower() in AGENCIES:
            outlet = outlet or AGENCIES[part.lower()]
        elif _is_person(part):
            names.append(part)
        else:
            shaped = shaped and bool(_PERSON.match(part))
    if names:
        return Byline(author=join_names(names), outlet=outlet)
    if outlet:
        return Byline(author=outlet, outlet=outlet)
    return Byline(author=None, outlet=None) if shaped else None  # "By Staff Writer": no one named


def join_names(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# "DALLAS (AP) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —", "Aug 27 (Reuters) -": a wire lede; a
# place in capitals and a dash alone ("CLEVELAND –") may also open a headline ("EXCLUSIVE –").
_WIRE_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,5}(?:[ ,]+\d{1,2})?\s*(?:\([^)]{1,30}\))?"
    r"\s*(?:[—–]|--?)\s"
)
_WIRE_AGENCY_OR_DATE = re.compile(
    r"^[^—–]{0,60}(?:\((?:AP|UPI|Reuters|AFP|CNN)\)|[a-z.] \d{1,2}\b)"
)
_LEDE_OPENER = re.compile(r"^(?:He|She|They|We|I|But|And|Yet|However|Meanwhile)\b")
_REPORTING = re.compile(r"\b(?:said|told)\b")
# A full stop ending a sentence inside the line: after a lower-case word ("chaotic. Maybe"), not
# after an abbreviation ("Rep. Welch", "U.S. Senate"); "?" and "!" are headline style.
_SENTENCE_BREAK = re.compile(r"\b[a-z][a-z]+[.][’”'\"]?\s+[A-Z‘“'\"]")
_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday)\b")
_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.I)
_COPULA = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_OPENING = "‘“'\"#(["

Title = Literal["headline", "maybe", "no"]


def looks_like_title(paragraph: str) -> bool:
    """A first line that reads as a headline (see `title_kind`)."""
    return title_kind(paragraph) != "no"


def title_kind(paragraph: str) -> Title:
    """Whether a first line is the headline: "headline"; "maybe" when it could as well be the
    lede (then it is the title and stays in the body too); "no".

    A line without final punctuation is a headline. One ending in ".", "?" or "!" (PolNeAR's
    headlines end with a full stop) must not read like a lede: no wire dateline
    (`DALLAS (AP) —`), no past-tense "said"/"told", no opening pronoun or conjunction, one
    sentence unless in Title Case. Signs of a lede (over 12 words, a weekday, two articles,
    "is"/"has") make it a "maybe": one in sentence case, two in Title Case."""
    text = paragraph.strip()
    words = text.split()
    if not (0 < len(words) <= 25 and len(text) <= 200):
        return "no"
    first = text.lstrip(_OPENING)[:1]
    if not (first.isupper() or first.isdigit() or len(words) <= 6):
        return "no"  # "convention notebook." may be a headline; a long lower-case line is not
    if text.endswith((":", ";", ",")) or read_date_line(text) is not None:
        return "no"
    if parse_byline(text) is not None:
        return "no"
    signs = sum(
        (
            len(words) > 12,
            bool(_WEEKDAY.search(text)),
            len(_ARTICLE.findall(text)) >= 2,
            bool(_COPULA.search(text)),
        )
    )
    if not text.rstrip("’”'\")").endswith((".", "?", "!")):
        return "headline"
    if _REPORTING.search(text):
        return "no"
    if _WIRE_DATELINE.match(text) and _WIRE_AGENCY_OR_DATE.match(text):
        return "no"
    if title_case(text):
        return "maybe" if signs >= 2 else "headline"
    if _WIRE_DATELINE.match(text) or _LEDE_OPENER.match(text):
        return "no"
    if text.rstrip("’”'\")").endswith(".") and _SENTENCE_BREAK.search(text[:-1]):
        return "no"  # two sentences: "Game over. Will Sanders …?" is a headline, this a lede
    return "maybe" if signs else "headline"


_SMALL_WORDS = frozenset(("with", "from", "into", "over", "than", "that", "about", "after", "upon"))


def title_case(text: str) -> bool:
    """Most words of four letters or more capitalised: `Ben Carson Slams Hillary And The Media`."""
    long = [w.strip(_OPENING + "’”.,:;?!") for w in text.split()]
    long = [w for w in long if len(w) >= 4 and w.lower() not in _SMALL_WORDS]
    return bool(long) and sum(w[0].isupper() for w in long) / len(long) >= 0.8


def headline_with_deck(lines: list[str]) -> str | None:
    """`Jobs report gives Democrats a lift;` + its deck on the next line: one title, as the
    NYT and USA Today copies in PolNeAR write it."""
    if len(lines) != 2 or not lines[0].rstrip().endswith(";"):
        return None
    title = f"{lines[0].strip()} {lines[1].strip()}"
    first = title.lstrip(_OPENING)[:1]
    if len(title.split()) > 60 or not (first.isupper() or first.isdigit()):
        return None
    return title
