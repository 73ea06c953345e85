"""The person a reporter asked in a clause opening the sentence, whom its "he" or "she" means:
"When a reporter asked state Treasurer Glen Maddox whether …, he paused. “…,” he said"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = ["asked_in_a_fronted_clause"]

_WHEN: Final = words_set("when When after After")
# whoever asks without being named: the writer, or reporters not named
_ASKERS: Final = words_set("I we We reporters journalists")
_ASKER_NOUNS: Final = words_set("reporter reporters journalist journalists interviewer")
_ASKER_DETERMINERS: Final = words_set("a the one another")
_ASKED: Final = words_set("asked pressed questioned")
_PRONOUNS: Final = words_set("he she")
_DESCRIPTION_WORDS: Final = 6  # at most this many lower-case words describe the one asked


def asked_in_a_fronted_clause(toks: list[str]) -> tuple[int, int, str] | None:
    """For a sentence opening (after at most one fronted phrase and its comma: "Last week,") on
    "When" or "After", an asker not named ("I", "a reporter", "reporters") and "asked" or
    "pressed" before a person's name, whose main clause's subject is "he" or "she": the asking
    verb's and the name's token indexes and the name. The one asked is the subject a later "he"
    means, not someone named before: "When I asked Mayor Ellen Brooks about the shortfall, she
    laughed."; "When reporters asked the company's chief executive, Martin Keane, why …, he …"."""
    if "asked" not in toks and "pressed" not in toks and "questioned" not in toks:
        return None  # (cheap first: most sentences hold no asking verb)
    w = _when_at(toks)
    if w is None:
        return None
    v = _asker_end(toks, w + 1)
    if v is None or v >= len(toks) or toks[v] not in _ASKED:
        return None
    start = v + 1
    k = start  # past a description in lower case: "state", "the company's chief executive ,"
    while k < len(toks) and k - start < _DESCRIPTION_WORDS and not is_cap(toks[k]):
        if not (toks[k][:1].isalpha() and toks[k].islower()) and toks[k] != ",":
            return None
        k += 1
    end = k
    while end < len(toks) and is_cap(toks[end]):
        end += 1
    if end == k:
        return None
    sp = parse_speaker(" ".join(toks[k:end]))
    if sp is None or not sp.name or sp.is_org:
        return None
    main = [i for i in range(end, len(toks) - 1) if toks[i] == "," and toks[i + 1] in _PRONOUNS]
    return (v, k, sp.name) if main else None


def _when_at(toks: list[str]) -> int | None:
    """Where "when" opens the sentence, or follows one fronted phrase of at most four words and
    its comma ("Last month, when …")."""
    if toks and toks[0] in _WHEN:
        return 0
    for i in range(1, min(len(toks) - 1, 5)):
        if toks[i] == ",":
            return i + 1 if toks[i + 1].lower() in ("when", "after") else None
    return None


def _asker_end(toks: list[str], at: int) -> int | None:
    """Past the unnamed asker starting at `at`: "I", "we", "reporters", "a reporter"."""
    if at < len(toks) and toks[at] in _ASKERS:
        return at + 1
    if at + 1 < len(toks) and toks[at].lower() in _ASKER_DETERMINERS:
        return at + 2 if toks[at + 1] in _ASKER_NOUNS else None
    return None
