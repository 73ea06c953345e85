"""The role an article writes for a named speaker: "White House spokesman John Kirby"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from briefings.analysis.common.gender import HONORIFICS
from briefings.analysis.speech.tokens import bare_word, tokens
from briefings.analysis.speech.words import ROLE_NOUNS, TITLES, np_token


def role_near(name: str, paragraphs: Sequence[str]) -> str | None:
    """The role the article writes for `name` ("White House spokesman John Kirby")."""
    return _role_near(name, tuple(paragraphs))


@lru_cache(maxsize=1024)  # asked again for each quote of the same speaker in one article
def _role_near(name: str, paragraphs: tuple[str, ...]) -> str | None:
    forms = [name, name.split()[-1]] if len(name.split()) > 1 else [name]
    for form in forms:
        written = _written(form)
        for par in paragraphs:
            if form not in par:
                continue  # the paragraph cannot name them: no need to search it
            for m in written.finditer(par):
                toks = tokens(par[: m.start()])
                j = len(toks)
                while j > 0 and (np_token(toks[j - 1]) or toks[j - 1] == "of"):
                    j -= 1
                prefix = [t for t in toks[j:] if t.lower() not in HONORIFICS]
                while prefix and prefix[0] == "of":
                    prefix = prefix[1:]
                if (
                    any(t.lower() in ROLE_NOUNS or t.lower() in TITLES for t in prefix)
                    and len(prefix) <= 8
                ):
                    return " ".join(prefix)
                after = _APPOSITIVE.match(par, m.end())
                if after:
                    words = after.group(1).split()
                    if (
                        len(words) <= 8
                        and words[0].lower() not in {"who", "which", "whose", "and", "but"}
                        and any(bare_word(w) in ROLE_NOUNS for w in words)
                    ):
                        return after.group(1)
    return None


_APPOSITIVE = re.compile(r",\s+(?:the\s+|a\s+)?([^,.;]{3,80})[,.]")  # ", the spokesman,"


@lru_cache(maxsize=4096)  # one pattern per name looked for; bounded
def _written(form: str) -> re.Pattern[str]:
    """Where a text writes `form` as a whole word at its end ("Kirby", not "Kirbyson")."""
    return re.compile(re.escape(form) + r"\b")
