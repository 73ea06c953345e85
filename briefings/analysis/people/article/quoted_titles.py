"""Names written alone between quotation marks: the titles of works, and the names opening them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.common.names import NAME_PARTICLES, words_set

# A name alone between quotation marks. Its words hold no mark but an apostrophe's "s", so the
# closing mark can only stand where they stop: the words taken possessively (`{2,80}+`, no step
# back) find what the lazy `{2,80}?` found, without trying to close after every character.
_QUOTED: Final = re.compile(r"[“\"‘']([A-Z](?:[^“”\"‘’']|[’']s\b){2,80}+)[”\"’'](?!\w)")

# The small words a title keeps in lower case: "Harry Potter and the Goblet of Fire".
_TITLE_SMALL_WORDS: Final = words_set("a an the and or of in on at to for with from by into")


def quoted_titles(paragraphs: Sequence[str]) -> list[str]:
    """Names written alone between quotation marks: the titles of works ("“Eve Green”"), and
    the name that opens a title in title case ("Harry Potter" of "“Harry Potter and the Goblet
    of Fire”": the title's, not a person named)."""
    found = []
    quoting = [p for p in paragraphs if _opens_a_quote(p)]  # (half the text has no mark)
    for t in (m.group(1).rstrip(",.") for p in quoting for m in _QUOTED.finditer(p)):
        # American style puts a comma or full stop inside the marks: "wrote “Peter Pan,”"
        words = t.split()
        if all(w[:1].isupper() or w.lower() in NAME_PARTICLES for w in words):
            if 1 < len(words) <= 5:
                found.append(t)
                found += _possessors(words)
            continue
        small = [k for k, w in enumerate(words) if not w[:1].isupper()]
        if (
            len(words) <= 10
            and words[-1][:1].isupper()
            and all(words[k] in _TITLE_SMALL_WORDS for k in small)
            and small[0] > 1
        ):
            found.append(" ".join(words[: small[0]]))
    return found


def _opens_a_quote(paragraph: str) -> bool:
    """Whether the paragraph has a mark `_QUOTED` opens with (substring tests, which cost far
    less than the search passing over the text; the curly marks are never in ASCII text)."""
    return (
        '"' in paragraph
        or "'" in paragraph
        or (not paragraph.isascii() and ("“" in paragraph or "‘" in paragraph))
    )


def _possessors(words: Sequence[str]) -> list[str]:
    """The name a title opens with its possessive, a character's ("Bridget Jones" of "Bridget
    Jones's Diary"); none when the possessive ends the title."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            return [" ".join([*words[:k], w[:-2]])] if k else []
    return []
