"""syntok's sentences of a paragraph as spans, without running syntok where its rules are certain."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from syntok._segmentation_states import State

from briefings.analysis.common.splitting.short_titles import SHORT_TITLES
from briefings.analysis.common.splitting.syntok_segments import text_spans

Span = tuple[int, int]

# syntok considers ending a sentence only at a terminal mark or an opening bracket ...
_DECIDING: Final = "".join(sorted({*"".join(State.terminals), *State.opening_brackets}))
_DECIDES: Final = re.compile("[" + re.escape(_DECIDING) + "]")
ASCII_OPENING: Final = (
    "(",
    "[",
    "{",
)  # syntok's opening brackets in ASCII (tests/analysis check it)
# All of syntok's opening brackets, the ASCII ones first (the most common).
OPENING_BRACKETS: Final = tuple(sorted(State.opening_brackets))


def _opens_a_bracket(text: str) -> bool:
    """Whether the text has an opening bracket: in ASCII text one of ASCII_OPENING, else one of
    OPENING_BRACKETS. (Substring tests: each runs at memchr's pace, and the sixteen of them
    cost about a third of one search for the set, which reads the text character by character.)"""
    if text.isascii():
        return "(" in text or "[" in text or "{" in text
    return any(bracket in text for bracket in OPENING_BRACKETS)


_CLOSING_QUOTES: Final = frozenset("”\"’'")
# ... and always ends one at a terminal mark between a plain word (and one closing quote) and a
# capitalised one (or an opening quote, two apostrophes, or a quotation the quote finder masked:
# one token opening with U+E000), when nothing in brackets can be skipped over it: "… the talks
# ended. The envoy left …", "… he said.” Then …", "… told CNN. She …". Its exceptions:
# abbreviations ("Gen. Milley"), "No. 5", single letters, Roman numerals. A number of two digits
# or more ends one too ("rose in 2012. The"), but not before a month's abbreviation ("the 12. Jan");
# so does a semicolon before a capitalised word ("chief of staff; Under Secretary …").
# (The mark, its quote and the spaces are looked for first, the plain word before them then: the
# search passes over most places at once.)
_END_MARK: Final = re.compile(r"[.!?;][”\"’']?( +)(?=[“\"]?[A-Z]|\ue000|'')")
_PLAIN_WORD: Final = re.compile(r"[A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,}|[0-9]{2,}")
_NOT_ENDING: Final = State.abbreviations | State.roman_numerals | {"no", "No", "NO"} | SHORT_TITLES
_MONTHS: Final = tuple(sorted(m for m in State.months if m[:1].isupper()))  # "Jan", "Sept", "Okt"


def _certain_ends(paragraph: str) -> Iterator[tuple[int, int, int]]:
    """Where the paragraph's sentences certainly end, as (where the word before the mark starts,
    where the spaces after the mark start, where they end)."""
    for mark in _end_marks(paragraph):
        at = mark.start()
        start = paragraph.rfind(" ", 0, at) + 1  # the word runs from a space or the start
        word = paragraph[start:at]
        if not _PLAIN_WORD.fullmatch(word):  # (most are plain: their last token is read no more)
            word = _last_token(word)
            if not _PLAIN_WORD.fullmatch(word):
                continue
        if not _not_ending(paragraph, word, mark.end()):
            yield start, mark.start(1), mark.end()


_END_MARKS: Final = (".", "!", "?", ";")  # what `_END_MARK` opens with


def _end_marks(paragraph: str) -> list[re.Match[str]]:
    """`_END_MARK.finditer(paragraph)`'s matches, in order: the pattern matched only where one of
    its marks has a space after it or after the next character (found with `str.find`, which
    passes over the text far faster than the search, testing each character against the marks)."""
    starts: list[int] = []
    for mark in _END_MARKS:
        at = paragraph.find(mark)
        while at >= 0:
            if " " in paragraph[at + 1 : at + 3]:
                starts.append(at)
            at = paragraph.find(mark, at + 1)
    if len(starts) > 1:
        starts.sort()
    found: list[re.Match[str]] = []
    end = 0
    for at in starts:
        if at >= end:  # (the search goes on after each match)
            match = _END_MARK.match(paragraph, at)
            if match is not None:
                found.append(match)
                end = match.end()
    return found


# What syntok's tokenizer makes tokens of their own before a word: an opening quotation mark
# ("“Sanity.” In …"), and the parts of words joined by hyphens, each part after a hyphen between
# a letter or digit and a letter ("re-election. He …", "al-Assad. The …"). The token before the
# mark is then the word's last part, read as a plain word would be.
_OPENING_QUOTES: Final = ("“", '"', "‘", "'")
_JOINED: Final = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-")  # "re-", "46-year-"


def _last_token(word: str) -> str:
    """The last of syntok's tokens of a run of non-spaces when it is a word that an opening quote
    or words and hyphens stand before; else the run itself."""
    if word.startswith(_OPENING_QUOTES):
        word = word[1:]
    joined = _JOINED.match(word)
    if joined and word[joined.end() :].isalpha():
        return word[joined.end() :]
    return word


def _not_ending(paragraph: str, word: str, after: int) -> bool:
    """A mark after a plain word that syntok may not end a sentence at: after an abbreviation,
    or after a number before what may be a month's abbreviation."""
    if word[0].isdigit():
        return paragraph.startswith(_MONTHS, after)
    return word in _NOT_ENDING


