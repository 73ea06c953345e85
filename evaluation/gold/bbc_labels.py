"""The shared BBC hand labels (quotes, speakers, people): loading, the tune / held-out split, matching.

Split, fixed before any rule was tuned on them: in each topic, articles 001-010 are the half the
rules may be tuned on, 011-020 the held-out half nobody reads while writing rules.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.analysis.results import ArticleText

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
if not SHARED.exists():  # a worktree outside /work: the shared data stays where it is
    SHARED = Path("/work/shared/data")
LABELS = SHARED / "bbc-labels"
ARTICLES = SHARED / "bbc-summaries" / "article"
HELD_OUT_FROM = 11  # article numbers from here on are held out


@dataclass(frozen=True)
class LabelledArticle:
    """One BBC article and its labels."""

    name: str  # "business/001"
    article: ArticleText
    labels: dict[str, Any]

    @property
    def held_out(self) -> bool:
        return int(self.name.rsplit("/", 1)[1]) >= HELD_OUT_FROM


def load(limit: int | None = None) -> list[LabelledArticle]:
    """Every labelled article (first line = title, other non-empty lines = paragraphs)."""
    out = []
    for path in sorted(LABELS.glob("*/*.json"))[:limit]:
        name = f"{path.parent.name}/{path.stem}"
        lines = [
            line.strip()
            for line in (ARTICLES / f"{name}.txt").read_text(encoding="utf-8").split("\n")
        ]
        article = ArticleText(title=lines[0], paragraphs=tuple(line for line in lines[1:] if line))
        out.append(LabelledArticle(name, article, json.loads(path.read_text(encoding="utf-8"))))
    return out


# Held-out articles are read only as totals: a list of their errors would be tuning on them.
TUNED_ONLY = "--errors lists the tuned half's errors only: give --half tuned"


def halves(docs: list[LabelledArticle]) -> dict[str, list[LabelledArticle]]:
    """All articles, the half tuned on and the half held out."""
    return {
        "all": docs,
        "tuned": [d for d in docs if not d.held_out],
        "held_out": [d for d in docs if d.held_out],
    }


_TITLE = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof)\.?\s+", re.I)


def name_words(name: str) -> frozenset[str]:
    """The words of a name, without a courtesy title or a possessive."""
    name = _TITLE.sub("", name.strip())
    return frozenset(re.sub(r"(’s|'s)$", "", w).lower() for w in re.findall(r"[\w’'\-]+", name))


def forms_of(person: dict[str, Any]) -> list[str]:
    """A labelled person's name and aliases."""
    return [person["name"], *(person.get("aliases") or [])]


def names_person(predicted: str, person: dict[str, Any]) -> bool:
    """Whether a predicted name is one of a labelled person's forms: equal to one of them without
    the courtesy title, or, for a single predicted word, the person's surname."""
    got = name_words(predicted)
    if not got:
        return False
    for form in forms_of(person):
        want = name_words(form)
        if got == want:
            return True
    full = name_words(person["name"])
    return len(got) == 1 and bool(full) and got <= full and next(iter(got)) == _last(person["name"])


def _last(name: str) -> str:
    words = re.findall(r"[\w’'\-]+", _TITLE.sub("", name))
    return words[-1].lower() if words else ""
