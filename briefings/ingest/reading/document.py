"""Build the article to store from a file: cleaned body plus metadata from every place that states it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from briefings.ingest.errors import ArticleError
from briefings.ingest.reading.cleaning import clean_text
from briefings.ingest.reading.metadata import parse_published
from briefings.ingest.reading.readers import RawDocument

# The stored columns' lengths (models.Article): longer values are cut, never refused by the database.
TITLE_CHARS, OUTLET_CHARS, AUTHOR_CHARS, URL_CHARS = 512, 256, 256, 2048


def fit(value: str | None, limit: int) -> str | None:
    """`value` cut to `limit` characters at a word boundary, with an ellipsis when cut."""
    if value is None or len(value) <= limit:
        return value
    cut = value[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:–—-") + "…"


@dataclass
class Document:
    """An article ready for analysis and storage."""

    path: Path
    data: bytes
    paragraphs: list[str]
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None
    published: dt.date | None = None
    date_precision: str = "unknown"
    updated: dt.date | None = None  # an update note's date: never the publication date
    updated_precision: str = "unknown"
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def build_document(raw: RawDocument, manifest: dict[str, str] | None = None) -> Document:
    """Clean the text and merge metadata: the file's own statements first, then the manifest."""
    stated = raw.metadata
    markdown = raw.path.suffix.lower() in (".md", ".markdown")
    cleaned = clean_text(raw.text, markdown=markdown, has_title=bool(stated.get("title")))
    if not cleaned.paragraphs:
        raise ArticleError("no article text left after removing captions and boilerplate")
    feed = manifest or {}
    byline = cleaned.byline
    title = stated.get("title") or cleaned.title or feed.get("title")
    doc = Document(
        path=raw.path,
        data=raw.data,
        paragraphs=cleaned.paragraphs,
        title=fit(title, TITLE_CHARS),
        outlet=fit(
            stated.get("outlet") or (byline and byline.outlet) or feed.get("outlet"), OUTLET_CHARS
        ),
        author=fit(
            stated.get("author") or (byline and byline.author) or feed.get("author"), AUTHOR_CHARS
        ),
        url=stated.get("url") or feed.get("url"),
        warnings=list(raw.warnings),
    )
    if title and len(title) > TITLE_CHARS:
        doc.warnings.append(f"title longer than {TITLE_CHARS} characters; cut")
    if doc.url and len(doc.url) > URL_CHARS:
        doc.warnings.append(f"URL longer than {URL_CHARS} characters; left out")
        doc.url = None
    dated = None
    if stated.get("published"):
        dated = parse_published(stated["published"])
        if dated is None:
            doc.warnings.append(f"date {stated['published']!r} not understood; left unknown")
    dated = dated or cleaned.dated
    if dated is None and feed.get("published"):
        dated = parse_published(feed["published"])
        if dated is None:
            doc.warnings.append(f"manifest date {feed['published']!r} not understood; left unknown")
    if dated is not None:
        doc.published, doc.date_precision = dated.date, dated.precision
    updated = cleaned.updated
    if stated.get("updated"):  # an HTML page's modification time (html_dates.py)
        updated = parse_published(stated["updated"]) or updated
    if updated is not None and (dated is None or updated.date > dated.date):
        doc.updated, doc.updated_precision = updated.date, updated.precision
    return doc
