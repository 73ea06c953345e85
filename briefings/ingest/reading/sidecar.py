"""Sidecar metadata beside article files: a manifest or a metadata table.

`manifest.json`, or a `metadata.tsv`/`metadata.csv` table with a filename column (PolNeAR's
layout: `metadata.tsv` beside its `text/` folder).

A file's sidecar is looked for in its own folder, then in the folder above it; it gives what a
feed would (title, outlet, author, url, published) for files whose text does not state it.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from briefings.ingest.errors import ArticleError
from briefings.ingest.reading.files import read_bounded
from briefings.ingest.reading.manifest import MANIFEST_NAME, ManifestProblem, load_manifest
from briefings.ingest.reading.metadata import parse_byline

TABLE_NAMES = ("metadata.tsv", "metadata.csv")
SIDECAR_NAMES = (MANIFEST_NAME, *TABLE_NAMES)
MAX_TABLE_BYTES = 50 * 1024 * 1024

# Column names a table may use for each field (lower case).
COLUMNS: dict[str, tuple[str, ...]] = {
    "filename": ("filename", "file", "file_name", "name", "path"),
    "title": ("title", "headline"),
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "site_name", "publication"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "published": ("published", "publication_date", "date", "pubdate", "published_at"),
}
_MISSING = {"", "none", "null", "nan", "na", "n/a", "-", "unknown"}

Entries = dict[str, dict[str, str]]


def load_sidecars(folder: Path) -> tuple[Entries, list[ManifestProblem]]:
    """Entries by file name (with and without extension, and relative path) from the
    folder's manifest.json and metadata table; the manifest wins where both say something."""
    manifest, problem = load_manifest(folder)
    problems = [problem] if problem is not None else []
    merged: Entries = {}
    for name in TABLE_NAMES:
        table, table_problem = load_table(folder / name)
        if table_problem is not None:
            problems.append(table_problem)
        for key, entry in table.items():
            known = merged.setdefault(key, {})
            for field, value in entry.items():
                known.setdefault(field, value)
    for key, entry in manifest.items():
        merged.setdefault(key, {}).update(entry)
    return merged, problems


def load_table(path: Path) -> tuple[Entries, ManifestProblem | None]:
    """File name → metadata from a TSV/CSV table with a header row and a filename column."""
    if not path.exists() and not path.is_symlink():
        return {}, None
    try:  # the same file rules as articles: a regular file, within its folder, bounded
        text = read_bounded(path, MAX_TABLE_BYTES, path.parent).decode("utf-8-sig")
    except ArticleError as exc:
        return {}, ManifestProblem(path, f"not read: {exc}")
    except UnicodeError:
        return {}, ManifestProblem(path, "cannot be read as UTF-8 text")
    try:
        return _entries(path, text)
    except csv.Error as exc:  # a NUL byte, a field over csv's size limit, a broken quote
        return {}, ManifestProblem(path, f"not valid: {exc}")


def _entries(path: Path, text: str) -> tuple[Entries, ManifestProblem | None]:
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    rows = csv.reader(text.splitlines(), delimiter=delimiter)
    header = [h.strip().lower() for h in next(rows, [])]
    columns = {
        field: next((header.index(n) for n in names if n in header), None)
        for field, names in COLUMNS.items()
    }
    if columns["filename"] is None:
        return {}, ManifestProblem(path, "not valid: expected a header row with a filename column")
    entries: Entries = {}
    for row in rows:
        values = {
            field: row[index].strip()
            for field, index in columns.items()
            if index is not None
            and index < len(row)
            and row[index].strip().lower() not in _MISSING
            and "\x00" not in row[index]  # never handed to the database (as in manifest.json)
        }
        name = values.pop("filename", None)
        if name is None:
            continue
        if "author" in values:
            values["author"] = _author(values["author"])
            if not values["author"]:
                del values["author"]
        entries[name] = values
    return entries, None


def _author(value: str) -> str:
    """The people a byline column names ("Abby Phillip,David Weigel" → "Abby Phillip and David
    Weigel"; "Staff Writer" → nobody); a value that reads as no byline is kept as written."""
    text = value[3:] if value.lower().startswith("by ") else value
    byline = parse_byline(f"By {text}")
    if byline is None:
        return value
    return byline.author or ""


def entry_for(
    path: Path,
    cache: dict[Path, Entries],
    report: Callable[[ManifestProblem], None],
) -> dict[str, str]:
    """What the sidecars say about `path`: its folder's, else the folder above's (a broken
    sidecar is reported once)."""
    path = path.absolute()
    for folder in (path.parent, path.parent.parent):
        if folder not in cache:
            cache[folder], problems = load_sidecars(folder)
            for problem in problems:
                report(problem)
        entries = cache[folder]
        if not entries:
            continue
        relative = path.relative_to(folder)
        for key in (path.name, path.stem, relative.as_posix(), relative.with_suffix("").as_posix()):
            if key in entries:
                return entries[key]
    return {}
