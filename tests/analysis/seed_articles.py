"""The seed articles for analysis tests: cleaned by ingest, and raw (every non-empty line)."""

from __future__ import annotations

from functools import cache

from briefings.analysis.results import ArticleText
from evaluation.gold.seeds import load_seeds
from tests.conftest import SEEDS


@cache
def cleaned() -> dict[str, ArticleText]:
    """File name → the article as ingest cleans and dates it."""
    return load_seeds(SEEDS)


@cache
def raw() -> dict[str, ArticleText]:
    """File name → every non-empty line as a paragraph, captions and bylines included."""
    return {
        path.name: ArticleText(
            None,
            tuple(
                line.strip()
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.strip()
            ),
        )
        for path in sorted(SEEDS.glob("*.txt"))
    }
