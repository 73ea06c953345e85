"""A folder's `manifest.json`: what a feed would say about files whose text does not (outlet, url, date)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from briefings.ingest.errors import ArticleError
from briefings.ingest.reading.files import read_bounded

MANIFEST_NAME = "manifest.json"
FIELDS = ("title", "outlet", "author", "url", "published")
MAX_MANIFEST_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class ManifestProblem:
    path: Path
    reason: str


def load_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], ManifestProblem | None]:
    """File name → metadata from `folder/manifest.json`; a broken manifest is reported, not fatal
    (read as any article file is: a regular file in the folder, at most 5 MB; values with a NUL
    character are left out).

    Format: {"articles": {"000_x.txt": {"outlet": "...", "url": "...", "published": "2023-03-30"}}}
    """
    path = folder / MANIFEST_NAME
    if not os.path.lexists(path):
        return {}, None
    try:
        loaded = json.loads(read_bounded(path, MAX_MANIFEST_BYTES, folder).decode("utf-8"))
        entries = loaded["articles"]
        if not isinstance(entries, dict):
            raise TypeError
    except ArticleError as exc:
        return {}, ManifestProblem(path, str(exc))
    except RecursionError:
        return {}, ManifestProblem(path, "not valid: nested too deeply")
    except (ValueError, KeyError, TypeError):
        return {}, ManifestProblem(path, 'not valid: expected {"articles": {"file name": {...}}}')
    manifest: dict[str, dict[str, str]] = {}
    for name, meta in entries.items():
        if isinstance(meta, dict):
            manifest[str(name)] = {
                k: str(v)
                for k, v in meta.items()
                if k in FIELDS and v and not isinstance(v, dict | list) and "\x00" not in str(v)
            }
    return manifest, None
