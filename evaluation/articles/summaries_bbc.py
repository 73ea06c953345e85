"""ROUGE and speed of `summarise` on BBC News Summary, beside Lead-k and sumy's LexRank."""

from __future__ import annotations

import argparse
import json
import re
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rouge_score import rouge_scorer
from sumy.nlp.stemmers import Stemmer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.results import ArticleText
from briefings.analysis.summaries.summary import summarise
from evaluation.described import described

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "bbc-summaries"
if not DATA.exists():  # a worktree outside /work: the shared data stays where it is
    DATA = Path("/work/shared/data/bbc-summaries")
RESULTS = Path(__file__).resolve().parents[1] / "results" / "summaries_bbc.json"
METRICS = ("rouge1", "rouge2", "rougeL")


@dataclass(frozen=True)
class Document:
    """One article and its reference summary sentences."""

    name: str
    article: ArticleText
    reference: tuple[str, ...]


class PysbdTokenizer:
    """A sumy tokenizer that needs no NLTK download: our sentences, regex words."""

    language = "english"
    _word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(self._word.findall(sentence))


def load(root: Path = DATA, limit: int | None = None) -> list[Document]:
    """Articles (first line = title, other non-empty lines = paragraphs) with their summaries."""
    documents = []
    for path in sorted((root / "article").glob("*/*.txt"))[:limit]:
        lines = [
            line.strip() for line in path.read_text(encoding="utf-8", errors="replace").split("\n")
        ]
        reference_path = root / "summary" / path.relative_to(root / "article")
        reference = [
            line.strip()
            for line in reference_path.read_text(encoding="utf-8", errors="replace").split("\n")
            if line.strip()
        ]
        article = ArticleText(title=lines[0], paragraphs=tuple(line for line in lines[1:] if line))
        documents.append(Document(f"{path.parent.name}/{path.name}", article, tuple(reference)))
    return documents


def lead(article: ArticleText, count: int) -> list[str]:
    """The first `count` sentences."""
    return [s for p in article.paragraphs for s in split_sentences(p)][:count]


def sumy_lexrank(article: ArticleText, count: int) -> list[str]:
    """sumy's LexRank over the same paragraphs."""
    parser = PlaintextParser.from_string("\n\n".join(article.paragraphs), PysbdTokenizer())
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    return [str(s) for s in summarizer(parser.document, count)]


Method = Callable[[ArticleText, int], Sequence[str]]
METHODS: dict[str, Method] = {
    "summarise": lambda article, count: summarise(article, max_sentences=count),
    "lead": lead,
    "sumy LexRank": sumy_lexrank,
}


def evaluate(
    documents: Sequence[Document], length: Callable[[Document], int]
) -> dict[str, dict[str, float]]:
    """Mean ROUGE F and mean milliseconds per article of each method."""
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    table: dict[str, dict[str, float]] = {}
    for name, method in METHODS.items():
        split_sentences.cache_clear()  # every method pays for its own sentence splitting
        outputs, started = [], time.perf_counter()
        for document in documents:
            outputs.append(method(document.article, length(document)))
        elapsed = time.perf_counter() - started
        started = time.perf_counter()  # again, with the sentences already split (shared at ingest)
        for document in documents:
            method(document.article, length(document))
        warm = time.perf_counter() - started
        scores = [
            scorer.score("\n".join(document.reference), "\n".join(output))
            for document, output in zip(documents, outputs, strict=True)
        ]
        row = {m: statistics.fmean(s[m].fmeasure for s in scores) for m in METRICS}
        row["ms_per_article"] = 1000.0 * elapsed / max(len(documents), 1)
        row["ms_without_splitting"] = 1000.0 * warm / max(len(documents), 1)
        table[name] = row
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    """The table as aligned text."""
    print(f"\n{title}")
    print(
        f"{'method':<14} {'ROUGE-1':>8} {'ROUGE-2':>8} {'ROUGE-L':>8} {'ms/article':>11}"
        f" {'ms w/o split':>13}"
    )
    for name, row in table.items():
        figures = " ".join(f"{row[m]:>8.4f}" for m in METRICS)
        print(
            f"{name:<14} {figures} {row['ms_per_article']:>11.2f}"
            f" {row['ms_without_splitting']:>13.2f}"
        )


def main(argv: Iterable[str] | None = None) -> dict[str, dict[str, dict[str, float]]]:
    """Run both settings (reference length and three sentences), print and save the figures."""
    documents = load()
    split_sentences("Warm up the segmenter. Once.")
    results = {
        "k = reference length": evaluate(documents, lambda d: len(d.reference)),
        "k = 3": evaluate(documents, lambda d: 3),
    }
    print(f"BBC News Summary subset: {len(documents)} articles")
    for title, table in results.items():
        print_table(title, table)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    argparse.ArgumentParser(description=described(__doc__)).parse_args()  # --help
    main()
