"""Two people named as one subject of a speech verb: "Chen and Novak said in a statement"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import is_between
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = ["JOINT", "joint_subject", "name_start"]

JOINT: Final = "two people jointly"  # a description naming no one: the words stay unattributed

_BETWEEN: Final = words_set("both jointly together")


def joint_subject(toks: list[str], cue: int) -> bool:
    """Whether the subject of the speech verb at `cue` is two people joined by "and" ("Sens.
    Laura Chen and Peter Novak said in a statement", "Solis and Sen. Tim Byers of Oregon said"):
    the words are both's, neither's alone. A pair of single words is left alone: it may be one
    firm ("Marks and Spencer said")."""
    j = cue - 1
    while j >= 0 and (is_between(toks[j]) or toks[j] in _BETWEEN):
        j -= 1
    if j < 0 or not is_cap(toks[j]):
        return False  # the cheap test first: a name (or "and") right before the verb
    second_end = j + 1
    second = name_start(toks, j)
    if second is None or second < 2 or toks[second - 1] != "and":
        return False
    first_end = second - 1
    if toks[first_end - 1] == "," and first_end >= 3:  # round 50: "Sen. Roy Blunt-Harmon, a
        closed = _before_an_appositive(toks, first_end - 1)  # Republican, and Rep. …"
        if closed is None:
            return False
        first_end = closed
    first = name_start(toks, first_end - 1)
    if first is None or (first > 0 and toks[first - 1] not in {",", ";", ":"}):
        return False  # the first name opens the sentence or its clause
    names = [toks[first:first_end], toks[second:second_end]]
    if all(len([t for t in n if is_cap(t)]) < 2 for n in names):
        return False
    if _an_office_goes_on(names[1]):
        return False  # round 57: "International Relations and Cooperation Minister Naledi Pandor"
    for name in names:
        titled = [k for k, t in enumerate(name) if t.endswith(".")]  # "Sens . Laura Chen"
        speaker = parse_speaker(" ".join(name[titled[-1] + 1 :] if titled else name))
        if not speaker or not speaker.name or speaker.is_org:
            return False
    return True


def _an_office_goes_on(second: list[str]) -> bool:
    """The words after "and" go on with the name of an office before its title and the holder's
    name ("Cooperation Minister Naledi Pandor" of "International Relations and Cooperation
    Minister …"): a word that is neither a given name nor a title, then a title."""
    return (
        len(second) > 2
        and not first_name_like(second[0])
        and not is_title_word(second[0])
        and is_title_word(second[1])
    )


def _before_an_appositive(toks: list[str], comma: int) -> int | None:
    """Where the first of two joined names ends when a comma closes it or an appositive after it
    before the "and": "[Sen. Roy Blunt-Harmon], and", "[Sen. Roy Blunt-Harmon], a Republican,
    and"; None when no name is there."""
    for k in range(comma - 1, max(0, comma - 8), -1):
        if toks[k] == ",":
            if k > 0 and is_cap(toks[k - 1]) and toks[k + 1] in {"a", "an", "the"}:
                return k
            break
    return comma if is_cap(toks[comma - 1]) else None


def name_start(toks: list[str], end: int) -> int | None:
    """Where the name ending at `end` starts ("Sens . Laura Chen", "Tim Byers of Oregon"); None
    when no name ends there."""
    k = end
    while k >= 0 and (
        (is_cap(toks[k]) and mask_id(toks[k]) is None and not toks[k].endswith(("’s", "'s")))
        or (toks[k] == "." and k > 0 and is_cap(toks[k - 1]))
        or (toks[k] == "of" and k > 0 and is_cap(toks[k - 1]) and k < end)
    ):
        k -= 1
    return k + 1 if k < end else None
