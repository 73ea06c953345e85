"""Words of a document credited to its author: "The memo, written by Paul Jarecki, urged …"."""

from __future__ import annotations

from typing import Final

from briefings.analysis.common.names import words_set
from briefings.analysis.quotes.finding.marks import mask_id
from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import is_cap

__all__ = [
    "NO_AUTHOR",
    "credited_author",
    "document_author",
    "document_sender",
    "from_before_colon",
    "relayed_sender",
    "sender_of",
]

NO_AUTHOR: Final = "an unnamed author"  # a description naming no one: the words stay unattributed

_DOCUMENTS: Final = words_set(
    """memo memorandum letter report statement email e-mail note document study filing complaint
    brief essay draft"""
)
_CREDITING: Final = words_set("written signed issued sent drafted authored penned prepared")
_PLACE_BEFORE: Final = words_set("in from at of near")
_OPENS: Final = words_set("a an the")
_REACH: Final = 16  # words between the document and its verb


def document_author(toks: list[str], cue: int) -> str | None:
    """Whose words a speech verb at `cue` gives when its subject is a document credited with "by"
    to an author: "The memo, written by senior strategist Paul Jarecki, urged …" (Jarecki), "an
    internal memo, written by a regional manager in Ohio, that described …" (NO_AUTHOR, not the
    person reading it out); None when the subject is no document so credited."""
    start = _document_before(toks, cue)
    if start is None:
        return None
    sender = document_sender(toks, start, cue)
    if sender:  # "The statement from Meyers called …": Meyers's words
        return sender
    by = next(
        (k for k in range(start + 1, cue - 1) if toks[k] in _CREDITING and toks[k + 1] == "by"),
        None,
    )
    if by is None:
        return None
    k = by + 2
    while k < cue:
        if is_cap(toks[k]) and mask_id(toks[k]) is None and toks[k - 1] not in _PLACE_BEFORE:
            end = k
            while end < cue and is_cap(toks[end]) and mask_id(toks[end]) is None:
                end += 1
            name = " ".join(toks[k:end])
            speaker = parse_speaker(name)
            if speaker and speaker.name and not speaker.is_org:
                return name
            k = end
        k += 1
    return NO_AUTHOR


def _document_before(toks: list[str], cue: int) -> int | None:
    """Where the document whose verb is at `cue` is named: the sentence's subject ("The memo,
    …, urged") or the antecedent of "that"/"which" right before the verb ("a memo, …, that
    described"); past one aside between commas."""
    j = cue - 1
    if j >= 0 and toks[j] in {"that", "which"}:
        j -= 1
    if j >= 0 and toks[j] == ",":  # the aside's closing comma: back to its opening one
        k = j - 1
        while k >= 0 and j - k <= _REACH and toks[k] != "," and mask_id(toks[k]) is None:
            k -= 1
        if k < 0 or toks[k] != ",":
            return None
        j = k - 1
    if j >= 0 and toks[j].lower() in _DOCUMENTS:
        return j
    if 0 <= j < _REACH and toks[0].lower() in _OPENS and "," not in toks[:j]:
        # the sentence's subject, the document of a body: "A statement from the Welsh Rugby
        # Union, signed by …, described"
        return next((k for k in range(1, j + 1) if toks[k].lower() in _DOCUMENTS), None)
    return None


def document_sender(toks: list[str], start: int, upto: int) -> str | None:
    """The person a document at `start` is "from", named right after it and before `upto`: "The
    statement from Meyers called …", "a letter from Sen. Laura Chen said"; None when it is from no
    one named there, or from a body ("A statement from the Welsh Rugby Union")."""
    if toks[start + 1 : start + 2] != ["from"]:
        return None
    k = end = start + 2
    while end < upto and is_cap(toks[end]) and mask_id(toks[end]) is None:
        end += 1
    if end == k or toks[end - 1].endswith(("’s", "'s")):
        return None
    name = " ".join(toks[k:end])
    titled = [j for j in range(k, end) if toks[j].endswith(".")]  # "Sen. Laura Chen"
    speaker = parse_speaker(" ".join(toks[titled[-1] + 1 : end]) if titled else name)
    return name if speaker and speaker.name and not speaker.is_org else None


def sender_of(subject: str) -> str | None:
    """The person a subject naming a document is from: "The statement from Meyers" (Meyers)."""
    words = subject.split()
    if len(words) < 4 or words[2] != "from":  # the rare half first
        return None
    if words[0].lower() not in _OPENS or words[1].lower() not in _DOCUMENTS:
        return None
    return document_sender(words, 1, len(words))


# verbs crediting a document to whoever filed or wrote it, after "according to" (round 44):
# "according to a motion filed by District Attorney Rhonda Pike"; not "obtained by" (whoever has it)
_FILED_BY: Final = _CREDITING | words_set("filed submitted")
_BEFORE_DOCUMENT: Final = 3  # lower-case words between the article and the document's noun
_FILINGS: Final = _DOCUMENTS | words_set("motion petition lawsuit affidavit")  # a court's papers


