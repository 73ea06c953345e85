"""Score extract_quotes on PolNeAR (hand-annotated attributions in US political news).

Gold: every double-quoted segment of the body (curly, straight or '' marks, one segment per
paragraph) lying for at least half inside an annotated Content span is a direct quote; when several
Contents hold it (nested attributions) the smallest one gives the Source. Articles with several
annotators (16, each read by five or six): a quote is gold when at least half of them mark it, and
its speaker is the one most of them give (a tie goes to the annotator whose id sorts first). The gold speaker comes from the Source
(`read_source`), read up to its first comma, parenthesis or 'of', 'who', 'at', 'from', 'for', 'in',
'on', 'to', 'with' ("Secretary of State John Kerry" keeps its name: an 'of' right after titles
alone does not cut; "Robert Antonacci of the delegation" and "Senator John McCain of Arizona" are Antonacci and
McCain):
- a name: the Source's last word when it is capitalised, not possessive, not a title or a common
  word ("Clinton campaign spokesman Brian Fallon" → Fallon); "the Clinton campaign" and "Trump's
  campaign" → Clinton, Trump; an indefinite head with a name beside it ("a top strategist, John
  Weaver") → Weaver; a generational suffix is not the surname ("Harry B. Harris Jr." → Harris),
  nor is a weekday ("a poll released Sunday") or a lone document word ("Transcript");
- he / she / his / her, or a definite description of one person ("the senator", "the Florida
  senator", "the former president": "the" and a singular lower-case head that is not a group, an
  organisation or a document): the person the article named last before the Source, among
  the named Sources and the names opening a sentence of reporter text as its subject ("Mark Weddle,
  55, started …", "Ivanka Trump strode …"), not organisations ("The New York Times", "CNN": no
  he or she refers to them, though as Sources they name the speaker); "the Utah Republican" is
  such a description too (a name after a title's full stop counts as opening a sentence, so
  NYT's "as Mr. McDonough suggested" does, but not after a preposition: "a supporter of Mr. Trump,
  said he …" names Trump as no subject; nor does an aside in parentheses stop a subject: "Sen. Ron
  Johnson (R-Wis.) is …"); for a pronoun, people whose gender contradicts it are skipped: the
  gender the mention itself shows ("Mrs. Clinton", "Hillary Clinton": no he, though the article
  names Bill Clinton too), else the one the article shows for the surname ("Mr."/"Mrs."/"Ms." or a
  first name of clear gender); never a person is the head of an organisation's, a building's or a
  place's name ("Right Wing Watch", "the White House", "the U.N. Security Council") or a web address
  ("Outsports.com") that the article never shows as a person's by a gender or a title ("Mr. House");
- a reflexive after the name ("Cruz himself") is dropped: the name is the speaker;
- a possessive name alone ("Bolton’s", "Mr. Comey's" [description of … as “…”]) is its owner, though
  not a subject a later pronoun refers to; "Former Secretary of State Madeleine Albright" keeps
  its name as "Secretary of State …" does;
- a Content that holds the quote's own reporting clause ("“I ask you …,” Sanders said, according
  to CNN", annotated as CNN's Content with Sanders' attribution inside it left unannotated): the
  person that clause names, right after the quotation or just before it;
- he / she with no subject or Source of its gender before it: the last person named in full
  before it whom that full name or the article shows as of that gender (not after "in", "of":
  "Des Moines");
  gender is read from the given name before the surname, or the one before that ("Christine
  Todd Whitman" is a woman);
- who / which / that: the name just before it ("Clinton, who said"), or the name its appositive
  describes ("Ann Ray, a pollster who said"), else like a pronoun;
- unknown when the Source names no one: an indefinite description ("a 2008 Clinton veteran", "one
  former aide", "Aides"), a group or organisation ("the campaign", "the protesters", "the company"),
  a document ("the statement", "the report"), I / we / they / it, or no Source at all. Only a prediction with no speaker counts as right for an unknown speaker;
- an outlet or another organisation as the Source ("CNN", "The New York Times", "Right Wing Watch",
  a Source of all capitals such as a newsletter's headline) reporting someone's words ("Trump said
  he was “happy to see” it, according to The New York Times"; "Obama said …, the AP reported"):
  the person its own sentence reports as speaking, the name of its reporting clause ("Obama said",
  "said Kristen Day") else its first person named outside quotations and asides, not a possessive,
  not after a preposition, not a name naming something else ("Sanders campaign manager Jeff
  Weaver"); a person of the outlet ("The New Republic’s Jeet Heer") is that person; with no person
  in its sentence the organisation stays the speaker as before (round 36);
- unclear when the person it means cannot be read: a definite description whose nearest name is
  such an organisation's or place's ("the insider" after "Trump Tower officials"), or a he / she
  with only such names before it. The quote counts for quotes found, but it is left out of every
  speaker figure (quote+speaker P/R, speaker accuracy, attribution precision, coverage), as the
  BBC labels' `uncertain` items are; `gold_unclear` counts them.
- a he / she (round 37): a titled name right after a speech verb, "that" or not, is the subject of a
  clause someone reports ("Mr. Coffman said Mr. Trump had disrespected …. “…,” he said"; "he also
  openly said that Mr. Trump wanted"): a person spoken about, no candidate for the pronoun
  (`polnear_pronouns.reported_about`; "the possibility that Mrs. Clinton …" keeps her one).

`--gold-reading round36` reads the gold as before round 37's rule on a he / she and a person
reported about; `--gold-reading round35` (also `round12`) as before round 36's rule on outlets
reporting someone's words; `--gold-reading round11` as before the rules on organisations and places, asides in
parentheses, a mention's own gender and unclear speakers (README, evaluation).

A prediction matches a gold quote of the same article when their texts (lower case, words only)
have a rapidfuzz ratio ≥ 90, one to one. It has the right speaker when the gold surname is one of
the words of the predicted speaker. The surname cannot tell Bill from Hillary Clinton, so
`person_precision` also asks, where the Source itself writes a given name or a courtesy title
("Bill Clinton said", "Mrs. Clinton said"), that the predicted person has that given name (or one
the nicknames package makes the same) or a gender that title allows.

Run: .venv/bin/python -m evaluation quotes_polnear [--limit N] [--errors N] [--gold-reading R]
[--half tuned|held_out] (`--errors` lists errors of the tuned articles only, whatever `--limit`
loads; `--half tuned` analyses and scores the tuned articles alone, so that rule work never sees a
held-out figure, and writes nothing.)
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import gender_of
from briefings.analysis.common.given_names.nicknames import one_given_name
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.inner import is_inner
from briefings.analysis.results import ArticleText
from evaluation.gold.matching import norm, pair_up
from evaluation.gold.scoring import prf_fields
from evaluation.quotes.polnear_pronouns import reported_about

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear-train"
if not DATA.exists():
    DATA = Path("/work/shared/data/polnear-train")
RESULTS = Path(__file__).resolve().parents[1] / "results" / "quotes_polnear.json"
_SEGMENT = re.compile(r"“([^“”]+)(?:”|$)|\"([^\"]+)(?:\"|$)|''((?:(?!'').)+)(?:''|$)")
_NOT_NAMES = frozenset(
    re.findall(
        r"\w+",
        "I The A An He She It They We You This That His Her Their Its Our My Mr Mrs Ms Dr Sen Rep"
        " Gov Republican Republicans Democrat Democrats GOP American Americans Some People Others"
        " Many Most Both Each All One Another Several Two Three",
    )
)


@dataclass(frozen=True)
class Gold:
    text: str
    surname: str | None
    source: str | None = None  # the annotated Source as written, for error listings
    unclear: bool = False  # the speaker cannot be read with confidence: left out of speaker scores


@dataclass(frozen=True)
class Doc:
    name: str
    title: str
    paragraphs: tuple[str, ...]
    gold: tuple[Gold, ...]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLES = frozenset(
    re.findall(
        r"\w+",
        "Mr Mrs Ms Miss Dr Sen Senator Rep Representative Gov Governor President Secretary Speaker"
        " Chairman Chairwoman Judge Justice Gen General Rev Mayor Leader Chief Director Attorney",
    )
)
_ORG_NOUNS = _words("campaign administration committee team staff office")
_DOCUMENTS = _words("""statement report release ad ads email emails letter lawsuit suit complaint poll survey memo
    tweet tweets post book transcript video article editorial piece story headline message website
    site page study filing document note column op-ed headlines posting footage passage""")
_GROUPS = _words(
    """campaign administration committee team staff office group company newspaper paper network
    agency department organization organisation party crowd audience union firm council government
    court magazine outlet station channel show program programme board panel commission coalition
    association foundation institute center centre bureau service ministry embassy police military
    army navy movement family couple delegation majority minority public press media chain
    website site club league university college school church two three leadership elite
    establishment camp wing left right race bill legislation measure journal tabloid daily
    broadcaster"""
)
_ORG_HEADS = _words(
    """House Senate Congress Council Committee Commission Watch Association Federation Foundation
    Institute Center Centre Party City Tower Department Agency Bureau Office Court Administration
    Campaign Times Post Journal News Network Magazine Review Daily Herald Tribune Gazette Telegraph
    Examiner Chronicle Dealer Beast University College School Company Corporation Corp Inc Group
    Fund Bank Board Ministry Army Navy Police Union League Club Alliance Coalition Society Caucus
    Service Organization Organisation Forum Project Conference Assembly Parliament Government
    Republic Kingdom States Nations Directorate Street Square Avenue Museum Hospital Airport
    Station Channel Radio Television Media Press Pentagon Kremlin Treasury Reserve"""
)  # heads of the names of organisations, buildings and places ("Right Wing Watch", "White House")
_TITLE_WORDS = (
    r"Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Adm|Rev|Lt|Col|Capt|Sgt|Senator|Representative"
    r"|Governor|President|Secretary|Speaker|Judge|Justice|Mayor|Admiral|General|Chairman"
    r"|Chairwoman"
)
_PERSON_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Adm|Rev|Lt|Col|Capt|Sgt|Senator|Representative"
    r"|Governor|President|Secretary|Speaker|Judge|Justice|Mayor|Admiral|General|Chairman"
    r"|Chairwoman)\.?\s+(?:[A-Z][\w’'.\-]*\s+){0,2}"
)
_REFERRING = _words("he she him her his hers himself herself")
_SUFFIXES = _words("Jr Sr II III IV")
_FORMER = _words("Former former")  # "Former Secretary of State Madeleine Albright"
_WEEKDAYS = _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_PARTISANS = _words("Republican Democrat")  # "the Utah Republican": one person described
_RELATIVE = _words("who which that whom")
_INDEFINITE = _words("a an one another some several many two three four few most")
_WORD = r"[\w’'.\-]+"
_CUT = r" of | who | which | that | at | from | for | in | on | to | with "
_OPENERS = _words(
    """If When While After Before As Since Because Although Though Unless Until On In At For With
    By From To Of And But Or So Yet Then Now Still Also Even Just Only Here There This That These
    Those What Why How Where Last Next Earlier Later Today Yesterday Tomorrow Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Like Unlike Despite During Under Over Asked Speaking"""
)


def _is_name(word: str, text: str) -> bool:
    bare = re.sub(r"(’s|'s|s’|s')$", "", word).strip(".")
    return (
        word[:1].isupper()
        and bare not in _NOT_NAMES
        and bare not in _TITLES
        and bare not in _WEEKDAYS  # "a poll released Sunday"
        and not re.search(r"(’s|'s|s’|s')$", word)
        and not (  # "Aides say": a plural noun the article also writes in lower case
            bare.endswith("s")
            and re.search(rf"(?<![\w’'.-]){re.escape(bare.lower())}(?![\w’'-])", text)
        )
    )


def read_source(source: str, text: str = "") -> tuple[str, str | None]:
    """How a Source names its speaker: ("name", surname), ("refer", None) for a pronoun or a
    definite description of a person, ("relative", None) for who/which, ("unknown", None)."""
    source = re.sub(r"\([^)]*\)", " ", source).strip(" ,.")
    if source.lower() in _RELATIVE:
        return "relative", None  # before the cut at " who ", which would leave nothing
    head, *appositives = source.split(",")
    office = re.match(r"((?:[Ff]ormer )?(?:[A-Z]\w+ )+)of ", head)
    if office and all(w in _TITLES | _FORMER for w in office.group(1).split()):
        head = office.group(1) + head[office.end() :]  # "Secretary of State John Kerry"
    head = re.split(_CUT, " " + head + " ")[0]
    head = re.sub(r"\s+(himself|herself)\s*$", "", head)  # "Cruz himself" is Cruz
    words = re.findall(_WORD, head)
    while len(words) > 1 and words[-1].strip(".") in _SUFFIXES:
        words.pop()  # "Harry B. Harris Jr." is Harris
    if not words:
        return "unknown", None
    first, last = words[0].lower(), words[-1]
    if len(words) == 1 and first in _REFERRING:
        return "refer", None
    if len(words) == 1 and first in _DOCUMENTS:
        return "unknown", None  # "Transcript"
    owner = re.sub(r"(’s|'s|’|')$", "", last)
    if (
        owner != last
        and first != "the"
        and _is_name(owner, text)
        and all(w[:1].isupper() for w in words)
    ):
        return "owner", owner.strip(".")  # "Bolton’s", "Mr. Comey's": the owner said it
    if _is_name(last, text):
        if (first == "the" and all(w[:1].isupper() for w in words[1:])) or (
            last.isupper() and len(last) > 1
        ):
            return "organisation", last.strip(".")  # "The New York Times", "CNN": not a he/she
        return "name", last.strip(".")
    if last.lower() in _ORG_NOUNS and len(words) >= 2 and words[-2][:1].isupper():
        owner = re.sub(r"(’s|'s|s’|s')$", "", words[-2])
        if owner not in _NOT_NAMES:
            return "name", owner  # "the Clinton campaign", "Trump’s campaign"
    for appositive in appositives[:1]:  # "a top strategist, John Weaver,"
        names = re.findall(_WORD, re.split(_CUT, " " + appositive + " ")[0])
        if names and all(w[:1].isupper() for w in names) and _is_name(names[-1], text):
            return "name", names[-1].strip(".")
    if first == "the" and _person_noun(last):
        return "refer", None  # "the senator", "the former Florida governor"
    return "unknown", None  # someone not named, a group, a document, "they", "I"


def _person_noun(word: str) -> bool:
    """The head of a description of one person: singular, not possessive, not a group, an
    organisation or a document ("the campaign", "the protesters", "the statement")."""
    low = word.lower().strip(".")
    plural = low.endswith("s") and not low.endswith(("ss", "us", "is"))
    return (
        (not word[:1].isupper() or word.strip(".") in _PARTISANS)
        and not plural
        and not re.search(r"(’s|'s|s’|s')$", word)
        and low not in _DOCUMENTS | _GROUPS
    )


def surname(source: str, text: str = "") -> str | None:
    """The surname a Source gives its speaker, None for a pronoun or a description."""
    return read_source(source, text)[1]


_NAME_RUN = re.compile(
    r"(^|[.!?][\"”’']?\s+|\n)[\"“‘']?(?<![\w’'.-])((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)"
    r"(?=(,|\s+[—–]|\s+[a-z][\w’']*))"
)
# a subject before an aside in parentheses: "Sen. Ron Johnson (R-Wis.) is"
_NAME_RUN_ASIDE = re.compile(_NAME_RUN.pattern.replace("(?=(,", r"(?=(?:\s*\([^()\n]{1,80}\))?(,"))
_GOVERNED_TITLE = re.compile(
    r"\b(?:of|to|for|with|by|at|from|on|against|about)\s+(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Rev)\.\s+$"
)
_VERBISH = re.compile(
    r"also|still|never|then|just|later|earlier|again|once|now|recently|previously|repeatedly|"
    r"took|made|went|came|gave|got|thought|felt|knew|saw|began|spoke|wrote|ran|won|lost|left|kept|"
    r"held|brought|sought|stood|put|set|let|hit|cut|\w+(ed|s|n’t|n't)|himself|herself|is|was|has|had|will|would|can|could|did|does|told|said|says"
)


_PRONOUN_GENDER = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


def article_genders(text: str) -> dict[str, str | None]:
    """Surname → "m"/"f" as the article shows it: "Mr. Trump", "Mrs. Clinton", or a first name of
    clear gender ("Hillary Clinton"); None when the article shows both ("Bill" and "Hillary")."""
    seen: dict[str, set[str]] = {}
    for m in re.finditer(r"\b(Mr|Mrs|Ms|Miss)\.? ([A-Z][\w’'\-]+)", text):
        seen.setdefault(m.group(2), set()).add("m" if m.group(1) == "Mr" else "f")
    for m in re.finditer(r"\b[A-Z][a-z]+(?: (?:[A-Z]\.|[A-Z][\w’'\-]+))+", text):
        # the given name before the surname, or the one before that when it has a gender:
        # "Christine Todd Whitman" is a woman, though "Todd Whitman" would read as a man;
        # "Hillary Rodham Clinton", "… Bernie Sanders And Hillary Clinton" are Hillary's
        words = m.group(0).split()
        last = words[-1]
        g = (gender_of(words[-3]) if len(words) > 2 else None) or gender_of(words[-2])
        if g:
            seen.setdefault(last, set()).add(g)
    return {name: (next(iter(gs)) if len(gs) == 1 else None) for name, gs in seen.items()}


def shown_gender(text: str, at: int, name: str) -> str | None:
    """The gender a mention shows of its own, the first mention of `name` from `at` on: a title
    ("Mrs. Clinton") or a given name of clear gender before the surname ("Bill Clinton", "Democrat
    Hillary Clinton"); None when it shows none ("Clinton", "President Obama")."""
    found = re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", text[at : at + 400])
    if not found:
        return None
    before = text[max(0, at + found.start() - 40) : at + found.start()].split("\n")[-1]
    words = re.findall(r"[\w’'.\-]+", before)
    for i in range(len(words) - 1, -1, -1):  # this sentence's: a full stop not of a title or an
        bare = words[i].rstrip(".")  # initial ends the one before ("… Melania. Trump said")
        if words[i].endswith(".") and bare not in _TITLES and len(bare) > 1:
            words = words[i + 1 :]
            break
    if words and words[-1].rstrip(".") in {"Mr", "Mrs", "Ms", "Miss"}:
        return "m" if words[-1].rstrip(".") == "Mr" else "f"
    if not words or not words[-1][:1].isupper():
        return None  # the name stands alone: "said Clinton", "Hillary and Clinton"
    given = [w.rstrip(".") for w in words[-2:] if w[:1].isupper()]
    return next((g for g in map(gender_of, given) if g), None)


def not_a_person(name: str, text: str, genders: dict[str, str | None]) -> bool:
    """A name no he or she can mean: the head of an organisation's, a building's or a place's name
    ("Right Wing Watch", "the White House", "the U.N. Security Council") or a web address
    ("Outsports.com"), unless the article shows it as a person's (a gender, a title: "Mr. House")."""
    if name in genders or re.search(_PERSON_TITLE.pattern + re.escape(name) + r"\b", text):
        return False
    return name in _ORG_HEADS or bool(re.search(r"\.(?:com|org|net|gov)$", name, re.IGNORECASE))


def person_mentions(
    text: str, named: frozenset[str] = frozenset(), asides: bool = True
) -> list[tuple[int, str]]:
    """Names opening a sentence of reporter text as its subject, by position: before a verb
    ("Ivanka Trump strode …", "Mr. Trump said …", "Kasich took …") or a comma ("Mark Weddle, 55,
    started …"); a lone surname only when the article names that person in full, with a title or
    as a Source elsewhere."""
    quoted: list[tuple[int, int]] = []
    at = 0  # quotation marks pair within a paragraph, as the gold segments do
    for line in text.split("\n"):
        quoted.extend((at + m.start(), at + m.end()) for m in _SEGMENT.finditer(line))
        at += len(line) + 1
    runs = []
    for m in (_NAME_RUN_ASIDE if asides else _NAME_RUN).finditer(text):
        if any(a <= m.start(2) < b for a, b in quoted):
            continue
        words = m.group(2).split()
        if words[0] == "The":
            continue  # "The New York Times reported": an organisation, not a he/she
        titled = False
        while words and (words[0].strip(".") in _TITLES | _OPENERS or words[0] in _NOT_NAMES):
            titled = titled or words[0].strip(".") in _TITLES
            words = words[1:]
        if not words or not _is_name(words[-1], text) or words[-1] in _OPENERS:
            continue
        if words[-1].isupper() and len(words[-1]) > 1:  # a dateline: "DES MOINES, Iowa —"
            continue
        follower = m.group(3).strip()
        # after a title's full stop the name need not open a sentence: after a preposition it is
        # no subject ("a supporter of Mr. Trump, said he …", "an adviser to Mr. Sanders,")
        governed = bool(_GOVERNED_TITLE.search(text, max(0, m.start(2) - 16), m.start(2)))
        verb = not governed and (bool(_VERBISH.fullmatch(follower)) or follower in {",", "—", "–"})
        runs.append((m.start(2), words[-1].strip("."), titled or len(words) >= 2, verb))
    known = named | {name for _, name, full, _ in runs if full}
    return [(at, name) for at, name, full, verb in runs if verb and (full or name in known)]


def _parse_ann(path: Path) -> tuple[dict[str, tuple[str, list[tuple[int, int]], str]], list[dict]]:
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            label, _, offs = parts[1].partition(" ")
            ranges = [tuple(map(int, o.split())) for o in offs.split(";")]
            spans[parts[0]] = (label, [(a, b) for a, b in ranges], parts[2])
        elif parts[0].startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    return spans, events


HELD_OUT = 240  # the last articles by name: the latest rounds of rules were tuned without them
READINGS = ("round37", "round36", "round35", "round12", "round11")
# round36: before round 37's rule on a he / she and a titled person reported about ("said Mr. Trump had");
# round35 (= round12): before round 36's rule on outlets reporting a person's words;
# round11: before the non-person and aside rules (README)


def load(limit: int | None = None, reading: str = READINGS[0]) -> list[Doc]:
    by_name: dict[str, list[Path]] = {}
    for ann in sorted((DATA / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        by_name.setdefault(name, []).append(ann)
    docs = []
    for name, anns in sorted(by_name.items())[:limit]:
        text = (DATA / "text" / f"{name}.txt").read_text(encoding="utf-8")
        docs.append(_agreed([_doc(name, text, ann, reading) for ann in anns]))
    return docs


def _agreed(versions: list[Doc]) -> Doc:
    """One article's gold from its annotators: a quote that at least half of them mark, with the
    speaker most of them give (a tie goes to the annotator whose id sorts first)."""
    if len(versions) == 1:
        return versions[0]
    marked: dict[tuple[str, int], list[Gold]] = {}
    for version in versions:
        seen: dict[str, int] = {}
        for g in version.gold:
            key = norm(g.text)
            seen[key] = seen.get(key, 0) + 1
            marked.setdefault((key, seen[key]), []).append(g)
    gold = []
    for golds in marked.values():
        if len(golds) * 2 < len(versions):
            continue
        votes = Counter((g.surname, g.unclear) for g in golds)
        top = max(votes.values())
        gold.append(next(g for g in golds if votes[g.surname, g.unclear] == top))
    return replace(versions[0], gold=tuple(gold))


def _doc(name: str, text: str, ann: Path, reading: str = READINGS[0]) -> Doc:
    new = reading != "round11"
    reported = reading in ("round37", "round36")  # an outlet's Source gives the person it reports
    reported_out = reading == "round37"  # "said Mr. Trump had": no he / she means him by it
    spans, events = _parse_ann(ann)
    attributions = []  # (content ranges, content length, gold surname, source as written)
    sources = []
    for ev in events:
        content = spans.get(ev.get("Content", ""))
        if not content:
            continue
        source = spans.get(ev.get("Source", ""))
        how, name_ = read_source(source[2], text) if source else ("unknown", None)
        at = source[1][0][0] if source else 0
        sources.append((at, how, name_))
        raw = source[2] if source else None
        attributions.append((content[1], sum(b - a for a, b in content[1]), at, how, name_, raw))
    genders = article_genders(text)
    named = [(at, n) for at, how, n in sources if n and how == "name"]
    people = sorted(named + person_mentions(text, frozenset(n for _, n in named), asides=new))
    non_persons = {n for _, n in people if new and not_a_person(n, text, genders)}
    full_names = [  # not a place: "in Des Moines", "of New York"
        (m.start(), re.sub(r"(’s|'s|’|')$", "", m.group(0).split()[-1]))
        for m in re.finditer(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w’'\-]+)+", text)
        if not re.search(r"\b(in|of|from|at|to|near)\s$", text[max(0, m.start() - 6) : m.start()])
    ]

    masked = _masked(text) if reported else text
    candidates = (
        _people_named(text, people, full_names, genders) - non_persons if reported else set()
    )

    def resolve(at: int, how: str, name_: str | None, raw: str | None) -> tuple[str | None, bool]:
        """The speaker's surname, and whether it is unclear."""
        if reported and _reporting_medium(how, name_, raw, non_persons):
            # "Trump said …, according to The New York Times", "Trump welcomed …, CNN reported"
            person = _reported_person(masked, at, candidates)
            if person:
                return person, False
        if how == "relative":  # "Clinton, who said", "Ann Ray, a pollster who said"
            sentence = re.split(r"[.!?][\"”’']?\s+|\n", text[:at])[-1]
            m = re.search(r"([A-Z][\w’'\-]+)(?:’s|'s)?\s*(?:\([^)]*\))?,?\s*$", sentence)
            if m and _is_name(m.group(1), text):
                return m.group(1), False
            described = re.findall(r"([A-Z][\w’'\-]+),\s+(?:a|an|the)\s[^,]*$", sentence)
            if described and _is_name(described[-1], text):
                return described[-1], False
            how = "refer"
        if how == "refer":
            want = _PRONOUN_GENDER.get((raw or "").strip().lower())

            def fits_gender(p: int, n: str) -> bool:  # "Hillary Clinton" is no he, though
                # the article shows "Bill Clinton" too
                shown = shown_gender(text, p, n) if new and want else None
                return want is None or (shown or genders.get(n)) in (want, None)

            fits = [
                n
                for p, n in people
                if p < at
                and fits_gender(p, n)
                and not (reported_out and want and reported_about(text, p))
            ]
            if want is None and fits and fits[-1] in non_persons:
                return None, True  # "the insider" after "Trump Tower": an unnamed person, maybe
            before = [n for n in fits if n not in non_persons]  # "Watch", "House": no he or she
            if before:
                return before[-1], False
            # no subject or Source fits: "he" / "she" still means a person, the last one named
            # in full before it whom the article shows as of that gender ("… professor Brigid
            # Harrison, …" then “…,” she said)
            shown = [
                n
                for p, n in full_names
                if p < at
                and want
                and ((new and shown_gender(text, p, n)) or genders.get(n)) == want
            ]
            if shown:
                return shown[-1], False
            return None, bool(fits)  # only a non-person before it: whom it means is unclear
        return name_, False

    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    title = lines[0][1]
    paragraphs, gold = [], []
    for start, line in lines[1:]:
        if not line.strip():
            continue
        paragraphs.append(line.strip())
        for m in _SEGMENT.finditer(line):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            a, b = start + m.start(), start + m.end()
            best = None
            for ranges, length, src_at, how, name_, raw in attributions:
                inside = sum(max(0, min(b, y) - max(a, x)) for x, y in ranges)
                if inner and inside * 2 >= b - a and (best is None or length < best[0]):
                    unsourced = raw is None or bool(_MISPLACED_SOURCE.match(raw))
                    inner_name = _reported_inside(text, ranges, a, b, unsourced)
                    speaker, unclear = (
                        (inner_name, False) if inner_name else resolve(src_at, how, name_, raw)
                    )
                    best = (length, speaker, raw if inner_name is None else inner_name, unclear)
            if best is not None and norm(inner):
                gold.append(Gold(inner, best[1], best[2], best[3]))
    return Doc(name, title, tuple(paragraphs), tuple(gold))


def _masked(text: str) -> str:
    """The text with its quotations (as the gold segments pair them) and asides in parentheses
    blanked: the reporter's own sentences."""
    out = list(text)
    at = 0
    for line in text.split("\n"):
        for m in _SEGMENT.finditer(line):
            out[at + m.start() : at + m.end()] = " " * (m.end() - m.start())
        at += len(line) + 1
    for m in re.finditer(r"\([^()\n]*\)", text):  # an aside: "(which his colleague … defended)"
        out[m.start() : m.end()] = " " * (m.end() - m.start())
    return "".join(out)


def _people_named(
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
    for m in re.finditer(r"\b(?:" + _TITLE_WORDS + r")\.?\s+", text):
        run = re.match(r"(?:(?:[A-Z]\.|[A-Z][\w’'\-]+)\s+)*[A-Z][\w’'\-]+", text[m.end() :])
        if run:  # "Chairman Chuck Williams", "Speaker Paul D. Ryan": the run's last
            titled.add(re.sub(r"(’s|'s)$", "", run.group(0).split()[-1]))
    shown = {n for p, n in full_names if genders.get(n) or shown_gender(text, p, n)}
    subjects = {n for _, n in person_mentions(text, frozenset(re.findall(r"[A-Z][\w’'\-]+", text)))}
    described = {  # not "Quadrivium, a foundation": a group's or a place's name
        n
        for n, what in re.findall(r"\b([A-Z][a-z][\w’'\-]*), (?:a|an|the) ([^,.;:]*)", text)
        if not _words(what.lower()) & (_GROUPS | _PLACES)
    }

    def personal(name: str) -> bool:
        before = re.findall(rf"\b([A-Z][\w’'\-]+) {re.escape(name)}\b", text)
        return (
            _is_name(name, text)
            and name not in _OPENERS | _TITLES | _ADVERBS
            and name.lower() not in _PREPOSITIONS
            and not name.endswith("ly")
            and not re.search(rf"\bin (?:[A-Z][\w’'\-]+ )*{re.escape(name)}\b", text)
            and not not_a_person(name, text, genders)
            and (
                name in described
                or not before
                or any(is_given_name(w) or w in _TITLES for w in before)
            )
        )

    return {
        n for n in {n for _, n in people} | shown | titled | subjects | described if personal(n)
    }


_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bGen)[.!?:;]\s+|\n"
)
_PLACES = _words("town city state county country village district region suburb neighborhood")
_ADVERBS = _words("However Likewise Instead Meanwhile Moreover Indeed Nevertheless Otherwise")
_SUBORDINATE = _words(
    "When If While After Before As Since Because Although Though Unless Until Once"
)
_PREPOSITIONS = _words(
    """of to for with by at from on about against in into than like toward towards over under
    between among around through via including versus vs behind"""
)


def _reported_person(masked: str, at: int, candidates: set[str]) -> str | None:
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
            or not (_VERBISH.fullmatch(follower.group(1)) or follower.group(1).endswith("ly"))
        ):
            continue
        run = re.search(r"(\w+)\s+(?:[A-Z][\w’'.\-]*\s+)*$", sentence[: m.start()])
        if run and run.group(1).lower() in _PREPOSITIONS:
            continue  # "of Sen. Ron Johnson", "in New Hampshire": the word before its run
        return word
    return None


def _reporting_medium(how: str, name_: str | None, raw: str | None, non_persons: set[str]) -> bool:
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


_MISPLACED_SOURCE = re.compile(rf"{_SPEECH}\b|[a-z]$")  # "said", "said in a statement", "o"


def _reported_inside(
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
            if _is_name(name[-1], text) and name[-1].strip(".") not in _OPENERS:
                return name[-1].strip(".")
    return None


Predictor = Callable[[Doc], list[tuple[str, str | None]]]


def ours(doc: Doc) -> list[tuple[str, str | None]]:
    """Our quotes but the quotations listed from inside another: the gold annotates those within
    the outer quotation's Content (round 51: of 184 in the tuned half, 10 have a Content of their
    own, and half of those because the article also quotes the same words on their own)."""
    found = extract_quotes(ArticleText(doc.title, doc.paragraphs))
    return [(q.text, q.speaker) for q in found if not is_inner(q)]


def _once(predict: Predictor) -> Predictor:
    """`predict`, each article's answer computed once however often it is scored."""
    answers: dict[str, list[tuple[str, str | None]]] = {}

    def once(doc: Doc) -> list[tuple[str, str | None]]:
        if doc.name not in answers:
            answers[doc.name] = predict(doc)
        return answers[doc.name]

    return once


def _article_count() -> int:
    """How many articles PolNeAR's training split holds (the last HELD_OUT of them held out)."""
    return len(
        {re.sub(r"_[0-9a-f]{4}$", "", ann.stem) for ann in (DATA / "attributions").glob("*.ann")}
    )


def baseline(doc: Doc) -> list[tuple[str, str | None]]:
    """Each double-quoted segment, given to the capitalised word nearest before the nearest said."""
    out = []
    for par in doc.paragraphs:
        saids = [m.start() for m in re.finditer(r"\bsaid\b", par)]
        for m in _SEGMENT.finditer(par):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            speaker = None
            if saids:
                said = min(saids, key=lambda s: abs(s - m.start()))
                caps = [
                    w.group(0)
                    for w in re.finditer(r"\b[A-Z][\w’'\-]+", par[:said])
                    if w.group(0) not in _NOT_NAMES
                ]
                speaker = caps[-1] if caps else None
            out.append((inner, speaker))
    return out


def _speaker_ok(gold: str | None, predicted: str | None) -> bool:
    if gold is None:
        return predicted is None
    words = {re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[\w’'\-]+", predicted or "")}
    return gold.lower() in words


_COURTESY_GENDER = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}


def _person_ok(gold: Gold, predicted: str) -> bool:
    """Where the Source writes a given name or a courtesy title before the gold surname, the
    predicted person fits it: "Mrs. Clinton" is not Bill Clinton."""
    words = (gold.source or "").split()
    if not gold.surname or gold.surname not in words:
        return True
    before = words[words.index(gold.surname) - 1] if words.index(gold.surname) else ""
    gender = _COURTESY_GENDER.get(before.lower())
    if gender:
        return gender_of(predicted) in (gender, None)
    first = predicted.split()[0]
    if is_given_name(before) and first != gold.surname:
        return one_given_name(before, first)
    return True


def score(docs: list[Doc], predict: Predictor, errors: list[str] | None = None) -> dict[str, float]:
    n_pred = n_gold = matched = right = named = named_right = unclear = unclear_matched = 0
    person_right = 0
    for doc in docs:
        preds = [(norm(t), t, s) for t, s in predict(doc) if norm(t)]
        golds = [(norm(g.text), g) for g in doc.gold]
        n_pred, n_gold = n_pred + len(preds), n_gold + len(golds)
        unclear += sum(g.unclear for _, g in golds)
        paired = pair_up([p[0] for p in preds], [g[0] for g in golds], within=0.2)
        used_p, used_g = set(paired), set(paired.values())
        for i, j in paired.items():
            matched += 1
            if golds[j][1].unclear:  # whose words these are, the text does not settle
                unclear_matched += 1
                if errors is not None:
                    errors.append(f"UNCLEAR {doc.name}: ({golds[j][1].source}) got={preds[i][2]}")
                continue
            ok = _speaker_ok(golds[j][1].surname, preds[i][2])
            right += ok
            predicted = preds[i][2]
            if predicted is not None:
                named += 1
                named_right += ok
                person_right += ok and _person_ok(golds[j][1], predicted)
            if errors is not None and not ok:
                errors.append(
                    f"SPEAKER {doc.name}: gold={golds[j][1].surname} ({golds[j][1].source})"
                    f" got={preds[i][2]}"
                    f" | {preds[i][1][:90]}"
                )
        if errors is not None:
            errors.extend(
                f"FP {doc.name}: {preds[i][2]} | {preds[i][1][:100]}"
                for i in range(len(preds))
                if i not in used_p
            )
            errors.extend(
                f"FN {doc.name}: {golds[j][1].surname} | {golds[j][1].text[:100]}"
                for j in range(len(golds))
                if j not in used_g
            )
    clear = matched - unclear_matched  # speaker figures leave out the quotes of unclear speaker
    return {
        "gold": n_gold,
        "predicted": n_pred,
        **prf_fields("quote", matched, n_pred, n_gold),
        **prf_fields("quote_speaker", right, n_pred - unclear_matched, n_gold - unclear),
        "speaker_accuracy": round(right / clear, 3) if clear else 0.0,
        "named": named,
        "attribution_precision": round(named_right / named, 3) if named else 1.0,
        "person_precision": round(person_right / named, 3) if named else 1.0,
        "coverage": round(named / clear, 3) if clear else 0.0,  # found quotes given a speaker
        "gold_unclear": unclear,
    }


def _half_line(half: str, r: dict[str, Any]) -> str:
    """One half's figures as the command prints them."""
    return (
        f"{half} ({r['articles']} articles): quote+speaker P/R/F1"
        f" {r['quote_speaker_precision']:.3f}/{r['quote_speaker_recall']:.3f}"
        f"/{r['quote_speaker_f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}"
        f"  attribution precision {r['attribution_precision']:.3f}"
        f" (person {r['person_precision']:.3f})  coverage {r['coverage']:.3f}"
        f"  named {r['named']}"
    )


def _score_half(half: str, limit: int | None, reading: str, errors: int) -> None:
    """Print one half's figures (and the tuned half's errors); the other half is never loaded."""
    tuned = _article_count() - HELD_OUT
    if half == "tuned":
        docs = load(min(limit, tuned) if limit is not None else tuned, reading)
    else:
        docs = load(None, reading)[tuned:]
    lines: list[str] = []
    r = {"articles": len(docs), **score(docs, _once(ours), lines if half == "tuned" else None)}
    for line in lines[:errors]:
        print(line)
    print(_half_line(half, r))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--errors", type=int, default=0, help="print up to N errors of the tuned half"
    )
    parser.add_argument(
        "--gold-reading", choices=READINGS, default=READINGS[0], help="how the gold is read"
    )
    parser.add_argument(
        "--half",
        choices=("tuned", "held_out"),
        default=None,
        help="score that half alone (tuned: no held-out article is read) and write nothing",
    )
    args = parser.parse_args()
    if args.half:
        _score_half(args.half, args.limit, args.gold_reading, args.errors)
        return
    docs = load(args.limit, args.gold_reading)
    errors: list[str] = []
    started = time.perf_counter()
    predicted = _once(ours)
    result: dict[str, Any] = {
        "articles": len(docs),
        "ours": score(docs, predicted),
        "baseline": score(docs, baseline),
    }
    result["seconds"] = round(time.perf_counter() - started, 1)
    tuned = docs[: _article_count() - HELD_OUT]  # errors are listed for these alone
    score(tuned, predicted, errors)
    if len(docs) > HELD_OUT:  # the latest rules never saw these
        result["tuned"] = {"articles": len(docs) - HELD_OUT, **score(docs[:-HELD_OUT], predicted)}
        result["held_out"] = {"articles": HELD_OUT, **score(docs[-HELD_OUT:], predicted)}
    for line in errors[: args.errors]:
        print(line)
    for system in ("ours", "baseline"):
        r = result[system]
        print(
            f"{system:9} quotes P/R/F1 {r['quote_precision']:.3f}/{r['quote_recall']:.3f}"
            f"/{r['quote_f1']:.3f}  quote+speaker P/R/F1 {r['quote_speaker_precision']:.3f}"
            f"/{r['quote_speaker_recall']:.3f}"
            f"/{r['quote_speaker_f1']:.3f}  speaker accuracy {r['speaker_accuracy']:.3f}"
            f"  attribution precision {r['attribution_precision']:.3f}"
            f" (person {r['person_precision']:.3f})"
        )
    for half in ("tuned", "held_out"):
        if half in result:
            print(_half_line(half, result[half]))
    print(f"{len(docs)} articles, {result['ours']['gold']} gold quotes, {result['seconds']} s")
    if args.limit is None and args.gold_reading == READINGS[0]:
        RESULTS.parent.mkdir(parents=True, exist_ok=True)
        RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
