"""Who the reporter's own sentences around a PolNeAR Source report as speaking.

The text with quotations and asides blanked, the people it names, and the person an outlet's
Source reports."""

from __future__ import annotations

import re

from briefings.analysis.common.given_names.first_names import is_given_name
from evaluation.quotes.polnear.sources import (
    GROUPS,
    OPENERS,
    SEGMENT,
    TITLE_WORDS,
    TITLES,
    VERBISH,
    is_name,
    not_a_person,
    person_mentions,
    shown_gender,
    word_set,
)


def masked_text(text: str) -> str:
    """The text with its quotations (as the gold segments pair them) and asides in parentheses
    blanked: the reporter's own sentences."""
    out = list(text)
    at = 0
    for line in text.split("\n"):
        for m in SEGMENT.finditer(line):
            out[at + m.start() : at + m.end()] = " " * (m.end() - m.start())
        at += len(line) + 1
    for m in re.finditer(r"\([^()\n]*\)", text):  # an aside: "(which his colleague … defended)"
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def people_named(
    text: str,
    people: list[tuple[int, str]],
    full_names: list[tuple[int, str]],
    genders: dict[str, str | None],
) -> set[str]:
    """Surnames the article may show as people's: Sources and subjects (alone too: "Trump
    welcomed"), names in full with a given name of clear gender, names after a title ("Chairman
    Chuck Williams"), names described as someone ("Naureen Jahangir, a Sanders supporter"); not
    an opener, an adverb, an organisation, a place the article writes after "in" ("in Puerto
    Rico") or only after words that are no given names ("Puerto Rico", "New York Times")."""
    titled = set()
    for m in re.finditer(r"\b(?:" + TITLE_WORDS + r")\.?\s+", text):
        run = re.match(r"(?:(?:[A-Z]\.|[A-Z][\w’'\-]+)\s+)*[A-Z][\w’'\-]+", text[m.end() :])
        if run:  # "Chairman Chuck Williams", "Speaker Paul D. Ryan": the run's last
            titled.add(re.sub(r"(’s|'s)$", "", run.group(0).split()[-1]))
    shown = {n for p, n in full_names if genders.get(n) or shown_gender(text, p, n)}
    subjects = {n for _, n in person_mentions(text, frozenset(re.findall(r"[A-Z][\w’'\-]+", text)))}
    described = {  # not "Quadrivium, a foundation": a group's or a place's name
        n
        for n, what in re.findall(r"\b([A-Z][a-z][\w’'\-]*), (?:a|an|the) ([^,.;:]*)", text)
        if not word_set(what.lower()) & (GROUPS | _PLACES)
    }

    def personal(name: str) -> bool:
        before = re.findall(rf"\b([A-Z][\w’'\-]+) {re.escape(name)}\b", text)
        return (
            is_name(name, text)
            and name not in OPENERS | TITLES | _ADVERBS
            and name.lower() not in _PREPOSITIONS
            and not name.endswith("ly")
            and not re.search(rf"\bin (?:[A-Z][\w’'\-]+ )*{re.escape(name)}\b", text)
            and not not_a_person(name, text, genders)
            and (
                name in described
                or not before
                or any(is_given_name(w) or w in TITLES for w in before)
            )
        )

    return {
        n for n in {n for _, n in people} | shown | titled | subjects | described if personal(n)
    }


_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bGen)[.!?:;]\s+|\n"
)
_PLACES = word_set("town city state county country village district region suburb neighborhood")
_ADVERBS = word_set("However Likewise Instead Meanwhile Moreover Indeed Nevertheless Otherwise")
_SUBORDINATE = word_set(
    "When If While After Before As Since Because Although Though Unless Until Once"
)
_PREPOSITIONS = word_set(
    """of to for with by at from on about against in into than like toward towards over under
    between among around through via including versus vs behind"""
)


