"""Text cut and packed to a platform's size limits: shared by the Discord and Slack renderings."""

from __future__ import annotations

from collections.abc import Iterable

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, an ellipsis showing where it was cut."""
    text = text.strip()
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def chunk_lines(lines: Iterable[str], limit: int, *, per_chunk: int | None = None) -> list[str]:
    """Lines joined into chunks of at most `limit` characters (and `per_chunk` lines)."""
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for raw in lines:
        line = clip(raw, limit)
        grown = size + len(line) + (1 if current else 0)
        if current and (grown > limit or (per_chunk and len(current) >= per_chunk)):
            chunks.append("\n".join(current))
            current, size = [], 0
            grown = len(line)
        current.append(line)
        size = grown
    if current:
        chunks.append("\n".join(current))
    return chunks


def pack(lines: list[str], limit: int, room: int = 24) -> str:
    """As many whole lines as fit in `limit` characters, then how many were left out; each line
    first cut to leave `room` for that "…and N more"."""
    lines = [clip(line, limit - room) for line in lines]
    if len("\n".join(lines)) <= limit:
        return "\n".join(lines)
    kept: list[str] = []
    for index, line in enumerate(lines):
        rest = len(lines) - index - 1
        reserve = len(f"\n…and {rest} more") if rest else 0
        if len("\n".join([*kept, line])) + reserve > limit:
            break
        kept.append(line)
    left = len(lines) - len(kept)
    return "\n".join(kept + ([f"…and {left} more"] if left else []))
