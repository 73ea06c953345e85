"""A speaker's name as the article writes it: initials' full stops and a generational suffix kept
("Lamar T. Greene Jr."), and no one when the suffix that tells two men of one name apart is unsettled."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Final

from briefings.analysis.results import FoundQuote

__all__ = ["NO_ONE", "as_written", "titled_form", "written_form"]

NO_ONE: Final = (
    ""  # two men of one name told apart only by their suffixes, the text not settling which
)

_SUFFIX: Final = r"(?:,?\s+(Jr\.|Sr\.|Jr\b|Sr\b|II\b|III\b|IV\b))?"
_WRITTEN: Final = {"Jr": "Jr.", "Sr": "Sr."}  # a suffix shown with its full stop
_SUFFIXES: Final = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})


@lru_cache(maxsize=4096)  # the same speaker is looked up for each of their quotes
def _pattern(name: str) -> re.Pattern[str]:
    """The name written with or without its initials' full stops, a suffix after it."""
    parts = [re.escape(w) + (r"\.?" if len(w) == 1 else "") for w in _literal_words(name)]
    return re.compile(r"(?<![\w.’'-])" + r"\s+".join(parts) + r"(?![\w’'-])" + _SUFFIX)


@lru_cache(maxsize=64)  # asked again for each quote of the speaker, of the same article's text
def _places(name: str, text: str) -> tuple[tuple[int, str | None], ...]:
    """Where the text writes the name (`_pattern`'s matches, as `finditer` finds them), each with
    the suffix after it. No pattern is compiled or searched (compiling one costs more than the
    article's search): the name is read (`_read_at`) only where its first word stands, and not at
    all when a word of the name, as the pattern writes it (stops of initials aside), stands
    nowhere in the text."""
    words = _literal_words(name)
    if not all(word in text for word in words):
        return ()
    if not all(words):  # (a word of stops alone: the pattern itself)
        return tuple((m.start(), m.group(1)) for m in _pattern(name).finditer(text))
    places: list[tuple[int, str | None]] = []
    at = text.find(words[0])
    while at >= 0:
        read = _read_at(words, text, at)
        if read is None:
            at = text.find(words[0], at + 1)
        else:
            places.append((at, read[1]))
            at = text.find(words[0], read[0])  # (on from the match's end, as `finditer` goes)
    return tuple(places)


# What `_pattern`'s classes hold: the lookbehind's characters besides `\w`, the lookahead's.
_NOT_BEFORE: Final = ".’'-"
_NOT_AFTER: Final = "’'-"
# `_SUFFIX`'s alternatives in its order, each with whether a `\b` follows it
_SUFFIX_READS: Final = (
    ("Jr.", False),
    ("Sr.", False),
    ("Jr", True),
    ("Sr", True),
    ("II", True),
    ("III", True),
    ("IV", True),
)


def _word_char(char: str) -> bool:
    """What the word class matches in a text (str) pattern: a letter, digit or numeral, or "_"."""
    return char.isalnum() or char == "_"


def _read_at(words: list[str], text: str, at: int) -> tuple[int, str | None] | None:
    """`_pattern(name).match(text, at)` read by hand for the name's literal `words` (none empty):
    the match's end and its suffix, or None. (Each step is the one way the pattern can go: a run
    of spaces is followed by a word, which opens with no space; an initial's stop is taken,
    except after the last word where the lookahead refuses what follows it.)"""
    if at > 0 and (_word_char(text[at - 1]) or text[at - 1] in _NOT_BEFORE):
        return None
    end = len(text)
    p = at
    last = len(words) - 1
    for n, word in enumerate(words):
        if not text.startswith(word, p):
            return None
        p += len(word)
        if n < last:
            if len(word) == 1 and p < end and text[p] == ".":
                p += 1
            if p >= end or not text[p].isspace():
                return None
            while p < end and text[p].isspace():
                p += 1
        elif len(word) == 1 and p < end and text[p] == "." and not _refused(text, p + 1):
            p += 1
    if _refused(text, p):
        return None
    return _suffix_at(text, p)


def _refused(text: str, p: int) -> bool:
    """Whether the lookahead after the name refuses the character at `p`."""
    return p < len(text) and (_word_char(text[p]) or text[p] in _NOT_AFTER)


def _suffix_at(text: str, p: int) -> tuple[int, str | None]:
    """`_SUFFIX` matched at `p`: its end and the suffix, or `p` and None."""
    end = len(text)
    q = p + 1 if p < end and text[p] == "," else p
    if q >= end or not text[q].isspace():
        return p, None
    while q < end and text[q].isspace():
        q += 1
    for suffix, edge in _SUFFIX_READS:
        if text.startswith(suffix, q):
            after = q + len(suffix)
            if not edge or after >= end or not _word_char(text[after]):
                return after, suffix
    return p, None


