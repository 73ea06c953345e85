"""A pronoun's quote right after someone pressed another on a question: the answer is not the
asker's."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.speech.name_index import NameIndex

__all__ = ["questioned_someone_else", "someone_unnamed_asked"]

_NAME: Final = r"((?:[A-Z][\w’'\-]*\.? )*[A-Z][\w’'\-]+)"
_WH: Final = r"(?:whether|if|why|how|what|when|about|over|on)"  # round 44x: "pressed X on border …"
# "Collins pressed Garrity on whether", "Welker pressed her on whether", "Hannity questioned him
# about"; not "asked" (`answers.asked_someone_else` reads "asked X whether")
_PRESSED: Final = re.compile(
    rf"{_NAME} (?:then |later |again )?(?:pressed|questioned|grilled|quizzed|challenged) "
    rf"(him|her|{_NAME}),? (?:on |again )?({_WH})\b"
)
# "Hannity asked him whether he would sue": "asked" a "him" or "her" (a name after "asked" is
# read by `answers.asked_someone_else`)
_ASKED_THEM: Final = re.compile(rf"{_NAME} (?:then |later |again )?asked (him|her),? {_WH}\b")
_OBJECT_PRONOUNS: Final = {"him": "m", "her": "f"}
_SENTENCE_END: Final = re.compile(r"[.!?][”\"]?\s+(?=[“\"A-Z])")


def questioned_someone_else(
    paragraph: str, upto: int, person: str, want: str | None, index: NameIndex, at: int
) -> bool:
    """The sentence before a quote (or its own, up to the quote at `upto`) says someone pressed
    another on a question ("Collins pressed Garrity on whether he would vote for Trump. “No,” he
    said"; "Welker pressed her on whether the nominee shared the blame. “…,” she said"), and the
    pronoun of gender `want` was resolved to the asker, `person`: the answer is the questioned
    one's, so the asker is no speaker."""
    recent = " ".join(_SENTENCE_END.split(paragraph[:upto])[-2:])
    for m in _pressed_or_asked(recent):
        asker = index.fullest(m.group(1), at)
        if asker.split()[-1] != person.split()[-1]:
            continue
        pronoun = _OBJECT_PRONOUNS.get(m.group(2))
        if pronoun is not None:
            if want in (pronoun, None):
                return True
            continue
        asked = index.fullest(m.group(3), at)  # one pressed on a question is a person
        if m.group(4) == "on" and not index.is_person(asked):
            continue  # "Trump pressed Congress on funding": a body pressed on a matter
        if asked.split()[-1] != person.split()[-1] and index.gender(asked) in (want, None):
            return True
    return False


# The words `_PRESSED` needs one of (its verb, with a space either side) and what `_ASKED_THEM`
# needs ("asked him", "asked her"): most texts have none, and a substring test costs far less
# than a search that tries a name at every capital.
_PRESSING: Final = tuple(
    f" {verb} " for verb in ("pressed", "questioned", "grilled", "quizzed", "challenged")
)
_ASKED_ONE: Final = " asked h"


def _pressed_or_asked(recent: str) -> list[re.Match[str]]:
    """`_PRESSED`'s matches in the text, then `_ASKED_THEM`'s (each searched only where it may
    match)."""
    found: list[re.Match[str]] = []
    if any(verb in recent for verb in _PRESSING):
        found.extend(_PRESSED.finditer(recent))
    if _ASKED_ONE in recent:
        found.extend(_ASKED_THEM.finditer(recent))
    return found


# "A reporter pressed her on the numbers.", "One voter asked him why …": someone unnamed asking a
# "him" or "her" (at most three words of description between the article and the verb)
_SOMEONE_ASKED: Final = re.compile(
    r"(?:^|\bthen\s+)(?:A|An|One|Another)\s+(?:[a-z][\w’'\-]*\s+){0,3}?"
    r"(?:pressed|asked|questioned|grilled|quizzed|challenged)\s+(him|her)\b"
)


def someone_unnamed_asked(paragraph: str, upto: int, want: str | None) -> bool:
    """The sentence before a quote (or its own, up to the quote at `upto`) says someone unnamed
    asked or pressed a "him" or "her" of the pronoun's gender `want` ("A reporter pressed her on
    the numbers. “…,” she said"): the answer is the one asked's, not the unnamed asker's."""
    if want is None or not any(v in paragraph for v in _ASKING):
        return False
    return any(
        _OBJECT_PRONOUNS[m.group(1)] == want
        for sentence in _SENTENCE_END.split(paragraph[:upto])[-2:]
        for m in _SOMEONE_ASKED.finditer(sentence)
    )


_ASKING: Final = ("pressed", "asked", "questioned", "grilled", "quizzed", "challenged")
