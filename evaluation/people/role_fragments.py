"""List the roles extract_entities gives that are fragments, not the job written next to the name.

A role is a fragment when it holds another person the article lists beside "and" or a word no title
holds ("Trump and Texas Sen" for Ted Cruz, "Sanders edged out rival": `name`; "Trump's lawyer",
"Clinton spokesman", whose staff or kin one is, are whole roles, counted apart as `staff`), starts or ends with a lone "and"
or "of" (`edge`), ends in an abbreviation cut from its full stop ("Texas Sen" where the text writes
"Texas Sen.": `cut`), is a place alone ("Texas", "of Florida": `place`), or holds a clause's verb or
pronoun ("nominating race was pressed by ABC's host", "Sanders edged out rival", "shook her head":
`clause`), or opens with an age ("30, of Raleigh, N.C.": `age`). Read over PolNeAR's
tuned articles (the first 600; the held-out 240 are never read), BBC's tuned half (001-010 of each
topic) and the written reports (`labels/written_people.json`, `labels/written_attribution.json`).

`--quotes` reads the roles quotes' speakers are given instead (`speech/roles.py`), each once an article.

Run: .venv/bin/python -m evaluation role_fragments [--list] [--quotes]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from typing import Final

from briefings.analysis.common.names import PLACES, ROLE_MODIFIERS, US_PLACES, words_set
from briefings.analysis.people.extract import extract_entities
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundEntity
from briefings.analysis.speech.words import IRREGULAR
from evaluation.described import described
from evaluation.gold.bbc_labels import halves, load
from evaluation.quotes.polnear.gold import DATA, HELD_OUT, article_count

LABELS: Final = Path(__file__).parents[1] / "labels"
KINDS: Final = ("name", "edge", "cut", "place", "clause", "age", "staff")
# Abbreviations of titles and courtesy titles, written with a full stop: "Sen.", "Lt. Gen.", "Mrs.".
_ABBREVIATIONS: Final = words_set(
    "sen rep gov gen lt col capt sgt adm maj cmdr cpl pvt supt insp det rev dr prof atty mr mrs ms"
)
_CLAUSE_WORDS: Final = words_set(
    "was were is are has had have been that who who’d who'd which than through his her their its"
)
_AFTER_A_VERB: Final = words_set("the a an to with by in on at of")
_WORD: Final = re.compile(r"[^\W\d_][\w’'\-]*")


def articles() -> Iterator[tuple[str, ArticleText]]:
    """Each article read, by a name that says where it is from: never a held-out one."""
    texts = sorted((DATA / "text").glob("*.txt"))[: article_count() - HELD_OUT]
    for path in texts:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        yield f"polnear {path.stem}", ArticleText(lines[0], tuple(lines[1:]))
    for doc in halves(load())["tuned"]:
        yield f"bbc {doc.name}", doc.article
    for item in json.loads((LABELS / "written_people.json").read_text(encoding="utf-8")):
        yield f"written {item['id']}", ArticleText(item["title"], tuple(item["paragraphs"]))
    for n, item in enumerate(
        json.loads((LABELS / "written_attribution.json").read_text(encoding="utf-8"))
    ):
        yield f"attribution {n}", ArticleText(item["title"], tuple(item["paragraphs"]))


def kinds_of(role: str, names: Sequence[str], others: list[FoundEntity], text: str) -> list[str]:
    """The kinds of fragment a role is (none for a whole job); `names`: the person's own."""
    words = _WORD.findall(role)
    lower = [w.lower() for w in words]
    found: list[str] = []
    own = {w for n in names for w in _WORD.findall(n)}
    other_words = {
        w for o in others for w in _WORD.findall(o.name) if w[:1].isupper() and w not in own
    }
    named = [i for i, w in enumerate(words) if re.sub(r"[’']s?$", "", w) in other_words]
    if named:
        fragment = any(_cut_at(words, i) for i in named)
        found.append("name" if fragment else "staff")
    if lower and (lower[0] in {"and", "of"} or lower[-1] in {"and", "of"}):
        found.append("edge")
    if lower and lower[-1] in _ABBREVIATIONS and not role.endswith(".") and f"{role}." in text:
        found.append("cut")
    if _a_clause(words):
        found.append("clause")
    if re.match(r"\d{1,3}(?:,|\s+and\b)", role):
        found.append("age")
    bare = re.sub(r"^(?:of|from)\s+", "", role.lower()).strip()
    if bare in PLACES or bare in US_PLACES:
        found.append("place")
    return found


