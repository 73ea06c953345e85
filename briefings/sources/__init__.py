"""Sources a story is fed from: RSS/Atom feeds, article pages and folders, fetched politely."""

__all__ = ["FetchError", "Fetched", "Fetcher", "Limits"]

from briefings.sources.http import Fetched, Fetcher, FetchError, Limits
