"""Two people as one subject ("Okafor and Carver", "The two women"): a "he" after may mean either."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.clauses.sayers.main_subject.asides import (
    past_brackets,
    past_relative_aside,
)
from briefings.analysis.quotes.clauses.words import past_conjunctions, verb_like
from briefings.analysis.quotes.resolution.descriptions.offices import is_office
from briefings.analysis.quotes.resolution.resolve import DESCRIBED, described_person
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap, is_possessive

__all__ = ["pair_gender", "paired_subjects"]

ASIDE: Final = 8  # the most words an aside on a name may have: ", chairman of the … Committee,"
_NOT_ASIDE: Final = words_set("who whose which that and or but")
_PLURAL_VERBS: Final = words_set(
    "are were have had do did will would can could may might must met"
    # round 47: verbs of two in the present ("… and her husband, Carl, live across the road")
    " live own run want share agree disagree remain work hold plan hope oppose support"
)
# adverbs between the pair and its verb: "Abbott and Lt. Gov. Dan Patrick then met with reporters"
_BEFORE_VERB: Final = words_set("then also later both together jointly again")


def paired_subjects(toks: list[str]) -> list[tuple[int, str]]:
    """The two people a sentence opens with as its subject, joined by "and" ("Okafor and Carver
    were once allies", "Rep. Thomas Albright, R-Ohio, chairman of the House Appropriations
    Committee, and Sen. Kevin Doyle, D-Mont., have been trading drafts"), or a list of them (round
    44: "Roy Cooper, Henry McMaster and Josh Green met …"), with where each is named; [] when the
    sentence does not open so. None is more salient than another."""
    j = past_conjunctions(toks)
    first = _person_at(toks, j)
    if first is None:
        return []
    k = _past_asides(toks, first[1])
    middle: list[tuple[str, int, int]] = []
    while k < len(toks) and toks[k] == ",":
        k += 1
        listed = _person_at(toks, k) if len(middle) < 4 and toks[k : k + 1] != ["and"] else None
        if listed is None:  # round 44: "Roy Cooper, Henry McMaster and Josh Green met …"
            break
        middle.append(listed)
        k = _past_asides(toks, listed[1])
    if k >= len(toks) or toks[k] != "and":
        return []
    second = _person_at(toks, k + 1)
    if second is None:
        return []
    k = _past_asides(toks, second[1])
    if k + 1 < len(toks) and toks[k] in _BEFORE_VERB:
        k += 1
    verb = toks[k] if k < len(toks) else ""
    if not (verb in _PLURAL_VERBS or (verb_like(verb) and not verb.endswith("s"))):
        return []  # "… have been", "… met", "… were"; not "… says" or "… was" (a verb of one)
    people = [first, *middle, second]
    if len({p[0] for p in people}) < len(people):
        return []
    return [(p[2], p[0]) for p in people]


# "The two women", "Both men": two people of one gender as the subject, neither named
_PAIR_OPENS: Final = words_set("the both")
_PAIR_NOUNS: Final = {"men": "m", "women": "f", "brothers": "m", "sisters": "f"}


def pair_gender(toks: list[str], at: int = 0) -> str | None:
    """The gender of two people described, not named, opening the sentence at `at` as the subject
    of a verb ("The two women have known each other for decades.", "Both men declined to
    comment."): a "she" or "he" after it may mean either; None when the sentence does not open so."""
    k = past_conjunctions(toks, at)
    if k >= len(toks) or toks[k].lower() not in _PAIR_OPENS:
        return None
    k += 1 + (toks[k].lower() == "the" and toks[k + 1 : k + 2] == ["two"])
    gender = _PAIR_NOUNS.get(toks[k]) if k < len(toks) else None
    after = toks[k + 1] if k + 1 < len(toks) else ""
    return gender if after in _PLURAL_VERBS or verb_like(after) else None


def _person_at(toks: list[str], at: int) -> tuple[str, int, int] | None:
    """The person named by the capitalised words at `at` (titles kept: "Sen. Kevin Doyle") or
    described there ("the sheriff": DESCRIBED + "sheriff", whom it means read in order), the index
    past them and where they start; None when they name no person or a body."""
    apposed = _apposed_name(toks, at)
    if apposed is not None:  # round 47: "His sister, Margaret Dean, and her husband, Carl, live"
        return apposed
    end = at
    if at < len(toks) and toks[at].lower() == "the":  # "The sheriff and Whitmore have clashed"
        end = at + 1
        while (
            end < len(toks)
            and end - at <= 3
            and toks[end].isalpha()
            and toks[end].islower()
            and toks[end] not in _NOT_ASIDE
            and not verb_like(toks[end])
        ):
            end += 1
        sp = parse_speaker(" ".join(toks[at:end]))
        if sp is None or sp.role is None or not (described_person(sp) or is_office(sp.role)):
            return None
        return DESCRIBED + sp.role, end, at
    while end < len(toks) and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end == at:
        return None
    sp = parse_speaker(" ".join(toks[at:end]))
    if sp is None or not sp.name or sp.is_org:
        return None
    return sp.name, end, at


_APPOSED_OPENS: Final = words_set("his her their a an the")
_APPOSED_REACH: Final = 5  # the most words of the noun phrase before the name: "the state's health
# secretary"


def _apposed_name(toks: list[str], at: int) -> tuple[str, int, int] | None:
    """The person named between commas after a noun phrase that opens with "his", "her", "a",
    "the" or an owner ("her husband, Carl,", "a patient advocate, Maria Soto,", "Colombia's
    foreign minister, Lucía Montoya,"), the index of the closing comma (past it when a verb
    follows) and where the name starts; None when the words at `at` are no such phrase."""
    if at >= len(toks):
        return None
    first = toks[at]
    if not (first.lower() in _APPOSED_OPENS or (is_cap(first) and is_possessive(first))):
        return None
    k = at + 1
    while k < len(toks) and k - at <= _APPOSED_REACH and toks[k] != ",":
        word = toks[k]
        owner = is_possessive(word)  # "the state's health secretary"
        if word[:1].isupper() or not (word.isalpha() or owner):
            return None
        if word in _NOT_ASIDE or (verb_like(word) and not owner):
            return None
        k += 1
    if k == at + 1 or k >= len(toks) or toks[k] != ",":
        return None
    end = k + 1
    while end < len(toks) and is_cap(toks[end]) and not is_possessive(toks[end]):
        end += 1
    if end == k + 1 or end >= len(toks) or toks[end] != ",":
        return None
    sp = parse_speaker(" ".join(toks[k + 1 : end]))
    if sp is None or not sp.name or sp.is_org:
        return None
    after = toks[end + 1] if end + 1 < len(toks) else ""
    if after in _PLURAL_VERBS or verb_like(after):
        return sp.name, end + 1, k + 1  # "her husband, Carl, live": the verb
    return sp.name, end, k + 1  # the comma, for an aside or an "and": "her husband, Ed, 67, who"


def _past_asides(toks: list[str], at: int) -> int:
    """Past asides on a name between commas (", R-Ohio,", ", chairman of the … Committee,", ", who
    represents the east side,") and labels in brackets ("(D-Mont.)"): where the sentence goes on,
    the comma before an "and" left for the caller."""
    at = past_brackets(toks, at)
    while at < len(toks) and toks[at] == ",":
        close = past_relative_aside(toks, at) - 1  # ", who …,": its closing comma
        if close < at:
            close = _aside_end(toks, at)
        if close < 0:
            return at
        after = toks[close + 1] if close + 1 < len(toks) else ""
        if after == "and":
            return close
        if after in _PLURAL_VERBS or verb_like(after):
            return close + 1
        at = close  # another aside follows
    return at


_ARTICLES: Final = words_set("a an the")


def _aside_end(toks: list[str], at: int) -> int:
    """The comma closing a short aside with no verb opened by the comma at `at`; -1 when none."""
    k = at + 1
    while k < len(toks) and k - at <= ASIDE and toks[k] != ",":
        adjective = toks[k - 1].lower() in _ARTICLES and toks[k].endswith("ed")  # round 47:
        # ", a retired nurse,": a participle between the article and its noun
        if (verb_like(toks[k]) and not adjective) or toks[k].lower() in _NOT_ASIDE:
            return -1
        k += 1
    return k if k < len(toks) and toks[k] == "," and k > at + 1 else -1
