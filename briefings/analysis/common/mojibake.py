"""Names mis-encoded as UTF-8 read as cp1252 ("FranÃ§ois", "SÃ©golÃ¨ne") repaired."""

from __future__ import annotations

import re
from typing import Final

# the cp1252 characters of the bytes 0x80–0xBF (a UTF-8 sequence's continuation bytes; five of
# them have no cp1252 character and cannot have been read so)
_CONTINUATION: Final = "".join(
    bytes([b]).decode("cp1252")
    for b in range(0x80, 0xC0)
    if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
)
# a lead byte of a two-byte letter (0xC3 Latin-1 letters "é ç è", 0xC4–0xC5 "ą č ł š") read as
# cp1252, then one continuation byte read so
_PAIR: Final = f"[ÃÄÅ][{re.escape(_CONTINUATION)}]"
_HAS_PAIR: Final = re.compile(_PAIR)
# the three lead letters written decomposed, "A" and a combining tilde, diaeresis or ring, before a
# continuation character: "PeA\u0303±a Nieto" as some feeds normalise "PeÃ±a"
_COMPOSED: Final = {"A\u0303": "Ã", "A\u0308": "Ä", "A\u030a": "Å"}
_DECOMPOSED: Final = re.compile(f"A[\u0303\u0308\u030a](?=[{re.escape(_CONTINUATION)}])")
# a word of letters and such pairs ("JosÃ©", "Ã‰milie", "CÃ¡rdenas")
_WORD: Final = re.compile(rf"(?<!\w)(?:{_PAIR}|\w)+")


def repaired_names(text: str) -> str:
    """The text with each capitalised word that is UTF-8 read as cp1252 read again as UTF-8,
    when that gives letters only: "FranÃ§ois Delattre" → "François Delattre". A word that does
    not read back so (or holds no such pair) is left as written."""
    if "\u0303" in text or "\u0308" in text or "\u030a" in text:  # round 57: the lead byte's
        text = _DECOMPOSED.sub(lambda m: _COMPOSED[m.group(0)], text)  # letter written as "A" and
        # a combining mark ("PeA\u0303±a"): the same "Ã" composed
    if "Ã" not in text and "Ä" not in text and "Å" not in text:
        return text
    return _WORD.sub(_repaired, text)


def _repaired(m: re.Match[str]) -> str:
    word = m.group(0)
    if not word[0].isupper() or not _HAS_PAIR.search(word):
        return word
    try:
        fixed = word.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return word
    return fixed if fixed.isalpha() and fixed[0].isupper() else word
