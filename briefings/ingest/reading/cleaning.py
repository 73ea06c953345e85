"""Turn raw article text into clean paragraphs: no credits, captions, embeds or boilerplate."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefings.ingest.reading.datelines import MAX_LINE, Dated, DateLine, read_date_line
from briefings.ingest.reading.metadata import Byline, headline_with_deck, parse_byline, title_kind
from briefings.ingest.reading.notices import read_notice
from briefings.ingest.reading.spaces import single_spaced

_AGENCY = r"(?:Getty Images|AP|AFP|Reuters|EPA|Shutterstock|Alamy|PA|Bloomberg|Xinhua|Sputnik)"
# (Photo by … via Getty Images), (AP Photo/…), (… via AP), (Reuters/…), (Getty Images)
_CREDIT = re.compile(
    r"\s*\((?:"
    r"[^()]*\b(?:Photo|Photograph|Image|Picture|Pic|Credit|Illustration)s?\b\s*(?:by|/|:)[^()]*"
    rf"|[^()]*\bvia {_AGENCY}[^()]*"
    rf"|{_AGENCY}\s*/[^()]*"
    rf"|{_AGENCY}"
    r")\)"
    r"(?!\s*(?:[—–]|--?)\s)",  # "NEW YORK (AP) — …" is a wire dateline opening text, not a credit
    re.I,
)
_CREDIT_LINE = re.compile(
    r"^(?:photo|image|picture|credit|photograph)(?:\s*credit)?\s*[:,]\s*\S.{0,80}$", re.I
)
_TWEET_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*.{1,80}\(@\w{1,15}\)\s+\w+\s+\d{1,2},\s+\d{4}\s*$", re.UNICODE
)
_EMBED_LINK = re.compile(r"(?:https?://t\.co/\S+|pic\.twitter\.com/\S+)\s*$")
_BOILERPLATE = re.compile(
    r"^(?:join the conversation\b|subscribe\b|sign up\b|click here\b|read more\b|related\s*:|"
    r"advertisement$|share (?:this|on)\b|follow us\b|download (?:our|the) app\b|"
    r"support our journalism\b|become a (?:vip )?(?:member|subscriber)\b|already a subscriber\b|"
    r"log ?in\b|this (?:article|story) (?:originally )?appeared\b|copyright\b|©|"
    r"all rights reserved\b|get our newsletter\b|recommended\s*:)",
    re.I,
)
# Section labels of database copies (NYT via ProQuest): "ABSTRACT.", "FULL TEXT.".
_LABEL_LINE = re.compile(r"^(?:abstract|full text|correction appended)\s*[.:]?$", re.I)
# Paragraphs after a notice heading ("CORRECTION:") that still belong to the notice.
NOTICE_SECTION = 3
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_BLOCK = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+)")  # heading, quote, list item
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_TERMINAL = (".", "!", "?", "”", '"', "’", "'", ":", ")", "…")


@dataclass
class CleanText:
    """Clean paragraphs and the metadata lines found (and removed) on the way."""

    paragraphs: list[str]
    title: str | None = None
    dated: Dated | None = None
    updated: Dated | None = None
    byline: Byline | None = None
    removed: list[str] = field(default_factory=list)  # what was dropped, for debugging and tests


def clean_text(text: str, *, markdown: bool = False, has_title: bool = False) -> CleanText:
    """Split text into paragraphs, take out metadata lines and drop everything that is not prose.

    `has_title` says the title is already known (front matter), so the first line is body text.
    """
    heading = markdown_title(text) if markdown else None
    if markdown:
        text = _strip_markdown(text)
    blocks = _paragraphs(text)
    result = CleanText(paragraphs=[])
    if heading is not None and blocks and blocks[0] == heading:
        blocks.pop(0)
        result.title = None if has_title else heading
    elif not markdown and not has_title:
        result.title = _headline_and_deck(text, blocks)
    seen: set[str] = set()
    notice_left = 0  # paragraphs of an open notice section ("CORRECTION:" and what follows)
    noticed = False  # a notice was seen: an unlabelled date line after it is no dateline
    for index, block in enumerate(blocks):
        paragraph, had_credit = _remove_credits(block)
        if not paragraph:
            result.removed.append(block)
            continue
        line = read_date_line(paragraph) if len(paragraph) <= MAX_LINE else None
        if line is not None:
            _take_date_line(result, line, in_notice=notice_left > 0, after_notice=noticed)
            notice_left = 0
            result.removed.append(block)
            continue
        notice = read_notice(paragraph)
        if notice is not None:
            noticed = True
            if notice.kind == "update" and notice.updated is not None:
                result.updated = result.updated or notice.updated
            if notice.kind == "heading" and result.paragraphs:
                notice_left = NOTICE_SECTION
            if not notice.keep:
                result.removed.append(block)
                continue
        elif notice_left > 0:
            notice_left -= 1
            result.removed.append(block)
            continue
        if _LABEL_LINE.match(paragraph):
            result.removed.append(block)
            continue
        byline = parse_byline(paragraph) if len(paragraph) <= 150 else None
        if byline is not None and result.byline is None and len(result.paragraphs) <= 1:
            result.byline = byline
            result.removed.append(block)
            continue
        if had_credit or _is_junk(paragraph, blocks, index):
            result.removed.append(block)
            continue
        # the block as `_paragraphs` gave it (no credit taken out): its spaces single already
        key = paragraph.lower()
        if key in seen:  # a caption or pull quote repeated
            result.removed.append(block)
            continue
        seen.add(key)
        if result.title is None and not has_title and not result.paragraphs and not markdown:
            kind = title_kind(paragraph)
            if kind != "no":
                result.title = paragraph
            if kind == "headline":
                continue  # a "maybe" may be the lede: it stays in the body too
        if _is_tag_line(paragraph) and (result.paragraphs or result.title):
            result.removed.append(block)
            continue
        result.paragraphs.append(paragraph)
    return result


def _take_date_line(
    result: CleanText, line: DateLine, *, in_notice: bool, after_notice: bool
) -> None:
    """Keep what a date line says: the publication date only from the article's head (before
    its second paragraph and any notice) or a line labelled so ("Posted on …"), never inside a
    notice."""
    if in_notice or line.kind == "notice":
        return
    head = len(result.paragraphs) <= 1 and not after_notice
    if line.kind == "updated":
        result.updated = result.updated or line.dated
    elif result.dated is None and (line.labelled or head):
        result.dated = line.dated
    if line.updated is not None:
        result.updated = result.updated or line.updated
    if line.byline and result.byline is None and len(result.paragraphs) <= 1:
        result.byline = parse_byline(f"By {line.byline}")


def _headline_and_deck(text: str, blocks: list[str]) -> str | None:
    """The first block as one title (taken out of `blocks`) when it is a headline line ending
    in ";" and its deck on the next line."""
    first = text.strip().split("\n\n", 1)[0]
    lines = [line.strip() for line in first.split("\n") if line.strip()]
    title = headline_with_deck(lines)
    if title is None or blocks[:2] != [" ".join(line.split()) for line in lines]:
        return None
    del blocks[:2]
    return title


def _paragraphs(text: str) -> list[str]:
    """Blank-line blocks; inside a block each line is a paragraph unless it is hard-wrapped."""
    out: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        current = ""
        for line in lines:
            if current and not current.endswith(_TERMINAL) and line[:1].islower():
                current = f"{current} {line}"
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
    return [single_spaced(p) for p in out]


def _remove_credits(paragraph: str) -> tuple[str, bool]:
    # a credit is in parentheses: most paragraphs have none
    stripped, count = _CREDIT.subn("", paragraph) if "(" in paragraph else (paragraph, 0)
    if _CREDIT_LINE.match(paragraph.strip()):
        return "", True
    return stripped.strip(), count > 0


def _is_junk(paragraph: str, blocks: list[str], index: int) -> bool:
    if _TWEET_SIGNATURE.match(paragraph) or _ends_in_embed_link(paragraph):
        return True
    if index + 1 < len(blocks) and _TWEET_SIGNATURE.match(blocks[index + 1].strip()):
        return True  # the text of an embedded post, followed by its signature line
    return bool(_BOILERPLATE.match(paragraph)) and len(paragraph.split()) <= 25


def _ends_in_embed_link(paragraph: str) -> bool:
    """An embedded post's link closes the paragraph: looked for only in a paragraph holding one
    of its two addresses (a search through every paragraph cost more than the rest of the rule)."""
    has_link = "t.co/" in paragraph or "pic.twitter.com/" in paragraph
    return has_link and _EMBED_LINK.search(paragraph) is not None


def _is_tag_line(paragraph: str) -> bool:
    """`North Korea Koreas Tensions`: a few capitalised words with no sentence in them."""
    if paragraph.endswith(_TERMINAL):  # first: most paragraphs are sentences, split for nothing
        return False
    words = paragraph.split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _strip_markdown(text: str) -> str:
    lines = []
    for line in text.split("\n"):
        if "[" in line:  # each pattern is tried only on a line with its marker: most have none
            line = _MD_IMAGE.sub("", line)
            line = _MD_LINK.sub(r"\1", line)
        line = _MD_BLOCK.sub("", line)
        if "*" in line or "_" in line:
            line = _MD_EMPHASIS.sub(r"\2", line)
        lines.append(line)
    return "\n".join(lines)


def markdown_title(text: str) -> str | None:
    """The first `# Heading` of a markdown text, if it opens the text."""
    for line in text.split("\n"):
        if line.strip():
            match = re.match(r"^\s{0,3}#\s+(.+?)\s*#*$", line)
            return match[1].strip() if match else None
    return None
