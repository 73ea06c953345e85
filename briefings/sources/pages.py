"""Fetched pages and feed entries as articles to store, through the existing extraction."""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

from briefings.ingest.batch import Found
from briefings.ingest.errors import ArticleError
from briefings.ingest.fingerprint import content_hash, signature
from briefings.ingest.outcomes import FileOutcome
from briefings.ingest.reading.document import build_document
from briefings.ingest.reading.readers import read_html
from briefings.sources.feeds import Item

KEY_CHARS = 1024  # articles.path: a longer canonical URL is stored by its hash


def article_key(url: str) -> str:
    """What a fetched article is stored under: its canonical URL (unique across feeds)."""
    if len(url) <= KEY_CHARS:
        return url
    return "url-sha256:" + hashlib.sha256(url.encode()).hexdigest()


def found_page(url: str, data: bytes, item: Item | None = None) -> Found | FileOutcome:
    """The page read by trafilatura and cleaned as an `.html` file is; the feed's own title,
    author and date fill what the page does not state (a future date was already dropped)."""
    manifest: dict[str, str] = {"url": url}
    if item is not None:
        if item.title:
            manifest["title"] = item.title
        if item.author:
            manifest["author"] = item.author
        if item.published:
            manifest["published"] = item.published.isoformat()
    try:
        raw = read_html(Path("page.html"), data)
        raw.metadata.setdefault("url", url)
        doc = build_document(raw, manifest)
    except ArticleError as exc:
        return FileOutcome(url, "failed", str(exc))
    except Exception as exc:  # a bug or a limit in extraction fails this page alone
        return FileOutcome(url, "failed", f"cannot be read ({type(exc).__name__}: {exc})")
    return Found(url, article_key(url), content_hash(doc.data), signature(doc.body), doc)


def found_entry(source_url: str, item: Item) -> Found | FileOutcome:
    """An entry with no link: its own content is the article, stored under feed URL and key."""
    key = f"{source_url}#item-{item.key[:16]}"
    title = html.escape(item.title or "")
    page = f"<html><head><title>{title}</title></head><body><article>{item.content}</article></body></html>"
    found = found_page(key, page.encode(), item)
    if isinstance(found, FileOutcome):
        return FileOutcome(key, found.status, f"entry without a link: {found.reason}")
    return found
