"""What one analysis reads, bounded.

The characters the analysers reserve replaced, over-long paragraphs and sentences cut at safe
points, and a long article read in windows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from briefings.analysis.common.splitting.sentences import split_sentences

# Far above any news paragraph, sentence or article (PolNeAR's longest: 2,573, 1,395 and 33,000
# characters), so that ordinary articles are read exactly as written; past them the cost of
# attributing quotes grows with the square of the length.
MAX_PARAGRAPH_CHARS: Final = 8_000
MAX_SENTENCE_CHARS: Final = 2_000
WINDOW_CHARS: Final = 40_000

# The quote analyser marks quotations with private-use characters (quote_marks.mask): the same
# characters in the text would read as marks of quotations that are not there.
_RESERVED: Final = re.compile("[\ue000-\ue1ff]")
# Where an over-long sentence may be cut, strongest first: after a clause mark, else at a space.
_CLAUSE_ENDS: Final = ("; ", ": ", " — ", " – ", ", ", " ")


@dataclass(frozen=True)
class Pieces:
    """The paragraphs as the analysers read them, and the article paragraph each comes from."""

    paragraphs: tuple[str, ...]
    origin: tuple[int, ...]
    cut: int  # how many of the article's paragraphs were cut into pieces

    def windows(self, limit: int = WINDOW_CHARS) -> list[range]:
        """Consecutive runs of pieces of at most `limit` characters together (one at least)."""
        spans: list[range] = []
        start, size = 0, 0
        for index, piece in enumerate(self.paragraphs):
            if index > start and size + len(piece) > limit:
                spans.append(range(start, index))
                start, size = index, 0
            size += len(piece) + 1
        if start < len(self.paragraphs):
            spans.append(range(start, len(self.paragraphs)))
        return spans


def bounded(paragraphs: Sequence[str]) -> Pieces:
    """The paragraphs with reserved characters replaced, each over-long one cut into pieces of
    whole sentences (an over-long sentence cut at a clause mark or a space)."""
    pieces: list[str] = []
    origin: list[int] = []
    cut = 0
    for index, paragraph in enumerate(paragraphs):
        if not paragraph.isascii():  # (no reserved character in ASCII text)
            paragraph = _RESERVED.sub("\ufffd", paragraph)
        parts = _cut(paragraph) if _too_long(paragraph) else [paragraph]
        cut += len(parts) > 1
        pieces += parts
        origin += [index] * len(parts)
    return Pieces(tuple(pieces), tuple(origin), cut)


def _too_long(paragraph: str) -> bool:
    if len(paragraph) > MAX_PARAGRAPH_CHARS:
        return True
    return len(paragraph) > MAX_SENTENCE_CHARS and any(
        len(s) > MAX_SENTENCE_CHARS for s in split_sentences(paragraph)
    )


def _cut(paragraph: str) -> list[str]:
    """Pieces of at most MAX_PARAGRAPH_CHARS, of whole sentences where the sentences allow."""
    pieces: list[str] = []
    current = ""
    # The sentence splitter reads rough chunks: its work on one never-ending sentence grows faster
    # than the sentence.
    for chunk in _split_at(paragraph, 4 * MAX_PARAGRAPH_CHARS, (". ", *_CLAUSE_ENDS)):
        for sentence in split_sentences(chunk):
            for part in _split_at(sentence, MAX_SENTENCE_CHARS, _CLAUSE_ENDS):
                if current and len(current) + 1 + len(part) > MAX_PARAGRAPH_CHARS:
                    pieces.append(current)
                    current = part
                else:
                    current = f"{current} {part}" if current else part
    if current:
        pieces.append(current)
    return pieces


def _split_at(text: str, limit: int, marks: Sequence[str]) -> list[str]:
    """`text` in parts of at most `limit` characters, each ending at the strongest of `marks`
    found in the second half of the part, else cut where the limit falls."""
    parts: list[str] = []
    while len(text) > limit:
        end = limit
        for mark in marks:
            at = text.rfind(mark, limit // 2, limit)
            if at != -1:
                end = at + len(mark.rstrip()) or at + 1
                break
        head, text = text[:end].strip(), text[end:].strip()
        if head:
            parts.append(head)
    if text.strip():
        parts.append(text.strip())
    return parts
