"""PolNeAR's gold: its articles, their direct quotes and each one's speaker.

They are read from the annotations.

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
  (`polnear.pronouns.reported_about`; "the possibility that Mrs. Clinton …" keeps her one).

`--gold-reading round36` reads the gold as before round 37's rule on a he / she and a person
reported about; `--gold-reading round35` (also `round12`) as before round 36's rule on outlets
reporting someone's words; `--gold-reading round11` as before the rules on organisations and places, asides in
parentheses, a mention's own gender and unclear speakers (README, evaluation).

"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from evaluation.gold.matching import norm
from evaluation.quotes.polnear.pronouns import reported_about
from evaluation.quotes.polnear.reported import (
    MISPLACED_SOURCE,
    masked_text,
    people_named,
    reported_inside,
    reported_person,
    reporting_medium,
)
from evaluation.quotes.polnear.sources import (
    PRONOUN_GENDER,
    SEGMENT,
    article_genders,
    is_name,
    not_a_person,
    person_mentions,
    read_source,
    shown_gender,
)

DATA = Path(__file__).resolve().parents[4] / "shared" / "data" / "polnear-train"
if not DATA.exists():
    DATA = Path("/work/shared/data/polnear-train")


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
        docs.append(_agreed([read_doc(name, text, ann, reading) for ann in anns]))
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


def read_doc(name: str, text: str, ann: Path, reading: str = READINGS[0]) -> Doc:
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

    masked = masked_text(text) if reported else text
    candidates = (
        people_named(text, people, full_names, genders) - non_persons if reported else set()
    )

    def resolve(at: int, how: str, name_: str | None, raw: str | None) -> tuple[str | None, bool]:
        """The speaker's surname, and whether it is unclear."""
        if reported and reporting_medium(how, name_, raw, non_persons):
            # "Trump said …, according to The New York Times", "Trump welcomed …, CNN reported"
            person = reported_person(masked, at, candidates)
            if person:
                return person, False
        if how == "relative":  # "Clinton, who said", "Ann Ray, a pollster who said"
            sentence = re.split(r"[.!?][\"”’']?\s+|\n", text[:at])[-1]
            m = re.search(r"([A-Z][\w’'\-]+)(?:’s|'s)?\s*(?:\([^)]*\))?,?\s*$", sentence)
            if m and is_name(m.group(1), text):
                return m.group(1), False
            described = re.findall(r"([A-Z][\w’'\-]+),\s+(?:a|an|the)\s[^,]*$", sentence)
            if described and is_name(described[-1], text):
                return described[-1], False
            how = "refer"
        if how == "refer":
            want = PRONOUN_GENDER.get((raw or "").strip().lower())

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
        for m in SEGMENT.finditer(line):
            inner = (m.group(1) or m.group(2) or m.group(3) or "").strip()
            a, b = start + m.start(), start + m.end()
            best = None
            for ranges, length, src_at, how, name_, raw in attributions:
                inside = sum(max(0, min(b, y) - max(a, x)) for x, y in ranges)
                if inner and inside * 2 >= b - a and (best is None or length < best[0]):
                    unsourced = raw is None or bool(MISPLACED_SOURCE.match(raw))
                    inner_name = reported_inside(text, ranges, a, b, unsourced)
                    speaker, unclear = (
                        (inner_name, False) if inner_name else resolve(src_at, how, name_, raw)
                    )
                    best = (length, speaker, raw if inner_name is None else inner_name, unclear)
            if best is not None and norm(inner):
                gold.append(Gold(inner, best[1], best[2], best[3]))
    return Doc(name, title, tuple(paragraphs), tuple(gold))


def article_count() -> int:
    """How many articles PolNeAR's training split holds (the last HELD_OUT of them held out)."""
    return len(
        {re.sub(r"_[0-9a-f]{4}$", "", ann.stem) for ann in (DATA / "attributions").glob("*.ann")}
    )
