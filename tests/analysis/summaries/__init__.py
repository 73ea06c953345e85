"""Per-article summaries and the candidate points of briefings."""
