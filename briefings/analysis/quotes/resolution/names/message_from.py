"""The writer a sentence names as sending a message: "a message from Wendy Sherman, reporting …"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = ["message_writer"]

_ARTICLES: Final = words_set("a an the")
_MESSAGES: Final = words_set("message letter email e-mail note memo text")
_IN_A_ROLE: Final = words_set("of for")  # "Undersecretary for Political Affairs Wendy Sherman"
_ENDS: Final = frozenset({",", ".", ";", ":", "!", "?"})


def message_writer(toks: list[str]) -> tuple[int, str] | None:
    """The person after "a message/letter/email/note/memo/text from" ending its clause: who
    wrote it, whom a "she wrote" after it can mean ("McDonough was responding to a message from
    Undersecretary for Political Affairs Wendy Sherman, reporting that …. “…,” she wrote."); not
    a body ("a letter from the White House") nor a name going on ("a note from Smith's lawyer")."""
    for i in range(1, len(toks) - 2):
        if toks[i] != "from" or toks[i - 1].lower() not in _MESSAGES:
            continue
        if i < 2 or toks[i - 2].lower() not in _ARTICLES:
            continue
        end = i + 1
        while (
            end < len(toks)
            and mask_id(toks[end]) is None
            and (is_cap(toks[end]) or (end > i + 1 and toks[end] in _IN_A_ROLE))
        ):
            end += 1
        if end == i + 1 or (end < len(toks) and toks[end] not in _ENDS):
            continue
        speaker = parse_speaker(" ".join(toks[i + 1 : end]))
        if speaker and speaker.name and not speaker.is_org and " " in speaker.name:
            return i + 1, speaker.name
    return None