def _a_clause(words: list[str]) -> bool:
    """Whether a role holds a clause's words, a verb or a pronoun ("nominating race was pressed
    by ABC's host", "Sanders edged out rival", "praised the efforts of a donor to Sen.")."""
    lower = [w.lower() for w in words]
    if any(w in _CLAUSE_WORDS for w in lower):
        return True
    if len(words) > 1 and lower[0].endswith("ed") and lower[1] in _AFTER_A_VERB:
        return True
    if any(a in IRREGULAR and b in _AFTER_A_VERB | _CLAUSE_WORDS for a, b in pairwise(lower)):
        return True  # "actor held a fake audition", "shook her head"
    return any(a[:1].isupper() and b[:1].islower() and b.endswith("ed") for a, b in pairwise(words))


def _cut_at(words: list[str], i: int) -> bool:
    """Whether another person's name at `i` makes the role a fragment: beside "and" ("Ryan and
    Senate Majority Leader"), before a verb ("Sanders edged out rival"), or the
    whole role ("Kevin Bishop"); not the person whose staff or kin one is ("Clinton campaign
    manager", "Kim's sister", "spokesman for Ted Cruz")."""
    lower = [w.lower() for w in words]
    if "and" in lower[max(0, i - 1) : i + 2]:
        return True
    if words[i].endswith(("'s", "’s", "'", "’")):
        return False
    if i + 1 < len(words):
        after = re.sub(r"[’']s?$", "", lower[i + 1])  # "Sanders edged", not "Cruz campaign's"
        return words[i + 1][:1].islower() and after.endswith("ed") and after not in ROLE_MODIFIERS
    return all(w[:1].isupper() for w in words)


def fragments(quotes: bool = False) -> Iterator[tuple[str, str, str, list[str]]]:
    """Each fragment role: where, whose, the role, its kinds (`quotes`: the roles quotes'
    speakers are given, each speaker's role once an article, not the people's)."""
    for where, article in articles():
        text = "\n".join((article.title or "", *article.paragraphs))
        people = [e for e in extract_entities(article) if e.kind == "person"]
        if quotes:
            said = {(q.speaker, q.speaker_role) for q in extract_quotes(article)}
            for speaker, role in sorted(p for p in said if p[0] and p[1]):
                assert speaker is not None and role is not None
                others = [o for o in people if not set(speaker.split()) & set(o.name.split())]
                kinds = kinds_of(role, [speaker], others, text)
                if kinds:
                    yield where, speaker, role, kinds
            continue
        for entity in people:
            if not entity.role:
                continue
            others = [o for o in people if o is not entity]
            kinds = kinds_of(entity.role, [entity.name, *entity.aliases], others, text)
            if kinds:
                yield where, entity.name, entity.role, kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--list", action="store_true", help="print every fragment")
    parser.add_argument("--quotes", action="store_true", help="the roles of quotes' speakers")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    for where, name, role, kinds in fragments(args.quotes):
        source = where.split()[0]
        for kind in kinds:
            counts[source, kind] += 1
        if args.list:
            print(f"{where}: {name!r} role {role!r} ({', '.join(kinds)})")
    sources = ("polnear", "bbc", "written", "attribution")
    print(f"{'kind':11}" + "".join(f"{s:>12}" for s in sources) + f"{'all':>8}")
    for kind in KINDS:
        row = [counts[s, kind] for s in sources]
        print(f"{kind:11}" + "".join(f"{n:12}" for n in row) + f"{sum(row):8}")


if __name__ == "__main__":
    main()
