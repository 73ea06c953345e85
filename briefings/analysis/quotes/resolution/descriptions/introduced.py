"""A definite description that points back to someone who spoke in the article without a name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from briefings.analysis.speech.roles import role_near

_SPOKE_AFTER: Final = re.compile(
    r"(?:(?!'')[^.“”\"]){0,100}?"
    # round 47: past a relative clause on the source, however long: "A Republican strategist
    # close to the campaign, who spoke on the condition of anonymity to discuss polling, said"
    # round 49: or a participle's aside: "A senior defense official traveling with Hendricks,
    # speaking on the condition of anonymity under ground rules set by the Pentagon, said"
    r"(?:,\s+(?:who|[a-z]{3,}ing)\s[^.“”\"]{0,160}?,\s+)?"
    r"\b(?:said|says|told|tells)\b"
)
# "said a …", "according to a …" (round 48: and "According to a person close to the senator,"
# opening a sentence); and what the person wrote or gave, "a ruling by a federal
# judge", "a letter from a senior official": words of theirs the article goes on to quote
# and the one spoken to, "telling an aide, “…”": the aide who replies is that one (round 44x)
_SPOKE_BEFORE: Final = re.compile(
    r"\b(?:said|says|[Aa]ccording to|by|from|told|tells|telling|asked|asks|asking)\s+$"
)
# round 59: a party's or body's possessive opening its sentence, "Labour’s deputy leader said":
# someone the article does not name, whom "the deputy leader" then means
_BODY_OWNER: Final = r"(?:^|(?<=[.!?] ))[A-Z][a-z]+[’']s"
_BODY_OWNER_AT: Final = re.compile(r"[A-Z][a-z]+[’']s\s")
_APPOSED: Final = re.compile(r"[A-Z][\w.’'-]*,\s+$")  # "Raymond Ortiz, [a nurse]": his role
_PLACE_BEFORE: Final = re.compile(r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+$")


def introduced_unnamed(
    role: str, pos: int, candidates: Sequence[str], paragraphs: Sequence[str]
) -> bool:
    """ "… a Democratic operative who has worked in the county said …. “…,” the operative
    said": the description's head was written before `pos` (in the paragraphs joined by line
    breaks) after "a", "an", "one" or a body's possessive ("the city’s fire chief") for someone
    who spoke there (a source the article does not name; not in an appositive, "Raymond Ortiz, a
    nurse, said") and no named candidate is given that head as a role, so "the operative" is that source, not the person quoted last."""
    head = role.split()[-1].lower()
    if not head.isalpha():
        return False
    intro: re.Pattern[str] | None = None
    start = 0
    for par in paragraphs:
        if start >= pos:
            break
        text = par[: pos - start]
        start += len(par) + 1
        if head not in text or not _may_introduce(text, head):
            continue  # (most paragraphs do not write it so: no pattern made or run for them)
        if intro is None:
            intro = re.compile(  # "a … operative", or a body's: "the city’s fire chief"
                rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he\s+[a-z]+[’']s|{_BODY_OWNER})\s+"
                rf"(?:[\w’'-]+\s+){{0,3}}"
                rf"{head}\b"
            )
        if any(_spoke(text, m) and not _owned_by(m, candidates) for m in intro.finditer(text)):
            return not any(
                head in (role_near(name, paragraphs) or "").lower().split() for name in candidates
            )
    return False


# how the word that opens an introduction ends ("a", "an", "one", "another", a body's "city’s")
_OPENER_ENDS: Final = ("a", "an", "one", "another", "’s", "'s")


def _owned_by(m: re.Match[str], candidates: Sequence[str]) -> bool:
    """The introduction opens on a candidate's possessive ("Cameron’s spokesman said"): whom the
    description means is left as before; only a body's ("Labour’s deputy leader") is new."""
    owner = _BODY_OWNER_AT.match(m.group(0))
    return owner is not None and any(owner.group(0)[:-3] in name.split() for name in candidates)


def _may_introduce(text: str, head: str) -> bool:
    """`text` writes `head` as a whole word after a space, one of the four words before it ending
    as an opener of the introduction pattern does (in any case): as the pattern's match must
    (most heads are written only as "the operative" or inside "officials")."""
    at = text.find(head)
    while at >= 0:
        end = at + len(head)
        if (
            at
            and text[at - 1].isspace()
            and (end == len(text) or not (text[end].isalnum() or text[end] == "_"))
            and any(w.lower().endswith(_OPENER_ENDS) for w in text[:at].rsplit(None, 4)[-4:])
        ):
            return True
        at = text.find(head, at + 1)
    return False


def _spoke(text: str, m: re.Match[str]) -> bool:
    """The unnamed person introduced at `m` speaks there, and is no named person's appositive;
    round 51: or is "a man" or "a woman" at all ("a man near the back stood up": "the man")."""
    owned = m.group(0)[:4].lower() == "the " or _BODY_OWNER_AT.match(m.group(0)) is not None
    if owned and _NAMED_AFTER.match(text, m.end()):  # round 51:
        return False  # "The applicant’s attorney, Diane Kowalczyk, told the board": someone
        # named, not a source kept unnamed (but "A former aide, Nicole Tran," is one of several)
    return not _apposed(text, m.start()) and bool(
        _SPOKE_AFTER.match(text, m.end())
        or _someone_plain(text, m)
        or _SPOKE_BEFORE.search(text, max(0, m.start() - 16), m.start())
    )


# round 51: a plain "a man" or "a woman" the article writes of someone: not "as a man", "was a
# woman", "a man of faith", nor "a man named Tom Reyes" (him), nor a body's "the city’s man"
_PLAIN_PERSON: Final = re.compile(r"(?:an?|[Oo]ne|[Aa]nother)\s+(?:[\w’'-]+\s+){0,3}(?:man|woman)$")
_NOT_SOMEONE_BEFORE: Final = re.compile(r"\b(?:is|was|as|like|be|been|being|such|what)\s+$")
_NOT_SOMEONE_AFTER: Final = re.compile(r",?\s+(?:of|named|called|identified|who\s+identified)\b")


# a name in apposition right after the description: ", Diane Kowalczyk," (titles and initials too)
_NAMED_AFTER: Final = re.compile(
    r",\s+(?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]+(?:,|\s+(?:said|told))"
)


def _someone_plain(text: str, m: re.Match[str]) -> bool:
    """ "a man near the back stood up": a person the description "the man" may point back to."""
    return bool(
        _PLAIN_PERSON.match(m.group(0))
        and not _NOT_SOMEONE_BEFORE.search(text, max(0, m.start() - 10), m.start())
        and not _NOT_SOMEONE_AFTER.match(text, m.end())
    )


def _apposed(text: str, at: int) -> bool:
    """A name and its comma stand right before `at`, and not a place after a preposition ("In
    Houma, the city’s fire chief said": the chief is not Houma's appositive)."""
    name = _APPOSED.search(text, max(0, at - 30), at)
    return name is not None and not _PLACE_BEFORE.search(
        text, max(0, name.start() - 8), name.start()
    )