def sentence_spans(paragraph: str) -> list[Span]:
    """Where each sentence syntok finds in the paragraph starts and ends (its first token's start,
    its last token's end), in order."""
    if "\n" in paragraph:  # paragraph breaks
        return _syntok_spans(paragraph, 0)
    opens = _opens_a_bracket(paragraph)
    brackets = _bracketed(paragraph) if opens else []
    if brackets is None:
        return _syntok_spans(paragraph, 0)
    spans: list[Span] = []
    start = 0
    for word, spaces, after in _certain_ends(paragraph):
        if any(a < word < b for a, b in brackets):
            continue  # a mark syntok may skip with its brackets
        spans += _piece_spans(paragraph[start:spaces], start, opens)
        start = after
    return spans + _piece_spans(paragraph[start:], start, opens)


_BRACKETS: Final = State.opening_brackets | State.closing_brackets
# A bracket inside a run of non-spaces with no letter or digit: syntok reads the run as one token
# and the bracket as no bracket. (`_hidden` finds what this finds; the tests compare them.)
_HIDDEN_BRACKET: Final = re.compile(
    r"(?:^|(?<=\s))[^\w\s]*[" + re.escape("".join(sorted(_BRACKETS))) + r"][^\w\s]*(?=\s|\Z)"
)


def _hidden(paragraph: str, at: int) -> bool:
    """Whether the bracket at `at` is hidden in a longer token (a match of `_HIDDEN_BRACKET` of
    more than one character): its run of non-spaces is longer and has no word character. (Looked
    at bracket by bracket: the pattern, which opens with a look-behind, is tried at every place.)"""
    start, end = at, at + 1
    while start and not paragraph[start - 1].isspace():
        start -= 1
    while end < len(paragraph) and not paragraph[end].isspace():
        end += 1
    if end - start < 2:
        return False
    return not any(char.isalnum() or char == "_" for char in paragraph[start:end])


_ANY_BRACKET: Final = re.compile("[" + re.escape("".join(sorted(_BRACKETS))) + "]")
_OTHER_SPACES: Final = re.compile("[\x1c-\x1f]")  # spaces to Python's `str.split`, not to syntok


