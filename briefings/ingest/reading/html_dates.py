"""The update date an HTML page states in its metadata (`article:modified_time`, `dateModified`).

The publication date of a page comes from trafilatura (htmldate, original date first); this adds
only what the page explicitly labels as a modification, never a date guessed from the text.
"""

from __future__ import annotations

import re

from briefings.ingest.reading.datelines import parse_published

_MODIFIED = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:modified_time|"""
    r"""og:updated_time|dateModified|last-modified|modified)["'][^>]*?content\s*=\s*["']"""
    r"""(?P<meta>[^"']{4,40})["']"""
    r"""|<meta\s[^>]*?content\s*=\s*["'](?P<meta2>[^"']{4,40})["'][^>]*?"""
    r"""(?:property|name|itemprop)\s*=\s*["'](?:article:modified_time|og:updated_time|"""
    r"""dateModified|last-modified|modified)["']"""
    r"""|"dateModified"\s*:\s*"(?P<json>[^"]{4,40})\"""",
    re.I,
)


def html_updated(html: str) -> str | None:
    """The modification date the page's metadata states, as written (ISO), or None."""
    match = _MODIFIED.search(html[:200_000])
    if match is None:
        return None
    value = (match["meta"] or match["meta2"] or match["json"] or "").strip()
    return value if parse_published(value) is not None else None
