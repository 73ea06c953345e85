"""Whom a description by a plain noun means ("The developer was less careful."): the one person the
article writes that noun beside, in an apposition or before the name."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.common.names import words_set
from briefings.months import MONTHS

__all__ = ["NAME", "noun_written_beside"]

# a name as the descriptions read it: capitalised words ("Rep. Eli Stanton", "O’Rourke")
NAME: Final = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*"
# a name's period that ends its sentence: not a title's nor an initial's ("Rep.", "Sen.", "J.")
_SENTENCE_ENDS: Final = r"(?<=\.)(?<![A-Z]\.)(?<![A-Z][a-z]\.)(?<![A-Z][a-z][a-z]\.)(?!\S)"
# a day or a month opening a sentence is no name: "In December, the prince called …"
_TIMES: Final = frozenset(MONTHS) | words_set(
    "monday tuesday wednesday thursday friday saturday sunday"
)
_TIME_OPENERS: Final = words_set("in on since by until through last early late")


def _a_time(name: str) -> bool:
    """Capitalised words that name a day or a month, not a person: "December", "In December"
    (but "Theresa May")."""
    words = name.lower().split()
    return words[-1] in _TIMES and (
        len(words) == 1 or (len(words) == 2 and words[0] in _TIME_OPENERS)
    )


_STOPS: Final = (",", ".", ";", ":", "“", "”", "\n")  # what the ways' clauses never cross


def noun_written_beside(noun: str, paragraphs: list[str]) -> str | None:
    """The surname of the one name `paragraphs` write the lower-case word `noun` beside: in an
    apposition ("Marcus Tillery, a Florida real estate developer,"), before it ("businessman
    Curtis Hale") or before an apposition of it ("The Republican nominee for governor, Rick
    Sorensen,"); None when they write it beside no name or beside several. No match crosses a
    paragraph's end and each holds the noun, so only the paragraphs that write it are searched,
    and a way is searched (its pattern built for this noun) only where the noun stands as it needs."""
    found: set[str] = set()
    for paragraph in paragraphs:
        if noun in paragraph:  # (most paragraphs never write it: no search made)
            found |= _beside_in(noun, paragraph)
    return found.pop() if len(found) == 1 else None


def _beside_in(noun: str, text: str) -> set[str]:
    """The surnames one paragraph writes `noun` beside, in any of the three ways."""
    at = _standing(noun, text)
    word = re.escape(noun)
    found: set[str] = set()
    if any(_after_an_article(text, i) for i in at):  # "Tillery, a … developer"
        found.update(
            m.group(1).split()[-1]
            for m in re.finditer(rf"({NAME}), (?:an?|the) [^,.;:“”\n]*?\b{word}\b", text)
            if not _a_time(m.group(1)) and not _in_a_clause(m.group(0), noun)
        )
    end = len(noun)
    if any(text[i + end : i + end + 1] == " " and _capital(text, i + end + 1) for i in at):
        found.update(
            m.group(1).split()[-1].removesuffix(".")  # "the developer Richard Amato."
            for m in re.finditer(rf"\b{word} ({NAME})", text)
            if not _a_time(m.group(1))
        )
    if any(_comma_after(text, i + end) for i in at):  # "donor, the hedge fund manager Alan Petrie,"
        found.update(
            m.group(1).split()[-1].removesuffix(".")
            for m in re.finditer(
                rf"\b{word}\b[^,.;:“”\n]{{0,30}}, (?:[a-z][\w-]* ){{0,5}}({NAME})(?:,|{_SENTENCE_ENDS})",
                text,
            )  # round 44: or ending its sentence, "his longtime donor and friend, the developer
            if not _a_time(m.group(1).removesuffix("."))
        )  # Richard Amato."
    return found


# words after which the noun is no longer the apposition's head: "Maria Wright, a caseworker
# who is no relation of the bishop," is no bishop (round 58)
_CLAUSE_WORDS: Final = words_set("who whose which that the a an")


def _in_a_clause(match: str, noun: str) -> bool:
    """The noun of an apposition's match ("Tillery, a Florida real estate developer") stands inside
    a clause or after a second article within it, not as the apposition's own noun."""
    words = match[match.find(",") + 1 : len(match) - len(noun)].split()
    return any(w in _CLAUSE_WORDS for w in words[1:])


def _wordy(text: str, i: int) -> bool:
    """The character at `i` is one a regular expression's \\w matches."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _standing(noun: str, text: str) -> list[int]:
    """Where `noun` stands as a whole word in `text`."""
    spots: list[int] = []
    i = text.find(noun)
    while i >= 0:
        if not _wordy(text, i - 1) and not _wordy(text, i + len(noun)):
            spots.append(i)
        i = text.find(noun, i + 1)
    return spots


def _capital(text: str, i: int) -> bool:
    """An ASCII capital at `i`, as a name's [A-Z] needs."""
    return i < len(text) and "A" <= text[i] <= "Z"


def _after_an_article(text: str, i: int) -> bool:
    """The clause before `i` opens with a comma and an article, as an apposition's ", a …" needs."""
    comma = max(text.rfind(stop, 0, i) for stop in _STOPS)
    return comma > 0 and text[comma] == "," and text.startswith((" a ", " an ", " the "), comma + 1)


def _comma_after(text: str, i: int) -> bool:
    """A comma and a space within 30 characters after `i`, no other stop before them."""
    stops = [k for k in (text.find(stop, i, i + 31) for stop in _STOPS) if k >= 0]
    comma = min(stops) if stops else -1
    return comma >= 0 and text[comma] == "," and text[comma + 1 : comma + 2] == " "
