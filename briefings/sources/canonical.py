"""One URL per article: the canonical form (courlan) an article is known by across feeds."""

from __future__ import annotations


def canonical_url(url: str) -> str:
    """`url` normalised: scheme and host lower-cased, tracking parameters and fragment dropped."""
    from courlan import normalize_url  # trafilatura's own URL library (already installed)

    try:
        return str(normalize_url(url, strict=True))
    except (ValueError, AttributeError):
        return url
