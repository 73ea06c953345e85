"""Fit the word weights of sentence similarity from fixed text, reproducibly (counting only).

The points and events of the story are grouped by the cosine of TF-IDF vectors of their words and
word pairs (briefings/analysis/similarity.py). Their inverse document frequencies come from this
table, not from the sentences stored, so two sentences weigh the same however many articles are
stored and whichever were refreshed together: an edit regrouped incrementally gives what a full
rebuild gives. The table counts, for every stemmed word and word pair, the sentences holding it
among the text the rules may be tuned on: PolNeAR train's first 600 articles (by name), the BBC
articles 001-010 of each topic, and the seeds. Terms in fewer than MIN_SENTENCES sentences are
left out (they weigh as unseen). Writes briefings/analysis/data/term_weights.txt, in the text form
of briefings/analysis/term_counts.py (terms grouped by count: cheap to read).

Run: PYTHONPATH=. .venv/bin/python scripts/fit_term_weights.py
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from briefings.analysis import term_counts
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.similarity import phrase_terms

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
if not SHARED.exists():
    SHARED = Path("/work/shared/data")
OUT = ROOT / "briefings/analysis" / term_counts.FILE
TUNE = 600  # PolNeAR train's articles the rules are tuned on (evaluation/articles/citations_polnear.py)
MIN_SENTENCES = 2


def sources() -> Iterator[Path]:
    """The tuned-on texts, in a fixed order."""
    yield from sorted((SHARED / "polnear-train" / "text").glob("*.txt"))[:TUNE]
    for topic in sorted((SHARED / "bbc-summaries" / "article").iterdir()):
        yield from (topic / f"{n:03d}.txt" for n in range(1, 11))
    yield from sorted((ROOT / "seeds").glob("*.txt"))


def sentences(path: Path) -> Iterator[str]:
    for paragraph in path.read_text(encoding="utf-8").splitlines():
        if paragraph.strip():
            yield from split_sentences(paragraph.strip())


def main() -> int:
    counts: Counter[str] = Counter()
    total = 0
    for path in sources():
        for sentence in sentences(path):
            terms = set(phrase_terms(sentence))
            if terms:
                total += 1
                counts.update(terms)
    kept = {t: n for t, n in sorted(counts.items()) if n >= MIN_SENTENCES}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(term_counts.render(total, MIN_SENTENCES, kept), encoding="utf-8")
    print(f"{total} sentences, {len(kept)} terms -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
