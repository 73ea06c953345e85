"""Read an RSS or Atom feed (feedparser) into its items: link, GUID, title, date, content."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from briefings.sources.http import FetchError

MAX_ITEMS = 500  # items read from one feed, newest first: a 10,000-item feed is cut, not refused


@dataclass(frozen=True)
class Item:
    """One feed entry: what identifies it, and what the feed says of it."""

    key: str  # sha256 of the GUID, else of the link, else of title and content
    link: str | None
    title: str | None
    published: dt.date | None  # None when absent or in the future (a date is never invented)
    content: str  # the entry's HTML content or summary (used when it has no link)
    author: str | None


@dataclass(frozen=True)
class Feed:
    title: str | None
    items: list[Item]
    skipped: int  # items past MAX_ITEMS, or with nothing to identify them


def parse_feed(
    data: bytes, url: str, today: dt.date | None = None, content_type: str = "application/xml"
) -> Feed:
    """The feed's items, de-duplicated by GUID; FetchError when `data` is no feed."""
    import feedparser  # imported here: the CLI starts without it

    headers = {"content-location": url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(data, response_headers=headers)
    version = parsed.get("version") or ""
    if not version:
        raise FetchError(_not_a_feed(url, parsed))
    today = today or dt.datetime.now(dt.UTC).date()
    items: list[Item] = []
    keys: set[str] = set()
    skipped = 0
    for entry in parsed.entries:
        item = _item(entry, today)
        if item is None or item.key in keys:
            skipped += 1
            continue
        keys.add(item.key)
        items.append(item)
    if parsed.get("bozo") and not items:  # malformed XML with nothing usable in it
        raise FetchError(_not_a_feed(url, parsed))
    if len(items) > MAX_ITEMS:
        items.sort(key=lambda i: i.published or dt.date.min, reverse=True)
        skipped += len(items) - MAX_ITEMS
        items = items[:MAX_ITEMS]
    return Feed(parsed.feed.get("title"), items, skipped)


def _not_a_feed(url: str, parsed: object) -> str:
    problem = getattr(parsed, "get", lambda _k: None)("bozo_exception")
    why = f" (malformed XML: {problem})" if problem else ""
    return f"{url} is not an RSS or Atom feed{why}"[:300]


def _item(entry: Any, today: dt.date) -> Item | None:
    link = entry.get("link") or None
    guid = entry.get("id") or None
    content = ""
    if entry.get("content"):
        content = entry["content"][0].get("value", "") or ""
    content = content or entry.get("summary", "") or ""
    title = entry.get("title") or None
    ident = guid or link or (f"{title}\n{content}" if (title or content) else None)
    if ident is None:
        return None
    published = None
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is not None:
        try:
            day = dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
        except ValueError:
            day = None
        published = day if day is not None and day <= today else None
    return Item(
        key=hashlib.sha256(ident.encode("utf-8", "replace")).hexdigest(),
        link=link,
        title=title,
        published=published,
        content=content,
        author=entry.get("author") or None,
    )
