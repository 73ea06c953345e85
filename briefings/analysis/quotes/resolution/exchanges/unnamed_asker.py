"""A pronoun's answer right after someone unnamed asked a person named: "the moderator asked
Ellery whether …. He said …" is Ellery's."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["asked_by_someone_unnamed"]

# "the moderator asked Ellery whether", "a reporter pressed Sen. Ellery on": someone written with
# an article and at most three lower-case words, asking a capitalised name about something
_ASKED_A_NAME: Final = re.compile(
    r"(?:^|,\s+|\bthen\s+)(?:[Tt]he|An?|One|Another|a|an|one|another)\s+"
    r"(?:[a-z][\w’'\-]*\s+){0,3}?(?:asked|pressed|questioned|quizzed)\s+"
    r"((?:[A-Z][\w’'\-]*\.? )*([A-Z][\w’'\-]+)),?\s+(?:whether|if|why|how|what|about|on)\b"
)
_SENTENCE_END: Final = re.compile(r"[.!?][”\"]?\s+(?=[“\"A-Z])")


def asked_by_someone_unnamed(paragraph: str, upto: int) -> str | None:
    """The surname of the person someone unnamed asked a question in the sentence before the
    quote at `upto` (or in its own sentence before it): "At the debate, the moderator asked
    Ellery whether he had ever supported it. He said he had “learned from” the fight": the one
    asked answers. None when no such sentence is there or it names more than one."""
    if not any(f" {verb} " in paragraph for verb in ("asked", "pressed", "questioned", "quizzed")):
        return None
    sentences = _SENTENCE_END.split(paragraph[:upto])[-2:]
    found = {m.group(2) for s in sentences for m in _ASKED_A_NAME.finditer(s)}
    return found.pop() if len(found) == 1 else None
