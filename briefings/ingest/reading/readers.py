"""Read `.txt`, `.md` and `.html` article files into raw text and the metadata they declare."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.ingest.errors import ArticleError
from briefings.ingest.reading.files import Within, read_real
from briefings.ingest.reading.html_dates import html_updated

SUPPORTED = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 5 * 1024 * 1024
FRONT_MATTER_KEYS = {"title", "outlet", "author", "url", "published", "date", "updated"}


@dataclass
class RawDocument:
    """An article file as read: its text (markdown/plain) and metadata it states explicitly."""

    path: Path
    data: bytes
    text: str
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    real: str | None = None  # the real path of the file read (None: not read from a file)


def read_document(path: Path, within: Within = None) -> RawDocument:
    """Read one article file, or raise ArticleError saying why it cannot be used. Only a regular
    file is read (a link only when it stays inside `within`, the folder being ingested), and
    never more than MAX_BYTES of it (see `files.read_bounded`)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ArticleError(
            f"unsupported file type {suffix or '(no extension)'}: expected .txt, .md or .html"
        )
    real, data = read_real(path, MAX_BYTES, within)
    if not data.strip():
        raise ArticleError("empty file")
    text, warnings = decode(data)
    if suffix in (".html", ".htm"):
        raw = _from_html(path, data, text, warnings)
        raw.real = real
        return raw
    metadata: dict[str, str] = {}
    if suffix in (".md", ".markdown") or text.startswith("---\n"):
        text, metadata = split_front_matter(text)
    if not text.strip():
        raise ArticleError("no article text after the front matter")
    return RawDocument(path, data, text, metadata, warnings, real)


def read_html(path: Path, data: bytes) -> RawDocument:
    """A fetched HTML page read as an `.html` file would be (`path` names it in the outcome)."""
    if not data.strip():
        raise ArticleError("empty page")
    text, warnings = decode(data[:MAX_BYTES])
    return _from_html(path, data, text, warnings)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252 with a warning."""
    sample = data[:8192]
    if b"\x00" in data or _control_ratio(sample) > 0.05:  # a NUL anywhere: no text holds one
        raise ArticleError("binary file, not text")
    try:
        return _normalise_newlines(data.decode("utf-8-sig")), []
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ArticleError(
                f"not UTF-8 text (invalid byte at offset {exc.start}) and not Windows-1252 either"
            ) from None
        return _normalise_newlines(text), [
            f"not UTF-8 (invalid byte at offset {exc.start}); read as Windows-1252"
        ]


# Control bytes other than tab, newline, form feed and carriage return: binary, not text.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_ratio(sample: bytes) -> float:
    if not sample:
        return 0.0
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Separate a `---` YAML front matter block from the text; malformed blocks are refused."""
    if not text.startswith("---\n"):
        return text, {}
    end = text.find("\n---", 4)
    if end == -1:
        raise ArticleError("malformed front matter: the opening --- has no closing ---")
    block = text[4:end]
    rest = text[end + 4 :]
    rest = rest[rest.find("\n") + 1 :] if "\n" in rest else ""
    if len(block) > FRONT_MATTER_CHARS:
        raise ArticleError(f"malformed front matter: longer than {FRONT_MATTER_CHARS:,} characters")
    if _nesting(block) > FRONT_MATTER_DEPTH:
        raise ArticleError(f"malformed front matter: nested more than {FRONT_MATTER_DEPTH} deep")
    # imported here: PyYAML's import costs more than reading a few hundred files without it
    from briefings.ingest.reading.yaml_block import YAMLError, load_yaml

    try:
        loaded: Any = load_yaml(block) if block.strip() else {}
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        raise ArticleError(f"malformed front matter{where}: not valid YAML") from None
    except (RecursionError, MemoryError):
        raise ArticleError("malformed front matter: nested too deeply") from None
    except Exception as exc:  # a value its explicit tag cannot hold ("!!int abc")
        raise ArticleError(f"malformed front matter: {exc}"[:300]) from None
    if loaded is None:
        loaded = {}
    if not isinstance(loaded, dict):
        raise ArticleError("malformed front matter: expected 'key: value' lines")
    metadata: dict[str, str] = {}
    for key, value in loaded.items():
        name = str(key).strip().lower()
        if name not in FRONT_MATTER_KEYS or value is None:
            continue
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()[:10]
        if isinstance(value, dict | list):
            raise ArticleError(f"malformed front matter: '{name}' must be a single value")
        text_value = str(value).strip()
        if "\x00" in text_value:  # a "\0" escape: no database column may hold it
            raise ArticleError(f"malformed front matter: '{name}' holds a NUL character")
        metadata["published" if name == "date" else name] = text_value
    return rest, metadata


# Front matter holds a few short values: a longer or deeper block is no article's (and a block
# nested 1,000 deep would exhaust the YAML loader's recursion).
FRONT_MATTER_CHARS = 20_000
FRONT_MATTER_DEPTH = 50


def _nesting(block: str) -> int:
    """How deep the block nests: brackets and braces, or indentation of block collections."""
    depth = deepest = 0
    for char in block:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    indents = {len(line) - len(line.lstrip(" -?")) for line in block.split("\n") if line.strip()}
    return max(deepest, len(indents) - 1)


def _from_html(path: Path, data: bytes, text: str, warnings: list[str]) -> RawDocument:
    import trafilatura  # imported here: slow to import, only needed for HTML

    extracted = trafilatura.bare_extraction(
        text,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    doc = (
        extracted.as_dict()
        if extracted is not None and not isinstance(extracted, dict)
        else extracted
    )
    if not isinstance(doc, dict) or not (doc.get("text") or "").strip():
        raise ArticleError("no article text found in the HTML")
    metadata: dict[str, str] = {}
    for key, source in (
        ("title", "title"),
        ("author", "author"),
        ("url", "url"),
        ("published", "date"),
        ("outlet", "sitename"),
    ):
        value = doc.get(source)
        if value:
            metadata[key] = str(value).strip()
    updated = html_updated(text)
    if updated:
        metadata["updated"] = updated
    return RawDocument(path, data, str(doc["text"]), metadata, warnings)
