"""A speech verb's subject that names no one: "which an FBI investigation said", "a sign reading"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.frames.credited.documents.authors import relayed_sender
from briefings.analysis.quotes.clauses.sayers.subjects import (
    name_before_a_bodys_appositive,
    name_before_of,
)
from briefings.analysis.quotes.clauses.words import AUX, IRREGULAR, phrase_cue
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES, is_between
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive
from briefings.analysis.speech.words import PRONOUNS, one_person

_PLACE_BEFORE: Final = words_set("in from at near")


_INSCRIBING: Final = words_set("read reads reading said says saying")


# things bearing words: "a sign reading “…”", "a headline that read “…”"
# (not "a statement saying": the words of whoever issued it)
_INSCRIBED: Final = words_set(
    "sign signs banner banners placard placards poster posters shirt shirts t-shirt t-shirts hat"
    " hats cap caps button buttons sticker stickers billboard headline caption"
)


_SOMEONE: Final = words_set("someone somebody")  # "When someone in the audience shouted, “Cruz”"


_UNNAMING: Final = words_set("a an one some several many these those the") | _SOMEONE


_SUBJECT_OPENS: Final = words_set("which that when as and but while after because where since so")


def unnamed_subject(toks: list[str], upto: int) -> str | None:
    """The subject of the speech verb nearest before the quotation when it names no one: "…,
    which an FBI investigation said was “…”", "when a member of the family suggested …": the words
    are that body's or that unnamed person's, not those of a person named earlier in the
    sentence; or when it is "he" or "she" ("When Sanders accused Clinton …, she said “…”")."""
    m = upto - 2 if toks[upto - 1 : upto] == ["\ue000"] else upto - 1
    while m > 0 and not (
        (toks[m] in CUES or toks[m] in _INSCRIBING or _perfect_writing(toks, m))
        and toks[m].islower()
    ):
        if mask_id(toks[m]) is not None or toks[m] in {";", ":", "\ue000"}:
            return None
        m -= 1
    if m > 0 and toks[m - 1] in _PASSIVE_BE and not toks[m].endswith("ing"):
        return None  # "the family had been offered $8,000 for land worth “…”": offered to them
    if toks[m] in _INSCRIBING and m > 0:
        relayed = relayed_sender(toks, m)
        if relayed:  # "reposted a message from Rep. Kevin Tolliver, which read, “…”": his words
            return relayed
    if toks[m] in _INSCRIBING and m > 0:  # "pointed to a sign reading “…”": the sign's words
        thing = _indefinite_before(toks, m - 1 if toks[m - 1] not in {"that", "which"} else m - 2)
        if thing and thing.split()[-1].lower() in _INSCRIBED:
            return thing
    if m > 1 and toks[m] in PARTICIPLE_CUES and toks[m - 1] == ",":
        return _clause_subject_before(toks, m - 1)  # "…, as a cleaner walks in, saying"
    if m <= 0 or toks[m] in PARTICIPLE_CUES or phrase_cue(toks, m):
        return None
    j = m - 1
    while j >= 0 and is_between(toks[j]):
        j -= 1
    if j >= 0 and toks[j] == ",":  # "a woman in Worcester, Massachusetts, told": past the state
        k = j - 1
        while k >= 0 and is_cap(toks[k]):
            k -= 1
        if k >= 1 and k < j - 1 and toks[k] == "," and is_cap(toks[k - 1]):  # "Town, State,"
            j = k - 1
        else:  # "One ward sister, Ms Lowry said, had told her": past the aside
            j = _past_aside(toks, j)
    end = j
    if end >= 1 and toks[end] == "who":  # "interrupted by a protester who shouted"; "mocked
        # Brennan, who has said he is “…”": Brennan's words
        before = end - 1 if toks[end - 1] != "," else end - 2
        return _indefinite_before(toks, before) or _name_ending(toks, before)
    if (
        end >= 0
        and toks[end].lower() in PRONOUNS
        and (end == 0 or toks[end - 1] == "," or toks[end - 1].lower() in _SUBJECT_OPENS)
    ):  # "When Sanders accused Clinton of …, she said “…”": she, not Sanders
        return toks[end].lower()
    start = None  # the determiner opening the subject: after a comma or a clause's opening word
    while j >= 0 and end - j < 8 and toks[j].isalpha() and toks[j].lower() not in _SUBJECT_OPENS:
        reported = j > 0 and toks[j - 1] in _REPORTING
        if (toks[j].lower() in _UNNAMING or (reported and toks[j] in _OWNING)) and (
            j == 0 or toks[j - 1] == "," or toks[j - 1].lower() in _SUBJECT_OPENS or reported
        ):  # "a member of the family": not "the family", the object of "of"; "Ocampo said a
            start = j  # voter in Yuma had told her", "said her neighbor had told her": nested
            break
        j -= 1
    if start is None or (start == end and toks[start].lower() not in _SOMEONE):
        return None
    words = toks[start : end + 1]
    if any(
        is_cap(w) and not w.isupper() and words[n].lower() not in _PLACE_BEFORE
        for n, w in enumerate(words[1:])
    ):
        return None  # a name inside: "a spokesman for Hillary Clinton said"; not a place: "a
        # woman in Worcester"
    if words[0].lower() == "the" and one_person(words[-1]):
        return None  # "the senator said": someone the article named
    return " ".join(words)


_OWNING: Final = words_set("her his their my our")
_PASSIVE_BE: Final = words_set("been being was were is are be")  # before a passive verb
_REPORTING: Final = words_set("said says say added adds")  # their complement's subject


def _perfect_writing(toks: list[str], m: int) -> bool:
    """ "had written": a speech verb in the perfect ("a constituent had written to her that")."""
    return toks[m] == "written" and m > 0 and toks[m - 1] in {"had", "has", "have"}


def _past_aside(toks: list[str], comma: int) -> int:
    """Before an aside of a reporting clause ending at `comma` (", Ms Lowry said,", ", she
    said,"): the word before its opening comma; `comma` itself when there is none."""
    cue = comma - 1
    if cue < 2 or toks[cue] not in CUES or not toks[cue].islower():
        return comma
    k = cue - 1
    while k >= 0 and cue - k <= 4 and (is_cap(toks[k]) or toks[k] in PRONOUNS):
        k -= 1
    return k - 1 if k >= 1 and k < cue - 1 and toks[k] == "," else comma


def _name_ending(toks: list[str], end: int) -> str | None:
    """The name of a person ending at `end`: "Brennan" of "mocked Brennan, who said"."""
    start = end
    while start >= 0 and is_cap(toks[start]) and not is_possessive(toks[start]):
        start -= 1
    if start == end:
        return None
    held = name_before_of(toks, start + 1) or name_before_a_bodys_appositive(toks, start + 1)
    if held is not None:  # "Ernie Tedeschi of Yale, who called …": the person, not his place;
        return held  # "Anne Kowalski, a physicist with the Nuclear Safety Project, who said": hers
    phrase = " ".join(toks[start + 1 : end + 1])
    speaker = parse_speaker(phrase)
    return phrase if speaker and speaker.name and not speaker.is_org else None


def _indefinite_before(toks: list[str], end: int) -> str | None:
    """An indefinite description ending at `end` that a "who" after it stands for: "a protester",
    "one man in the crowd"; None for a name or "the …"."""
    j = end
    while j >= 0 and end - j < 6 and toks[j].isalpha() and toks[j].islower():
        if toks[j] in _UNNAMING - {"the"}:
            return " ".join(toks[j : end + 1]) if j < end else None
        j -= 1
    return None


_CLAUSE_OPENS: Final = words_set("where as while when after before because since until and but")
_COUNTING: Final = words_set("a an one some several many about dozens hundreds thousands the")


def _clause_subject_before(toks: list[str], comma: int) -> str | None:
    """The unnamed subject of the clause ending at the comma before ", saying" or ", calling":
    "… as a cleaner walks in, saying he is “…”", "…, where about 50 protesters had gathered,
    calling it “…”": the words are theirs, not those of a person named earlier in the sentence."""
    k = comma - 1
    while k >= 0 and comma - k <= 15 and toks[k] not in _CLAUSE_OPENS:
        if toks[k] in {",", ";", ":"} or mask_id(toks[k]) is not None:
            return None
        k -= 1
    if k < 0 or toks[k] not in _CLAUSE_OPENS:
        return None
    start = k + 1
    first = toks[start].lower() if start < comma else ""
    if not (first in _COUNTING or first.isdigit()):
        return None
    end = start + 1
    while end < comma and end - start < 5 and not _a_verb(toks, end):
        if not ((toks[end].isalpha() and toks[end].islower()) or toks[end].isdigit()):
            return None
        end += 1
    if end == start + 1 or end >= comma or not _a_verb(toks, end):
        return None  # "as a ladder to the middle class, noting": no clause, no subject
    words = toks[start:end]
    if first == "the" and one_person(words[-1]):
        return None  # "as the senator walked in, saying": someone the article named
    return " ".join(words)


def _a_verb(toks: list[str], at: int) -> bool:
    """The word at `at` reads as the verb after a subject: "had", "gathered", "walks" (a word in
    -s after a noun; "about 50 protesters" is no verb)."""
    w = toks[at]
    if w in AUX or w in IRREGULAR or (w.endswith("ed") and w.islower()):
        return True
    prev = toks[at - 1].lower()
    return (
        w.islower()
        and w.endswith("s")
        and not w.endswith("ss")
        and not (prev in _COUNTING or prev.isdigit())
    )
