"""Past what stands between a name and its verb: a place, an aside, an adverb."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.given_names.gender import KIN
from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.cues import is_between
from briefings.analysis.speech.name_shapes import first_name_like, is_title_word
from briefings.analysis.speech.tokens import is_cap, without_possessive
from briefings.analysis.speech.words import person_head

_DASHES: Final = frozenset({"—", "–", "--"})


def past_place(toks: list[str], start: int, end: int) -> int:
    """Past "of" and the place after a full name at `start`..`end` ("Representative Debbie
    Wasserman Schultz [of Florida]"); `end` itself when there is none or no full name."""
    if not (
        end - start >= 2
        and toks[end : end + 1] == ["of"]
        and end + 1 < len(toks)
        and is_cap(toks[end + 1])
        and any(first_name_like(t) for t in toks[start : end - 1])
    ):
        return end
    at = end + 1
    while at < len(toks) and is_cap(toks[at]) and mask_id(toks[at]) is None:
        at += 1
    return at


def past_brackets(toks: list[str], at: int) -> int:
    """Past a short label in brackets at `at`, with no quotation inside it: "(R-Okla.)", "(D)";
    `at` itself when there is none."""
    if toks[at : at + 1] != ["("]:
        return at
    for k in range(at + 1, min(len(toks), at + 8)):
        if mask_id(toks[k]) is not None:
            return at
        if toks[k] == ")":
            return k + 1
    return at


def past_relative_aside(toks: list[str], at: int) -> int:
    """Past a clause on the name between commas at `at` (", who has welcomed support from the Tea
    Party,"), with no quotation inside it; `at` itself when there is none."""
    if toks[at : at + 2] != [",", "who"]:
        return at
    for k in range(at + 2, min(len(toks), at + 30)):
        if mask_id(toks[k]) is not None or toks[k] in {".", ";", ":", "\ue000"}:
            return at
        if toks[k] == ",":
            return k + 1
    return at


def past_dash_aside(toks: list[str], at: int) -> int:
    """Past an aside between dashes at `at` ("Brooks — who chairs the panel — was blunt"), with no
    quotation inside it; `at` itself when there is none."""
    if at >= len(toks) or toks[at] not in _DASHES:
        return at
    for k in range(at + 1, min(len(toks), at + 30)):
        if mask_id(toks[k]) is not None or toks[k] in {".", ";", "\ue000"}:
            return at
        if toks[k] in _DASHES:
            return k + 1
    return at


def past_description(toks: list[str], j: int) -> int:
    """Where the name starts after a description opening the sentence: "The actress [Kate
    Winslet]", "The veteran Labour MP [Tam Dalyell]"; `j` when there is none."""
    start = j
    if j + 1 < len(toks) and toks[j] == "the" and _fronted(toks, j):  # "There, the …"
        j += 1
    while 1 < j <= len(toks) and toks[j - 1].islower() and _owners(toks[j - 1]):
        j -= 1  # back to the description's start: "The [candidate’s] glamorous wife"
    if not (0 < j < len(toks) and toks[j - 1] in {"The", "the"} and toks[j].islower()):
        return start
    m = j
    while m < len(toks) and m - j < 3 and _described_word(toks[m]):
        m += 1
    if m < len(toks) and is_cap(toks[m]) and (person_head(toks[m - 1]) or toks[m - 1] in KIN):
        return m  # "The actress [Kate Winslet]", "The candidate’s glamorous wife [Melania Trump]"
    if m < len(toks) and is_cap(toks[m]) and _titled_name_at(toks, m):
        return m  # "The district GOP Chairman [Chuck Williams]": a title's word before a name
    return start


def _owners(tok: str) -> bool:
    """A lower-case owner's word: "candidate’s", "party’s"."""
    bare = without_possessive(tok)
    return bare != tok and bare.isalpha()


def _described_word(tok: str) -> bool:
    """A lower-case word of a description, or an owner's ("The candidate’s glamorous wife")."""
    return tok.islower() and (tok.isalpha() or without_possessive(tok).isalpha())


# one-word adverbs of place or time fronted before a sentence's subject: "There, the …"
_FRONTED: Final = words_set("there here meanwhile later still instead afterward afterwards then")


def _fronted(toks: list[str], at: int) -> bool:
    """`at` follows one fronted adverb and its comma opening the sentence ("There, the …")."""
    return at == 2 and toks[1] == "," and toks[0].lower() in _FRONTED


def _titled_name_at(toks: list[str], at: int) -> bool:
    """A capitalised run at `at` holds a title's word ("Chairman", "Commissioner") followed by a
    first name and at least one more capitalised word: "GOP Chairman Chuck Williams"."""
    end = at
    while end < len(toks) and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    return any(is_title_word(toks[k]) and first_name_like(toks[k + 1]) for k in range(at, end - 2))


_SELF: Final = words_set("himself herself also")


_WEEKDAYS: Final = words_set("monday tuesday wednesday thursday friday saturday sunday")


_DAY_PARTS: Final = words_set("morning afternoon evening night")


_LAST_NEXT: Final = words_set("last this")


_PERIODS: Final = words_set("week month year weekend spring summer fall autumn winter night")
# round 58: British copy dates its verb between subject and verb: "Tom Wright last night accused"


# words of time or manner between a subject and its verb: "Carson once drew close to Trump"
_ADVERBS: Final = words_set("once later then never still often always now first soon already")


def skip_adverbials(toks: list[str], at: int) -> int:
    """Past words between a subject and its verb: "himself", "also", "quickly", "on Wednesday
    morning"."""
    while at < len(toks):
        tok = toks[at]
        if tok in _SELF or tok in _ADVERBS or (tok.endswith("ly") and is_between(tok)):
            at += 1
        elif tok in _LAST_NEXT and at + 1 < len(toks) and toks[at + 1] in _PERIODS:
            at += 2  # "Rep. Brad Sherman last month joked"
        elif tok == "on" and at + 1 < len(toks) and toks[at + 1].lower() in _WEEKDAYS:
            at += 2
            if at < len(toks) and toks[at] in _DAY_PARTS:
                at += 1
        else:
            break
    return at


def past_short_appositive(toks: list[str], at: int) -> int:
    """Past an appositive of a few words between commas at `at` (", a Democrat,"); `at` itself
    when there is none."""
    if at >= len(toks) or toks[at] != "," or at + 1 >= len(toks):
        return at
    if toks[at + 1].lower() not in {"a", "an", "the"}:
        return at
    for k in range(at + 2, min(len(toks), at + 8)):
        if toks[k] == ",":
            return k + 1
        if not toks[k].replace("-", "").replace("’", "").replace("'", "").isalpha():
            return at
    return at
