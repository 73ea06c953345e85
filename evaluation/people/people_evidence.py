"""Table the persons extract_entities lists by whether their article shows them as people anywhere.

Issue 15's question (people round 34): would "no person's evidence anywhere in the article → not
listed" drop more names that are no one's than real people's? For each person listed, the article
shows one when any of its namings (the listed name, its aliases, the surname alone) has:
- a person's mark the candidate reader gives (`Candidate.evidence`: a title, job, apposition or a
  verb of saying beside it; `spoken`; a courtesy title, `alias`; a role that is more than a style);
- a quote the quote reader gives to it (its speaker);
- an age right after it ("Sarah Hewitt, 41,");
- a verb of saying (`speech.cues.CUES`) or one of a few acts of a person (joined, scored,
  married, died, resigned, starred) right after it, an auxiliary allowed ("Lee has resigned");
- a pronoun of a person (he, she, his, her, him) after it in its sentence, or opening the next
  sentence when the name opens its own;
- a word of kin or a courtesy title right before it ("his son James", "Ms Rowe").

Sources (what the rules may be tuned on): BBC 001-010 of each topic (labelled), the written
British reports but `round41-fresh` (labelled; `round35-fresh` to `round40-fresh`, never tuned on in
their own rounds, are from the next round on), PolNeAR's first 600 articles (no labels of listed
persons: counted, with and without evidence, not scored).

Run: .venv/bin/python -m evaluation people_evidence [--names]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Final

from briefings.analysis.common.given_names.gender import HONORIFICS, KIN
from briefings.analysis.common.names import name_key, words_set
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.people.extract import extract_entities
from briefings.analysis.people.finding.candidates import Candidate, sentence_candidates
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundEntity
from briefings.analysis.speech.cues import CUES
from briefings.analysis.speech.words import STYLES
from evaluation.described import described
from evaluation.gold.bbc_labels import load as load_bbc
from evaluation.gold.bbc_labels import names_person
from evaluation.people.people_written import LABELS as WRITTEN
from evaluation.quotes.quotes_polnear import load as load_polnear

FRESH: Final = "round41-fresh"  # never tuned on: scored by people_written as totals only
POLNEAR_TUNED: Final = 600

_ACTS: Final = CUES | words_set(
    "joined joins scored scores married marries died dies resigned resigns starred stars"
)
_AUXILIARY: Final = r"(?:(?:has|had|have|was|is|will|would)(?: been)? )?"
_PRONOUN: Final = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_OPENS_WITH_A_PRONOUN: Final = re.compile(r"(?:He|She|His|Her)\b")
_BEFORE: Final = frozenset(KIN) | frozenset(HONORIFICS)


def shows_a_person(
    entity: FoundEntity,
    sentences: Sequence[str],
    read: Sequence[Sequence[Candidate]],
    speakers: Iterable[str | None],
) -> frozenset[str]:
    """The kinds of a person's evidence the article gives the listed person (none: empty)."""
    forms = {entity.name, *entity.aliases}
    if " " in entity.name:
        forms.add(entity.name.split()[-1])
    keys = {name_key(f) for f in forms}
    why: set[str] = set()
    if entity.role and not _a_style(entity.role):
        why.add("role")
    if any(s is not None and name_key(s) in keys for s in speakers):
        why.add("quoted")
    for k, sentence in enumerate(sentences):
        for c in read[k]:
            if c.kind == "person" and (name_key(c.text) in keys or c.alias in forms):
                why |= _marks(c)
        for form in forms:
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", sentence):
                why |= _beside(sentence, m.start(), m.end(), sentences[k + 1 : k + 2])
    return frozenset(why)


def _marks(c: Candidate) -> set[str]:
    """The candidate reader's marks of a person on one naming."""
    marks = {"evidence"} if c.evidence else set()
    if c.spoken:
        marks.add("spoken")
    if c.alias:
        marks.add("courtesy title")
    if c.role and not _a_style(c.role):
        marks.add("role")
    return marks


def _beside(sentence: str, start: int, end: int, following: Sequence[str]) -> set[str]:
    """A person's evidence written right beside one naming, or in the next sentence."""
    after = sentence[end:]
    why = set()
    if re.match(r", \d{1,3},", after):
        why.add("age")
    verb = re.match(rf" {_AUXILIARY}(\w+)", after)
    if verb and verb.group(1) in _ACTS:
        why.add("act")
    if _PRONOUN.search(after):
        why.add("pronoun")
    if start == 0 and following and _OPENS_WITH_A_PRONOUN.match(following[0]):
        why.add("pronoun")
    before = sentence[:start].split()
    if before and before[-1].lower() in _BEFORE:
        why.add("kin or title")
    return why


def _a_style(role: str) -> bool:
    return all(w.lower().strip(".") in STYLES for w in role.split())


def article_table(
    article: ArticleText,
    people: Sequence[dict[str, str]] | None,
    optional: Sequence[dict[str, str]],
) -> list[tuple[str, bool | None, frozenset[str]]]:
    """Each listed person's name, whether it is a labelled person (None: no labels), and its
    evidence; a real person named only in a thing's name (`optional`) is left out."""
    sentences = [s for p in article.paragraphs for s in split_sentences(p)]
    read = [list(sentence_candidates(s)) for s in sentences]
    speakers = [q.speaker for q in extract_quotes(article)]
    rows = []
    for entity in extract_entities(article):
        if entity.kind != "person":
            continue
        named = None if people is None else any(names_person(entity.name, p) for p in people)
        if not named and any(names_person(entity.name, p) for p in optional):
            continue
        rows.append((entity.name, named, shows_a_person(entity, sentences, read, speakers)))
    return rows


Source = list[tuple[str, ArticleText, list[dict[str, str]] | None, list[dict[str, str]]]]


def sources() -> dict[str, Source]:
    """The articles that may be tuned on, by source."""
    written = json.loads(WRITTEN.read_text(encoding="utf-8"))
    return {
        "BBC 001-010": [
            (d.name, d.article, d.labels["people"], []) for d in load_bbc() if not d.held_out
        ],
        "written": [
            (
                a["id"],
                ArticleText(a["title"], tuple(a["paragraphs"])),
                [{"name": n} for n in a["people"]],
                [{"name": n} for n in a["optional"]],
            )
            for a in written
            if a["batch"] != FRESH
        ],
        "PolNeAR 1-600": [
            (d.name, ArticleText(d.title, d.paragraphs), None, [])
            for d in load_polnear(POLNEAR_TUNED)
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--names", action="store_true", help="print the names without evidence")
    args = parser.parse_args()
    for source, docs in sources().items():
        table: Counter[tuple[bool, bool | None]] = Counter()
        for name, article, people, optional in docs:
            for listed, named, why in article_table(article, people, optional):
                table[(bool(why), named)] += 1
                if args.names and not why and named is not None:
                    print(f"{name} {'person' if named else 'not a person'}: {listed!r}")
        if source.startswith("PolNeAR"):
            print(f"{source}: with evidence {table[(True, None)]}, none {table[(False, None)]}")
            continue
        print(
            f"{source}: with evidence {table[(True, True)]} people, {table[(True, False)]} not;"
            f" none {table[(False, True)]} people, {table[(False, False)]} not"
        )


if __name__ == "__main__":
    main()