def _bracketed(paragraph: str) -> list[Span] | None:
    """Where the paragraph's brackets open and close (to its end when one stays open): syntok
    may skip the marks between them. None when syntok might not read a bracket as one."""
    if _OTHER_SPACES.search(paragraph):
        return None
    spans: list[Span] = []
    depth = opened = 0
    for mark in _ANY_BRACKET.finditer(paragraph):
        at, char = mark.start(), mark[0]
        if _hidden(paragraph, at):
            return None
        if char in State.opening_brackets:
            if not depth:
                opened = at
            depth += 1
        elif char in State.closing_brackets and depth:
            depth -= 1
            if not depth:
                spans.append((opened, at))
    if depth:
        spans.append((opened, len(paragraph)))
    return spans


def _piece_spans(piece: str, offset: int, opens: bool) -> list[Span]:
    """syntok's spans of a piece of a paragraph that ends where a sentence certainly ends (spaces
    around it are no token's: a masked paragraph opens with one). `opens`: whether the paragraph
    has an opening bracket (none of its pieces has when it has none)."""
    text = piece.strip(" ")
    if not one_sentence(text, opens):
        return _syntok_spans(piece, offset)
    start = offset + len(piece) - len(piece.lstrip(" "))
    return [(start, start + len(text))]


def _final_marks(text: str) -> int:
    """Where the text's final marks start: its last terminal marks (a semicolon too: nothing
    follows it to start a sentence), then two apostrophes or one closing quote at its very end."""
    end = len(text)
    if text.endswith("''"):
        end -= 2
    elif text[-1:] in _CLOSING_QUOTES:
        end -= 1
    while end and text[end - 1] in ".!?;":
        end -= 1
    return end


def one_sentence(text: str, opens: bool = True) -> bool:
    """Whether syntok would read the whole text as a single sentence, for certain: each terminal
    mark before its final marks (and one closing quote) goes on, outside the brackets it skips.
    `opens`: False when the text is known to have no opening bracket (not looked for again)."""
    first, last = text[:1], text[-1:]
    if not first or first.isspace() or last.isspace() or "\u200b" in (first, last):
        return False  # syntok's first or last token might not reach the text's ends
    if "\n" in text:
        return False  # syntok might see paragraphs in it
    skipped = _skipped(text) if opens and _opens_a_bracket(text) else []
    if skipped is None:
        return False
    goes_on = None
    for at in _decided_marks(text, _final_marks(text)):
        if at and (_INSIDE_WORD.match(text, at - 1) or _inside_token(text, at)):
            continue
        if skipped and any(a <= at <= b for a, b in skipped):
            continue  # a skipped bracket and the marks inside it
        if _after_a_name(text, at):
            continue  # (looked at mark by mark: most marks left are these, "Mr. Trump")
        if goes_on is None:
            goes_on = _goes_on(text)
        if at not in goes_on:
            return False
    return True


# `_DECIDES`'s marks that are ASCII: all it can find in an ASCII text.
_ASCII_DECIDES: Final = tuple(mark for mark in _DECIDING if mark.isascii())


def _decided_marks(text: str, end: int) -> list[int]:
    """Where `_DECIDES` matches in the text before `end`. On ASCII text in another order: each of
    its ASCII marks found by `str.find` (at memchr's pace; `one_sentence`'s answer is the same in
    any order), where the search tests every character against the set."""
    if not text.isascii():
        return [mark.start() for mark in _DECIDES.finditer(text, 0, end)]
    found: list[int] = []
    for mark in _ASCII_DECIDES:
        at = text.find(mark, 0, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, end)
    return found


# A text whose second token is a word or a comma (its first a word or an opening quote): syntok
# reads on from there in its state within a sentence, where it skips whatever a short bracket
# holds ("That's", a word with an apostrophe, is one token or two: either way no mark follows).
_WORDS_FIRST: Final = re.compile(
    r"[A-Za-z]+(?:[’'][A-Za-z]+)? +[A-Za-z0-9]|[A-Za-z]+,|[“\"][A-Za-z]"
)
# A bracket syntok skips whatever it holds spans fewer than 70 characters (both its marks too) and
# is found within the 50 tokens it looks ahead for its end: 50 characters other than spaces at most.
_SHORT_BRACKET: Final = 70
_BRACKET_TOKENS: Final = 50


