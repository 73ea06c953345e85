"""wordfreq's English tokens of a word of Latin letters, hyphens, apostrophes and full stops.

wordfreq looks a word up token by token: it normalises the word (NFC for English, then case
folding), splits it with its `TOKEN_RE` at Unicode's word boundaries (UAX #29), strips ASCII
apostrophes from the tokens and straightens curly ones (`wordfreq.tokens.lossy_tokenize`). Importing wordfreq costs
about 0.67 G instructions (langcodes, ftfy, its patterns), paid in every process at the first word
that is not lower-case ASCII letters ("indiana-born", "what’s", "u.n.", "calderón"). For a word
made of the few characters below, the boundaries are those of three UAX #29 rules, read here;
`tests/analysis/common/library_lists/test_zipf_tokens.py` compares the tokens with wordfreq's
for every such word of up to five characters of a sample alphabet and for each letter accepted.
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["latin_tokens"]

# UAX #29's MidNumLet (full stop, right single quotation mark) and Single_Quote (apostrophe):
# no word boundary on either side of one between two letters ("u.n", "what’s", "i'm").
_MID: Final = frozenset(".'’")
# The other character accepted: a hyphen, always a boundary ("indiana-born").
_HYPHEN: Final = "-"
# Lower-case letters of ASCII, Latin-1 and Latin Extended-A (after case folding): UAX #29's
# ALetter, each a token's character and a word character for TOKEN_RE.
_LATIN: Final = frozenset(
    [chr(c) for c in range(ord("a"), ord("z") + 1)]
    + [chr(c) for c in range(0xDF, 0x180) if chr(c).isalpha() and chr(c).casefold() == chr(c)]
)
# TOKEN_RE's INITIAL_VOWEL_EXPR, lower case: after one or two letters and an ASCII apostrophe,
# one of these makes the letters and the apostrophe a token of their own ("o'hara", "l'été").
_ELIDED_BEFORE: Final = frozenset("aehiouyáéíóúàèìòùâêîôûåïöœ")


def latin_tokens(word: str) -> list[str] | None:
    """`wordfreq.tokens.lossy_tokenize(word, "en")`, for a word that is, once normalised, made of
    Latin letters, hyphens, apostrophes and full stops; None for any other word."""
    text = unicodedata.normalize("NFC", word).casefold()
    if not all(c in _LATIN or c in _MID or c == _HYPHEN for c in text):
        return None
    tokens = []
    start = 0
    while start < len(text):
        if text[start] not in _LATIN:  # no token starts with a mark
            start += 1
            continue
        elided = _elided(text, start)
        end = elided if elided else _token_end(text, start)
        # the ASCII apostrophe ending an elided token is stripped; curly ones are straightened
        tokens.append(text[start:end].strip("'").replace("’", "'"))
        start = end
    return tokens


def _elided(text: str, start: int) -> int:
    """The end of "l'" or "qu'" when a vowel or "h" follows the apostrophe (TOKEN_RE's fourth
    case, tried where its lookahead refuses the third); 0 otherwise."""
    for letters in (1, 2):
        mark = start + letters
        if (
            mark + 1 < len(text)
            and text[mark] == "'"
            and text[mark + 1] in _ELIDED_BEFORE
            and all(c in _LATIN for c in text[start:mark])
        ):
            return mark + 1
    return 0


def _token_end(text: str, start: int) -> int:
    """The first word boundary after `start` (a letter): none between two letters (WB5), nor on
    either side of a mark that stands between two letters (WB6, WB7)."""
    end = start + 1
    while end < len(text):
        if text[end] in _LATIN:
            end += 1
        elif text[end] in _MID and end + 1 < len(text) and text[end + 1] in _LATIN:
            end += 2  # the mark and the letter after it
        else:
            break
    return end
