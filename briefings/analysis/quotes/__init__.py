"""Direct quotes and who said them: quotation marks, reporting clauses, resolution, confidence."""

from briefings.analysis.quotes.clusters import cluster_quotes
from briefings.analysis.quotes.extract import extract_quotes

__all__ = ["cluster_quotes", "extract_quotes"]
