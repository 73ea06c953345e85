"""One long article of prose read, cleaned and analysed as ingest does, timed and measured.

`python -m benchmarks.long_articles SIZE [--full]`: one article of SIZE bytes of prose read,
cleaned and analysed as ingest does (no database); seconds, peak memory and how much was
analysed, as JSON on the last line. `--full`: the analysis without its time budget."""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.data.corpus import SEEDS, SHARED
from benchmarks.measure.memory import memory_mb


def prose(size: int, seed: int = 1) -> str:
    """About `size` bytes of news paragraphs, no two alike (PolNeAR and the seeds, recombined)."""
    rng = random.Random(seed)
    sources = sorted((SHARED / "polnear-train" / "text").glob("*.txt")) or sorted(
        SEEDS.glob("*.txt")
    )
    pool = [
        p.strip()
        for path in sources[:400]
        for p in path.read_text(encoding="utf-8").split("\n")[1:]
        if len(p.strip()) > 60
    ]
    paragraphs, total, n = [], 0, 0
    while total < size:
        n += 1
        paragraph = f"{rng.choice(pool)} {rng.choice(pool)} (Report {n}.)"
        paragraphs.append(paragraph)
        total += len(paragraph.encode()) + 2
    return "A long report on the talks\n\n" + "\n\n".join(paragraphs) + "\n"


def measure(size: int, full: bool) -> dict[str, object]:
    from briefings.analysis.pipeline import analyse
    from briefings.analysis.results import ArticleAnalysis
    from briefings.ingest.outcomes import FileOutcome
    from briefings.ingest.pipeline import _article_text, analysed, read_article

    with tempfile.TemporaryDirectory(prefix="briefbot-long-") as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(prose(size), encoding="utf-8")
        started = time.perf_counter()
        found = read_article(path, {})
        read_s = time.perf_counter() - started
        if isinstance(found, FileOutcome):
            return {"error": [found.line()]}
        doc = found.doc
        if full:
            result: ArticleAnalysis | FileOutcome = analyse(_article_text(doc), budget=None)
        else:
            result = analysed(found.shown, doc)
        seconds = time.perf_counter() - started
    return {
        "bytes": path.stat().st_size if path.exists() else size,
        "paragraphs": len(doc.paragraphs),
        "full": full,
        "read_clean_s": round(read_s, 2),
        "seconds": round(seconds, 2),
        "peak_mb": memory_mb("VmHWM"),
        "quotes": len(getattr(result, "quotes", ())),
        "warnings": list(getattr(result, "warnings", ())),
    }


def main(argv: list[str]) -> None:
    """Measure one article of the size asked and print the figures as JSON."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.long_articles", description=(__doc__ or "").split("\n\n", 1)[0]
    )
    parser.add_argument("size", type=int, help="bytes of prose in the article")
    parser.add_argument("--full", action="store_true", help="the analysis without its time budget")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.size, args.full)))


if __name__ == "__main__":
    main(sys.argv[1:])