def _skipped(text: str) -> list[Span] | None:
    """Where the brackets syntok skips whole start and end (their closing marks), when it skips
    every one: short, closed, after a word and a space, before no other bracket, in a text whose
    second token is a word. None when it might not."""
    if not _WORDS_FIRST.match(text):
        return None
    brackets = _bracketed(text)
    if brackets is None:
        return None
    for a, b in brackets:
        if b >= len(text) or a < 2:
            return None  # open to the end, or at the start
        if b + 1 - a >= _SHORT_BRACKET or b + 1 - a - text.count(" ", a, b) > _BRACKET_TOKENS:
            return None  # too long to be skipped for certain
        if text[a - 1] != " " or not text[a - 2].isalnum():
            return None  # after a mark (that may end a sentence) or inside a token
        if text[b + 1 :].lstrip(" ")[:1] in State.opening_brackets:
            return None  # a second bracket after the first
    return brackets


# Marks syntok never weighs: a point inside a word ("3.5", "U.S", "a.m"), except between a lower-
# and an upper-case letter ("ended.The"), where it splits the word.
_INSIDE_WORD: Final = re.compile(r"(?![a-z][.!?][A-Z])[A-Za-z0-9][.!?][A-Za-z0-9]")


def _inside_token(text: str, at: int) -> bool:
    """A mark syntok's tokenizer keeps inside a longer token: after a letter or digit of the same
    run of non-spaces, and before a letter, a digit or a hyphen and a letter or digit ("U.S.-Mexican",
    "1.5-point"), where no separator of syntok's can start; not between a lower- and an upper-case
    letter ("ended.The"), nor in an ellipsis."""
    if text[at] not in ".!?":
        return False  # ";" between words is a token of its own
    after = text[at + 1 : at + 3]
    if after[:1] == "-":
        after = after[1:]
        if not (after[:1].isascii() and after[:1].isalnum()):
            return False
    elif not (after[:1].isascii() and after[:1].isalnum()):
        return False
    before = text[at - 1]
    if before in ".!?" or (after[0].isupper() and not (before.isascii() and not before.islower())):
        return False
    k = at - 1
    while k >= 0 and not text[k].isspace() and text[k] != "\u200b":
        if text[k].isalnum():
            return True
        k -= 1
    return False