def _literal_words(name: str) -> list[str]:
    """The words of the name as `_pattern` writes each literally: without its full stops."""
    return [w.rstrip(".") for w in name.split()]


def _dotted(name: str) -> str:
    return " ".join(f"{w}." if len(w) == 1 and w.isupper() else w for w in name.split())


def written_form(
    name: str,
    pos: int,
    paragraph: int,
    text: str,
    starts: Sequence[int],
    quoted: Collection[str] = (),
) -> str:
    """`name` (the index's form, "Lamar T Greene") as the article `text` writes it, for a quote at
    `pos` in `paragraph` (`starts`: where each paragraph starts in `text`): its initials with
    their stops ("Walter H. Hollis") and its suffix ("Jr."). When the article writes the name
    with two suffixes ("Lamar T. Greene Jr." and "Lamar T. Greene Sr."), the one named before
    the quote, if only one is, else the one named in the quote's own paragraph, if only one is,
    else the only one of them `quoted` before (as shown); else `NO_ONE`. A name the article
    writes with a suffix and without ("Donald Trump", "Donald Trump Jr.") stays as it is; so does
    one already carrying its suffix. Initials keep no stop the text never gives them ("George W
    Bush", BBC style)."""
    if _as_it_is(name, text):
        return name
    found = _places(name, text)
    dotted = _dotted(name)
    base = dotted if dotted in text else name  # "George W Bush" where the text writes it so
    suffixes = {s for _, s in found}
    if f"{base}’s " in text or f"{base}'s " in text:  # round 59: "Douglas Whitford’s eldest
        suffixes.add(None)  # son, Douglas Whitford Jr.,": the name written without one too
    if not found or (None in suffixes and len(suffixes) > 1):
        return base  # "Donald Trump" beside "Donald Trump Jr.": as before
    if len(suffixes) > 1:
        suffixes = {s for at, s in found if at < pos}
    if len(suffixes) > 1:
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
        here = {s for at, s in found if starts[paragraph] <= at < end}
        spoke = {s for s in suffixes if _shown(base, s) in quoted}
        suffixes = here if len(here) == 1 else spoke  # "Brent Bozell III" quoted all along,
        # "his father, Brent Bozell, Jr." only named: "Bozell says" is still the son
    if len(suffixes) != 1:
        return NO_ONE
    return _shown(base, suffixes.pop())


_TITLED: Final = (  # a courtesy title, a peer's style, or a knight's or a dame's before a given name
    r"(?<![\w.’'-])(Mr|Mrs|Ms|Miss|Lady|Lord|Baroness|Baron|Sir|Dame)(\.?)\s+{}(?![\w’'-])"
)


def titled_form(surname: str, paragraph: int, text: str, starts: Sequence[int]) -> str:
    """A surname alone with the courtesy title the article writes before it, which tells the
    bearer's gender (issue 15): "Mrs Dalton" where the text writes "Mrs Dalton" and no other
    title before "Dalton" (a peer's style too, "Lady Thatcher"; a knight's before a given name,
    "Sir Alan", whom the story finds by it: `linking.keys.knight_keys`); with two ("Mr Dalton" and "Mrs Dalton"), the one the quote's own
    paragraph writes, if only one; else the surname alone."""
    if not _titled_somewhere(surname, text):
        return surname  # (no title right before it anywhere: `_TITLED` finds nothing)
    found = _titled_places(surname, text)
    titles = {title for _, title, _ in found}
    if len(titles) > 1:
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(text)
        found = [f for f in found if starts[paragraph] <= f[0] < end]
        titles = {title for _, title, _ in found}
    if len(titles) != 1:
        return surname
    return f"{found[0][2]} {surname}"  # as written: "Mrs. Dalton" with its stop


# the titles `_TITLED` reads, each ending where its optional full stop would follow
_TITLE_WORDS: Final = (
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Lady",
    "Lord",
    "Baroness",
    "Baron",
    "Sir",
    "Dame",
)


def _titled_somewhere(surname: str, text: str) -> bool:
    """Whether the text writes a title of `_TITLED`, its full stop if any and a space right before
    `surname` somewhere (what `_TITLED` needs; its edges are left to it): no pattern is made for
    the many surnames the text never writes so."""
    at = text.find(surname)
    while at >= 0:
        end = at
        while end and text[end - 1].isspace():
            end -= 1  # (`\s` of a pattern is what `str.isspace` is)
        if end < at:
            if end and text[end - 1] == ".":
                end -= 1
            if text.endswith(_TITLE_WORDS, 0, end):
                return True
        at = text.find(surname, at + 1)
    return False


