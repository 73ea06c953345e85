"""Direct quotes and who said them: quotation marks, reporting clauses, resolution, confidence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefings.analysis.quotes.clusters import cluster_quotes
    from briefings.analysis.quotes.extract import extract_quotes

__all__ = ["cluster_quotes", "extract_quotes"]


def __getattr__(name: str) -> Any:
    """The extractor and clustering, imported when first used: a query that only needs the
    confidence threshold (`quotes.confidence.model`) does not load the extractor's syntok and regex."""
    if name == "extract_quotes":
        from briefings.analysis.quotes.extract import extract_quotes

        return extract_quotes
    if name == "cluster_quotes":
        from briefings.analysis.quotes.clusters import cluster_quotes

        return cluster_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