# Marks that never end a sentence: terminal marks (and one closing quote) before a word in lower
# case ("the U.S. and", "said: yes; and"), or (with no closing quote) before a comma or a colon
# ("Cambridge, Mass., said"), marks followed by two apostrophes ("… New York.'' Giant …": the
# second one sticks to the first), and the point of "U.S."-like initials before a word that does
# not open sentences ("the U.S. Army"; one token: no lower-case letter before a capital).
_BEFORE_LOWER: Final = re.compile(r"[.!?;]+[”’\"']?(?= [a-z])")
_BEFORE_COMMA_OR_APOSTROPHES: Final = re.compile(r"[.!?](?=[,:]|'')")  # one search for both
# Marks inside a run of non-spaces without a letter or a digit (a masked quotation and its full
# stop, "\ue000\ue100\ue001."), which syntok reads as one token: a terminal only when it is "...".
_ONE_TOKEN: Final = re.compile(r"(?:^|(?<= ))[^\w\s\u200b]{2,}(?= |\Z)")
_INITIALS: Final = re.compile(r"(?:^|(?<= ))(?:[A-Z]\.){2,}(?= ([A-Z]+[a-z]*|[a-z]+)[ ,])")
# The point after an abbreviation syntok knows ("Mrs. Rossi", "Sen. Anna Ferreira") or after a
# middle initial ("Donald J. Tanaka"), before a capitalised word that does not open sentences:
# syntok goes on there (its abbreviation and single-capital rules).
_NAME_AFTER_POINT: Final = re.compile(
    r"(?:^|(?<= ))([A-Z]?[a-z]+|[A-Z])\.(?= ([A-Z][a-z]*)(?:[ ,]|[’']s |(?<=[a-z])(?=[A-Z])"
    r"|[.!?]*[”\"’']?\Z))"
)
# The point after a month's abbreviation before a number ("Feb. 2", "Sept. 11, 2001"): syntok's
# date rule goes on there.
_MONTH_BEFORE_NUMBER: Final = re.compile(
    r"(?:^|(?<= ))(?:" + "|".join(sorted(State.months)) + r")\.(?= [0-9]+(?:[ ,;:]|\Z))"
)
# What each of the four patterns above cannot match without, found by a search that passes over
# every other place at once (a pattern that opens with a look-behind is tried at every place):
# two marks side by side opening a token (after a space, or at the start: the search looks from
# each space only, where a search for two marks anywhere tries every place, and most sentences
# end in two, '."'), an initial's point before a capital, a point before a number. A point
# after a name is looked for at each mark left, from its word's start (`_after_a_name`).
_TWO_MARKS: Final = re.compile(r"[^\w\s\u200b][^\w\s\u200b]")
_TWO_MARKS_OPENING: Final = re.compile(r" [^\w\s\u200b][^\w\s\u200b]")
_INITIAL_POINTS: Final = re.compile(r"\.[A-Z]\.")
_POINT_NUMBER: Final = re.compile(r"\. [0-9]")


def _goes_on(text: str) -> set[int]:
    """Where the text has marks at which syntok certainly goes on with the sentence, points
    after a name aside (`_after_a_name`: one_sentence asks it of each mark first)."""
    places: set[int] = set()
    for match in _BEFORE_LOWER.finditer(text):
        places.update(range(*match.span()))
    for match in _BEFORE_COMMA_OR_APOSTROPHES.finditer(text):
        places.add(match.start())
    if may_have_mark_tokens(text):
        for match in _ONE_TOKEN.finditer(text):
            if match[0] != "...":
                places.update(range(*match.span()))
    if _INITIAL_POINTS.search(text):
        for match in _INITIALS.finditer(text):
            if match[1] not in State.starters:
                places.add(match.end() - 1)
    if _POINT_NUMBER.search(text):
        for match in _MONTH_BEFORE_NUMBER.finditer(text):
            places.add(match.end() - 1)
    return places


def _after_a_name(text: str, at: int) -> bool:
    """Whether the mark at `at` is a point after a name, where syntok certainly goes on: a point
    before a space and a capital that `_NAME_AFTER_POINT` matches."""
    if text[at] != "." or text[at + 1 : at + 2] != " " or not "A" <= text[at + 2 : at + 3] <= "Z":
        return False
    # (its word runs from the space before it, or from the start: where the pattern's match
    # must start; a match ends at this point, the first before a space after that start)
    named = _NAME_AFTER_POINT.match(text, text.rfind(" ", 0, at) + 1)
    return named is not None and named[2] not in State.starters and _abbreviation(named[1])


def may_have_mark_tokens(text: str) -> bool:
    """Whether the text may have a token of marks alone (what `_ONE_TOKEN` matches): two marks
    after a space or at its start."""
    return _TWO_MARKS_OPENING.search(text) is not None or _TWO_MARKS.match(text) is not None


def _abbreviation(word: str) -> bool:
    """An abbreviation syntok knows, or a single capital (a middle initial)."""
    return word in State.abbreviations or (len(word) == 1 and word.isupper())


def _syntok_spans(text: str, offset: int) -> list[Span]:
    """syntok's spans of the text, moved by `offset`."""
    return [(offset + start, offset + end) for start, end in text_spans(text)]
