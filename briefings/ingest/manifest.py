"""A folder's `manifest.json`: what a feed would say about files whose text does not (outlet, url, date)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

MANIFEST_NAME = "manifest.json"
FIELDS = ("title", "outlet", "author", "url", "published")


@dataclass(frozen=True)
class ManifestProblem:
    path: Path
    reason: str


def load_manifest(folder: Path) -> tuple[dict[str, dict[str, str]], ManifestProblem | None]:
    """File name → metadata from `folder/manifest.json`; a broken manifest is reported, not fatal.

    Format: {"articles": {"000_x.txt": {"outlet": "...", "url": "...", "published": "2023-03-30"}}}
    """
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}, None
    try:
        loaded = json.loads(path.read_text(encoding="utf-8"))
        entries = loaded["articles"]
        if not isinstance(entries, dict):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        return {}, ManifestProblem(path, 'not valid: expected {"articles": {"file name": {...}}}')
    manifest: dict[str, dict[str, str]] = {}
    for name, meta in entries.items():
        if isinstance(meta, dict):
            manifest[str(name)] = {k: str(v) for k, v in meta.items() if k in FIELDS and v}
    return manifest, None