def credited_author(phrase: list[str]) -> str | None:
    """The person an "according to" phrase credits a document to, when it names one: "a motion
    filed by District Attorney Rhonda Pike" (Rhonda Pike), "a letter from state Sen. Marcus Webb
    to the board" (Marcus Webb); None for a body ("a report released by the audit office"), a
    document someone only holds ("a memo obtained by The Atlanta Journal-Constitution") or a
    phrase naming no document."""
    if len(phrase) < 4 or phrase[0].lower() not in _OPENS:
        return None
    doc = next(
        (k for k in range(1, min(len(phrase), _BEFORE_DOCUMENT + 2)) if phrase[k] in _FILINGS),
        None,
    )
    if doc is None or any(not t.islower() for t in phrase[1:doc]):
        return None
    if phrase[doc + 1 : doc + 2] == ["from"]:
        first = doc + 2
    elif phrase[doc + 1] in _FILED_BY and phrase[doc + 2 : doc + 3] == ["by"]:
        first = doc + 3
    else:
        return None
    while first < len(phrase) and first - doc <= _DESCRIBING + 2 and phrase[first].islower():
        if phrase[first] in _PLACE_BEFORE or phrase[first] in _OPENS:
            return None  # "from the lawyers of …", "filed by the county": no one named
        first += 1  # past a description: "by state attorney Dave Aronberg"
    end = first
    while end < len(phrase) and is_cap(phrase[end]) and mask_id(phrase[end]) is None:
        end += 1
    if end == first or phrase[end - 1].endswith(("’s", "'s")):
        return None
    name = " ".join(phrase[first:end])
    titled = [t for t in range(first, end) if phrase[t].endswith(".")]  # "Sen. Marcus Webb"
    speaker = parse_speaker(" ".join(phrase[titled[-1] + 1 : end]) if titled else name)
    return name if speaker and speaker.name and not speaker.is_org else None


def from_before_colon(toks: list[str], idx: int) -> str | None:
    """Round 59: the person a sentence ending in a document "from" them before a colon credits the
    quotation at `idx` to: "The campaign answered with a statement from spokesman Brian Feeney:
    “…”" (Feeney's, not the campaign's); None when the words before the colon end otherwise."""
    colon = idx - 1
    while colon >= 0 and toks[colon] == "\ue000":
        colon -= 1
    if colon < 4 or toks[colon] != ":":
        return None
    for k in range(colon - 3, max(-1, colon - _REACH), -1):
        if toks[k].lower() in _OPENS:
            name = credited_author(toks[k:colon])
            if name is not None and " ".join(toks[k:colon]).endswith(name):
                return name
    return None


# What a post or a repost passes on: "a message from Rep. Kevin Tolliver, which read, “…”"
_RELAYED: Final = _DOCUMENTS | words_set("message messages post posts tweet tweets text reply")
_THAT_WHICH: Final = words_set("that which")
_DESCRIBING: Final = 4  # lower-case words of a description before the sender's name


def relayed_sender(toks: list[str], verb: int) -> str | None:
    """Whose words "which read" or "that said" at `verb` gives when it follows a post, a message
    or a letter "from" or "by" someone: "Pryce also reposted a message from Rep. Kevin Tolliver of
    California, which read, “…”" (Tolliver's, not the one reposting it); NO_AUTHOR when the
    document is from no one named ("a post from an anonymous account, which read"); None when no
    such document stands right before "which" or "that"."""
    j = verb - 1
    if j < 2 or toks[j] not in _THAT_WHICH:
        return None
    j -= 1 if toks[j - 1] != "," else 2
    k = j
    while k > 0 and j - k < _REACH and toks[k] not in {",", ";", ":"} and mask_id(toks[k]) is None:
        if toks[k] in {"from", "by"} and toks[k - 1].lower() in _RELAYED:
            first = k + 1  # past a description: "by the freelance journalist Erik Malinowski"
            while (
                first <= j
                and first - k <= _DESCRIBING
                and toks[first].islower()
                and toks[first] not in _PLACE_BEFORE  # "from the lawyers of Pryce": not his
            ):
                first += 1
            end = first
            while end <= j and is_cap(toks[end]) and mask_id(toks[end]) is None:
                end += 1
            if end == first or toks[end - 1].endswith(("’s", "'s")):
                return NO_AUTHOR  # "a post from an anonymous account"
            name = " ".join(toks[first:end])
            titled = [t for t in range(first, end) if toks[t].endswith(".")]  # "Rep. Tolliver"
            speaker = parse_speaker(" ".join(toks[titled[-1] + 1 : end]) if titled else name)
            return name if speaker and speaker.name and not speaker.is_org else NO_AUTHOR
        k -= 1
    return None
