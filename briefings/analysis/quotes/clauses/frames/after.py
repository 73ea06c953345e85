"""Reporting clauses after a quotation: "“…,” Sullivan said", "said John Kirby, the spokesman"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import NAME_PARTICLES, words_set
from briefings.analysis.quotes.clauses.frames.asides.as_clauses import as_clause
from briefings.analysis.quotes.clauses.frames.credited.documents.authors import (
    credited_author,
    sender_of,
)
from briefings.analysis.quotes.clauses.frames.rubrics import a_rubric
from briefings.analysis.quotes.clauses.words import (
    CONJUNCTIONS,
    DETERMINERS,
    PREPOSITIONS,
    STOP_NP,
    phrase_cue,
    role_word,
)
from briefings.analysis.quotes.finding.marks import has_masks, mask_id
from briefings.analysis.speech.cues import CUES, PARTICIPLE_CUES, is_between
from briefings.analysis.speech.month_names import given_month, month_named
from briefings.analysis.speech.name_shapes import appositive_name
from briefings.analysis.speech.tokens import is_cap, tokens
from briefings.analysis.speech.words import (
    NOBODY,
    PRONOUNS,
    ROLE_NOUNS,
    YEAR_OLD,
    described_head,
    person_head,
)


def _clause_frame(toks: list[str]) -> str | None:
    """A reporting clause after a quotation: "Sullivan said", "said John Kirby, the spokesman"."""
    # a quotation closed by a comma is a quote, so a short job word may open its clause ("“…,”
    # host Carla Benitez said"); not a title's ("“Daily Show” host Trevor Noah showed")
    comma = "," in toks[:2]
    while toks and toks[0] in {",", "\ue001"}:
        toks = toks[1:]
    if not toks:
        return None
    if toks[0].lower() in PARTICIPLE_CUES:  # "…,” telling reporters: the subject comes before
        return None
    if toks[0].lower() == "according" and toks[1:2] == ["to"]:  # "…,” according to Mr. Rhodes."
        phrase = []
        for t in toks[2:]:
            if t in {",", ".", ";", ":", "\ue000"}:
                break
            phrase.append(t)
        # "…,” according to a motion filed by District Attorney Rhonda Pike.": Pike's (round 44)
        return credited_author(phrase) or " ".join(phrase) or None
    if toks[0].lower() in _OBJECT_AFTER:
        return None  # round 54: "Washington, star of “Scandal,” thanked Obama for “…”": the one
        # thanked follows the verb, never its speaker
    if toks[0].lower() in CUES:
        rest: list[str] = []
        for n, t in enumerate(toks[1:], 1):
            if t in {".", ";", ":", "\ue000"} or (t == "," and rest and "," in rest):
                break
            if t in _DASHES and any(is_cap(r) for r in rest):
                break  # "said Ald. Marisol Ortega — who chairs the committee.": the aside is hers
            if t == "of" and rest and is_cap(rest[-1]) and _a_job_after_a_body(toks, n):
                rest.append(t)  # "said Ford of Britain chairman Roger Putnam"
                continue
            if t.lower() in STOP_NP and "," not in rest:
                named = _later_appositive(toks, n)
                if named and rest and rest[-1].islower():  # "wrote the ambassador at the
                    # time, John E. Herbst": the name is the speaker; "of" goes on with the
                    # job ("said Paramount's head of distribution, Wayne Lewellen")
                    if t.lower() == "of":
                        rest += toks[n : toks.index(",", n)]
                    rest += [",", named]
                break
            rest.append(t)
        while rest and rest[-1] == ",":
            rest.pop()
        if len(rest) > 1 and rest[0].lower() in _SUBJECT_PRONOUNS:
            return None  # "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe …":
            # the verb's subject came before the quotation, and "he" opens what was said
        return " ".join(rest).replace(" ,", ",") if rest else None
    for idx, t in enumerate(toks[:24]):
        nxt = toks[idx + 1] if idx + 1 < len(toks) else "."
        verb_like = t.endswith("ed") and all(is_cap(h) for h in toks[:idx]) and nxt in {".", ","}
        # "…,” it recommended.", "…,” they conclude.": a pronoun and one verb close the sentence
        verb_like = verb_like or (
            idx == 1 and toks[0].lower() in NOBODY and t.isalpha() and nxt in {".", ","}
        )
        if (t.lower() in CUES or verb_like or phrase_cue(toks, idx)) and t.islower():
            head = toks[:idx]
            if t.lower() == "say" and len(head) > 2 and head[-2:][0].lower() in _HABITUAL:
                head = head[:-2] if head[-1] == "to" else head  # "“…,” he likes to say": his
            while head and is_between(head[-1]):
                head.pop()
            head = _before_a_dash_aside(head)  # "…,” Ortega — who chairs the committee — said"
            if head[-2:] == ["quoted", "as"]:  # "…,” Braynard is quoted as saying: his words
                head = head[:-2]
                while head and head[-1] in _PASSIVE_BE:
                    head.pop()
            stops = [
                h
                for n, h in enumerate(head)
                if h in {";", ":", "\ue000", "(", ")"}
                or (h == "." and head[n + 1 : n + 2] != [","])  # "Cambridge, Mass., said"
            ]
            if not head or stops or head[-1].lower() in _JOINING:
                return None  # "“attacked” Clinton, and said …": the verb's subject came before
                # (round 54, no comma too: "noting the “kind of problems” Sanders had answering
                # questions … and saying": hers, not Sanders')
            if _a_new_clause(head):
                return None  # round 54: "fix the nation’s “broken” campaign finance system and
                # he, once again, pledged": the quotation is the earlier verb's
            if _words_described(head):
                return None  # "“…,” a claim that drew a response from Kowalski, who said …"
            head = _name_past_an_aside(head)
            first = head[0].lower()
            if len(head) == 1 and first in NOBODY:
                return first
            if not (
                is_cap(head[0])
                or first in PRONOUNS
                or first in ROLE_NOUNS
                or first in DETERMINERS
                or (_job(head[0], comma) and any(is_cap(h) for h in head))  # "reporter Jo Ray"
                or _described_name(head, comma)  # "political scientist Christopher Wlezien told"
                or _aged_name(head)  # "71-year-old Gloria Benninghoff said" (round 44)
                or _opens_with_particles(head)  # "von der Leyen said"
                or given_month(head[0], head[1] if len(head) > 1 else None)  # "June Kessler"
                or (len(head) == 1 and month_named(head[0]))  # round 58: "“…,” June says"
            ):
                return None
            subject = " ".join(head).replace(" ,", ",")
            return sender_of(subject) or subject  # "…,” the statement from Park said": Park
        if t in {";", "\ue000"} or (t == "." and nxt != ","):
            return None
    return None


def _opens_with_particles(head: list[str]) -> bool:
    """A surname that opens with its particles in lower case: "von der Leyen", "de Croo"."""
    lead = next((k for k, t in enumerate(head) if t not in NAME_PARTICLES), len(head))
    return 0 < lead <= 2 and lead < len(head) and is_cap(head[lead])


def _words_described(head: list[str]) -> bool:
    """The words before the verb open with a noun for what was said and its own clause ("a claim
    that drew a sharp response from Kowalski, who [said]"): they describe the quotation before
    them, and the verb is another's, so the quotation keeps the frame it had before."""
    return (
        len(head) > 3
        and head[0].lower() in {"a", "an"}
        and head[1].lower() in _SAYINGS
        and head[2].lower() in {"that", "which"}
    )


_SAYINGS: Final = words_set(
    """claim remark statement comment assertion charge accusation characterization description
    prediction promise boast complaint warning line phrase"""
)


def _before_a_dash_aside(head: list[str]) -> list[str]:
    """The subject before an aside between dashes that closes it ("Ald. Marisol Ortega [— who
    chairs the committee —]"); `head` itself when it does not end on such an aside."""
    if len(head) < 3 or head[-1] not in _DASHES:
        return head
    opening = next((k for k in range(len(head) - 2, 0, -1) if head[k] in _DASHES), None)
    return head[:opening] if opening is not None else head


def _name_past_an_aside(head: list[str]) -> list[str]:
    """The name after a reporter's aside on the quotation that opens the subject: "Bozell" of
    "[“…,”] the dawn of the modern conservative movement, Bozell [says]"; `head` itself when the
    aside names a person ("the spokesman, Bozell") or the part after its comma is no name."""
    if "," not in head or head[0].lower() not in _ARTICLES:
        return head
    comma = len(head) - 1 - head[::-1].index(",")
    name, aside = head[comma + 1 :], head[:comma]
    if not 0 < len(name) <= 3 or not all(is_cap(t) for t in name):
        return head
    noun = next((k for k, t in enumerate(aside) if t in PREPOSITIONS), len(aside)) - 1
    if noun < 1 or any(is_cap(t) for t in aside[1:]):
        return head  # "the dawn of Reaganism, Bozell": whose the aside is, not read
    if person_head(aside[noun]) or role_word(aside[noun]):
        return head  # "the group's spokesman, Bozell", "the head of the group, Bozell"
    return name


_ARTICLES: Final = frozenset({"the", "a", "an"})
_SUBJECT_PRONOUNS: Final = frozenset({"he", "she", "they", "we", "i", "it"})
_JOINING: Final = frozenset({"and", "but", "or"})
# speech verbs whose subject never follows them, the one after being their object
_OBJECT_AFTER: Final = words_set(
    """thanked praised accused attacked blasted slammed criticized criticised mocked belittled
    defended dubbed labeled labelled"""
)
_CLAUSE_PRONOUNS: Final = frozenset({"he", "she", "they", "it"})


def _a_new_clause(head: list[str]) -> bool:
    """Words before a speech verb that open a clause of their own with "and"/"but" and a
    pronoun ("campaign finance system and he, once again,"): the verb is that pronoun's, and the
    quotation before sits in the clause before; not "Smith and I"."""
    return any(
        head[n].lower() in _JOINING and head[n + 1].lower() in _CLAUSE_PRONOUNS
        for n in range(1, len(head) - 1)
    )


_PASSIVE_BE: Final = words_set("is was were are has have had been being")
# verbs before "to say" that report a saying as a habit: "he likes to say", "she used to say"
_HABITUAL: Final = words_set("likes liked loves loved used")


def _a_job_after_a_body(toks: list[str], of: int) -> bool:
    """The "of" at `of` joins a body's name ("Ford of Britain", "Bank of England") that a job and
    a name follow: "Ford of Britain chairman Roger Putnam"; not "Kim of North Korea"."""
    k = of + 1
    while k < len(toks) and is_cap(toks[k]):
        k += 1
    return k > of + 1 and k + 1 < len(toks) and role_word(toks[k]) and is_cap(toks[k + 1])


def _later_appositive(toks: list[str], at: int) -> str | None:
    """The full name closing a clause after a short phrase: ", John E. Herbst." of "at the time,
    John E. Herbst."."""
    comma = next((n for n in range(at, min(len(toks), at + 6)) if toks[n] == ","), None)
    if comma is None:
        return None
    end = comma + 1
    while end < len(toks) and toks[end] not in {",", ".", ";", "\ue000"}:
        end += 1
    if end < len(toks) and toks[end] not in {",", "."}:
        return None
    return appositive_name(" ".join(toks[comma + 1 : end]))


def own_frames(sentence: str) -> tuple[list[str], dict[int, str]]:
    """Tokens of a masked sentence and, per quotation id, the speaker phrase of its own frame."""
    toks = tokens(sentence)
    own: dict[int, str] = {}
    if not has_masks(sentence):
        return toks, own
    for i, t in enumerate(toks):
        k = mask_id(t)
        if k is not None:
            phrase = (
                _clause_frame(toks[i + 1 :])
                or as_clause(toks[i + 1 :], _clause_frame)  # "“…,” as Cruz said"
                or (
                    _signature(toks[i + 1 :])
                    if set(toks[:i]) <= {"\ue000"} or a_rubric(toks[:i])  # round 57: "QUOTE OF
                    else None  # THE DAY: “…” — Rep. Nancy Ferrante (D-Calif.)": hers
                )
            )
            if phrase:
                own[k] = phrase
    return toks, own


_DASHES: Final = frozenset({"—", "–", "--"})
_MONTHS: Final = words_set(
    """January February March April May June July August September October November December Jan.
    Feb. Mar. Apr. Aug. Sept. Sep. Oct. Nov. Dec."""
)


def _signature(toks: list[str]) -> str | None:
    """A quotation signed after a dash, as an embedded post is: "“…” — Donald J. Trump
    (@realDonaldTrump) October 10, 2016" (the handle in brackets already gone), "“…” — Jo Cox"."""
    while toks and toks[0] in {"\ue001", ".", ","}:
        toks = toks[1:]
    if not toks or toks[0] not in _DASHES:
        return None
    end = 1
    while end < len(toks) and is_cap(toks[end]) and toks[end] not in _MONTHS:
        end += 1
    rest = toks[end:]
    if end == 1 or not (not rest or rest[0] in _MONTHS or rest[0] in {".", ",", "("}):
        return None
    return " ".join(toks[1:end])


_NOT_DESCRIBING: Final = PREPOSITIONS | CONJUNCTIONS | DETERMINERS


def _described_name(head: list[str], comma: bool = False) -> bool:
    """Words for what someone does, then their name: "political scientist Christopher Wlezien",
    "conservative commentator Jonah Goldberg"."""
    first_cap = next((n for n, h in enumerate(head) if is_cap(h)), len(head))
    return (
        0 < first_cap < len(head)
        and all(is_cap(h) for h in head[first_cap:])
        and first_cap <= 3
        and all(h.isalpha() and h.islower() for h in head[:first_cap])
        and not any(h in _NOT_DESCRIBING for h in head[:first_cap])
        and any(_job(h, comma) for h in head[:first_cap])
    )


def _aged_name(head: list[str]) -> bool:
    """An age, then a name: "71-year-old Gloria Benninghoff" (of "“…,” 71-year-old Gloria
    Benninghoff said")."""
    return (
        len(head) > 1
        and head[0][:1].isdigit()
        and YEAR_OLD.fullmatch(head[0]) is not None
        and all(is_cap(h) for h in head[1:])
    )


def _job(tok: str, comma: bool) -> bool:
    """A lower-case word for what someone does: "reporter", "pollster"; after a quotation closed
    by a comma also the short heads the endings miss ("host", "chef": "radio host Carla Benitez
    said")."""
    return role_word(tok) or (comma and described_head(tok))


def _frame_before_a_participle(toks: list[str], commas: list[int]) -> tuple[str, int] | None:
    """Round 58: "Trump’s “excesses” are sickening, Hollande said Tuesday, noting the nominee
    “makes you want to retch.”": the reporting clause before a last clause opened by a speech
    verb's participle, which quotes on; None when there is no such clause."""
    if len(commas) < 2 or toks[commas[-1] + 1 : commas[-1] + 2] == []:
        return None
    if toks[commas[-1] + 1].lower() not in PARTICIPLE_CUES:
        return None
    c = commas[-2]
    clause = toks[c + 1 : commas[-1]]
    if not clause or len(clause) > 12 or any(mask_id(t) is not None for t in clause):
        return None
    phrase = _clause_frame(clause)
    return (phrase, c) if phrase else None


def final_frame(toks: list[str]) -> tuple[str, int] | None:
    """ "…, President Biden’s administration warned." closing the sentence."""
    commas = [i for i, t in enumerate(toks) if t == ","]
    if not commas:
        return None
    c = commas[-1]
    clause = toks[c + 1 :]
    if any(mask_id(t) is not None for t in clause):
        return _frame_before_a_participle(toks, commas)
    if len(clause) <= 12:
        phrase = _clause_frame(clause)
        if phrase:
            return phrase, c
    for c in reversed(commas[:-1]):  # "…, says Dante Scala, a political scientist at …"
        clause = toks[c + 1 :]
        if any(mask_id(t) is not None for t in clause) or len(clause) > 30:
            return None
        if clause[0].lower() in CUES and clause[0].islower():
            phrase = _clause_frame(clause)
            return (phrase, c) if phrase else None
    return None