def reported_person(masked: str, at: int, candidates: set[str]) -> str | None:
    """Whom the sentence holding an outlet's Source at `at` reports as speaking ("Trump said he was
    “happy to see” it, according to The New York Times"): the name of its reporting clause
    ("Obama said", "said Kristen Day"), else its first person named outside quotations, not in
    an opening "When …," clause, not a possessive, not after a preposition, not naming something
    else ("The Murdoch outlets", "Sanders campaign manager Jeff Weaver")."""
    ends = [0] + [m.end() for m in _SENTENCE_END.finditer(masked, 0, at)]
    after = _SENTENCE_END.search(masked, at)
    start = ends[-1]
    sentence = masked[start : after.start() if after else len(masked)]
    lead = re.match(r"\s*[\"“‘']?(\w+)", sentence)
    skip = 0
    if lead and lead.group(1) in _SUBORDINATE and "," in sentence:
        skip = sentence.index(",")  # "When Trump suggested …, Rubio fired back"
    said = re.search(
        rf"(?<![\w’'.\-])([A-Z][\w’'\-]+),? {_SPEECH}\b"
        rf"|(?:^|[,—–])\s*{_SPEECH},? (?:[A-Z][\w’'.\-]* )*([A-Z][\w’'\-]+)(?![\w’'\-])",
        sentence[skip:],
    )
    if said and (said.group(1) or said.group(2)) in candidates:
        return said.group(1) or said.group(2)
    for m in re.finditer(r"(?<![\w’'.\-])([A-Z][\w’'\-]*)(?![\w’'\-])", sentence):
        word = m.group(1)
        if m.start() < skip or word not in candidates:
            continue
        if re.match(r"(’s|'s)", sentence[m.end() : m.end() + 2]):
            continue
        follower = re.match(r"\s+([\w’'\-]+)", sentence[m.end() :])
        if follower and (
            follower.group(1)[:1].isupper()
            or not (VERBISH.fullmatch(follower.group(1)) or follower.group(1).endswith("ly"))
        ):
            continue
        run = re.search(r"(\w+)\s+(?:[A-Z][\w’'.\-]*\s+)*$", sentence[: m.start()])
        if run and run.group(1).lower() in _PREPOSITIONS:
            continue  # "of Sen. Ron Johnson", "in New Hampshire": the word before its run
        return word
    return None


def reporting_medium(how: str, name_: str | None, raw: str | None, non_persons: set[str]) -> bool:
    """A Source that is an outlet or another organisation, which may be reporting someone's words
    ("CNN", "The New York Times", "Right Wing Watch"), not a person of it ("The New Republic’s
    Jeet Heer")."""
    if re.search(r"(’s|'s)\s+[A-Z]", raw or ""):
        return False  # "The New Republic’s Jeet Heer": a person of the outlet
    return how == "organisation" or (how == "name" and name_ in non_persons)


_SPEECH = r"(?:said|says|told|added|asked|wrote|tweeted|replied|continued|declared)"
_NAMED = r"((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s)?(?:[A-Z][\w’'\-]+\.?\s){0,2}[A-Z][\w’'\-]+)"
_CLAUSE_AFTER = re.compile(rf"\s*,?\s*(?:{_SPEECH}\s+{_NAMED}|{_NAMED}\s+{_SPEECH})\b")
_CLAUSE_BEFORE = re.compile(
    rf"(?:{_SPEECH}\s+{_NAMED}|{_NAMED}\s+{_SPEECH})\b[^“”\"\n]{{0,40}}[.,:]\s*$"
)


MISPLACED_SOURCE = re.compile(rf"{_SPEECH}\b|[a-z]$")  # "said", "said in a statement", "o"


def reported_inside(
    text: str, ranges: list[tuple[int, int]], a: int, b: int, unsourced: bool = False
) -> str | None:
    """The surname of the speaker a Content names in a reporting clause of its own right beside
    the quotation at a..b ("“I ask you …,” Sanders said, according to CNN. “…”": annotated as
    CNN's Content, Sanders' own attribution inside it left unannotated); `unsourced`: the
    attribution has no Source, so the clause may lie outside the Content ("“…,” Giuliani said in
    a phone interview" annotated with no Source); None when it has none."""

    def inside(x: int, y: int) -> bool:  # an attribution annotated with no Source (or with
        # a speech verb or a stray letter for one) has its clause beside the Content
        return unsourced or any(lo <= x and y <= hi for lo, hi in ranges)

    after = _CLAUSE_AFTER.match(text, b)
    before = _CLAUSE_BEFORE.search(text, max(0, a - 80), a)
    for m in (after, before):
        group = (1 if m.group(1) else 2) if m else 0
        if m and inside(m.start(group), m.end(group)):  # the name lies inside the Content
            name = m.group(group).split()
            if is_name(name[-1], text) and name[-1].strip(".") not in OPENERS:
                return name[-1].strip(".")
    return None