def _titled_places(surname: str, text: str) -> list[tuple[int, str, str]]:
    """`_TITLED`'s matches for `surname` as `re.finditer` finds them, each with where it starts,
    its title and the title as written (its full stop kept), read by hand (a pattern compiled per
    surname and article cost more than the search): at each place the surname stands, the spaces
    before it, a full stop if any, a title ending there that no word character or ".’'-" comes
    before, and no word character or "’'-" after the surname; each match after the last one's
    end. A surname holding a space is left to the pattern."""
    if not surname or any(char.isspace() for char in surname):
        return [
            (m.start(), m.group(1), m.group(1) + m.group(2))
            for m in re.finditer(_TITLED.format(re.escape(surname)), text)
        ]
    found: list[tuple[int, str, str]] = []
    done = 0  # where the last match ended
    at = text.find(surname)
    while at >= 0:
        after = at + len(surname)
        end = at
        while end and text[end - 1].isspace():
            end -= 1
        stop = end < at and end > 0 and text[end - 1] == "."
        if stop:
            end -= 1
        title = _title_ending(text, end) if end < at else None
        if title is not None and end - len(title) >= done and not _refused(text, after):
            found.append((end - len(title), title, title + "." if stop else title))
            done = after
        at = text.find(surname, at + 1)
    return found


def _title_ending(text: str, end: int) -> str | None:
    """The title of `_TITLE_WORDS` the text writes just before `end`, no word character or
    ".’'-" before it (`_TITLED`'s lookbehind), or None."""
    for title in _TITLE_WORDS:
        start = end - len(title)
        if start >= 0 and text.startswith(title, start):
            if start and (_word_char(text[start - 1]) or text[start - 1] in _NOT_BEFORE):
                return None
            return title
    return None


def _as_it_is(name: str, text: str) -> bool:
    """`written_form` gives `name` back as it is, wherever the quote: one word, a suffix of its
    own, or no initial and no suffix written after it in the text (most names)."""
    words = name.split()
    if len(words) < 2 or words[-1] in _SUFFIXES:
        return True
    return not any(len(w.rstrip(".")) == 1 for w in words) and not _suffixed(name, text)


def _plain(name: str, text: str, known: dict[str, bool]) -> bool:
    """`_as_it_is`, asked once per name of an article (`known` keeps the answers)."""
    plain = known.get(name)
    if plain is None:
        plain = known[name] = _as_it_is(name, text)
    return plain


def _shown(base: str, suffix: str | None) -> str:
    """The name with its suffix as shown: "Lamar T. Greene Jr."."""
    return f"{base} {_WRITTEN.get(suffix, suffix)}" if suffix else base


def _suffixed(name: str, text: str) -> bool:
    """Whether the text writes a suffix right after `name` ("Walter Hollis Jr.")."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 6].lstrip(", ")
        if after[:2] in ("Jr", "Sr") or after[:2] in ("II", "IV"):
            return True
        at = text.find(name, at + 1)
    return False


def as_written(quotes: list[FoundQuote], paragraphs: Sequence[str]) -> list[FoundQuote]:
    """The quotes with their speakers (and those reporting them) named as the article writes them
    (`written_form`); a speaker whom two men of one name may be, unsettled, left out."""
    if not any(q.speaker or q.told_by for q in quotes):
        return quotes
    starts, at = [], 0
    for par in paragraphs:
        starts.append(at)
        at += len(par) + 1
    text = "\n".join(paragraphs)
    out: list[FoundQuote] = []
    quoted: set[str] = set()  # the speakers shown so far (the quotes come in the text's order)
    known: dict[str, bool] = {}  # the names `written_form` gives back as they are, asked once
    for q in quotes:
        inside = max(0, paragraphs[q.paragraph].find(q.text))
        pos = starts[q.paragraph] + inside
        speaker = q.speaker
        if speaker and not _plain(speaker, text, known):
            speaker = written_form(speaker, pos, q.paragraph, text, starts, quoted)
        elif not speaker:
            speaker = None
        if speaker and " " not in speaker:  # "Mrs Dalton said", no full name: her title kept
            speaker = titled_form(speaker, q.paragraph, text, starts)
        told = q.told_by
        if told and not _plain(told, text, known):
            told = written_form(told, pos, q.paragraph, text, starts)
        elif not told:
            told = None
        if speaker == q.speaker and told == q.told_by:
            out.append(q)
        elif speaker == NO_ONE:  # "Greene said" after both Greenes were named: either
            out.append(replace(q, speaker=None, confidence=0.0, found_by="", told_by=None))
        else:
            out.append(replace(q, speaker=speaker, told_by=told or None))
        if out[-1].speaker:
            quoted.add(out[-1].speaker)
    return out
