"""The five seed articles as the analysers see them, cleaned by the ingest code on main."""

from __future__ import annotations

from pathlib import Path

from briefings.analysis.results import ArticleText, DatePrecision
from briefings.ingest.reading.document import build_document
from briefings.ingest.reading.manifest import load_manifest
from briefings.ingest.reading.readers import read_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def load_seeds(folder: Path = SEEDS) -> dict[str, ArticleText]:
    """File name → cleaned article with its publication date (own text first, then manifest)."""
    manifest, _ = load_manifest(folder)
    articles = {}
    for path in sorted(folder.glob("*.txt")):
        document = build_document(read_document(path), manifest.get(path.name))
        precision: DatePrecision = document.date_precision  # type: ignore[assignment]
        articles[path.name] = ArticleText(
            document.title, tuple(document.paragraphs), document.published, precision
        )
    return articles
