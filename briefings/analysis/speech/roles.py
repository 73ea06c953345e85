"""The role an article writes for a named speaker: "White House spokesman John Kirby"."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Final

from briefings.analysis.common.given_names.gender import HONORIFICS
from briefings.analysis.speech.office_apposed import office_apposed
from briefings.analysis.speech.tokens import bare_word, is_cap, tokens
from briefings.analysis.speech.words import (
    IRREGULAR,
    KIN_NOUNS,
    NOT_AN_APPOSITION,
    ORG_NOUNS,
    ROLE_NOUNS,
    STYLES,
    TITLES,
    YEAR_OLD,
    np_token,
)

ROLES_KEPT: Final = 256  # `_role_near`'s cache: six times the largest real article's entries


def role_near(name: str, paragraphs: Sequence[str]) -> str | None:
    """The role the article writes for `name` ("White House spokesman John Kirby")."""
    return _role_near(name, tuple(paragraphs))


def role_beside(name: str, paragraphs: Sequence[str]) -> str | None:
    """The role the article writes beside the full name itself, not beside its surname alone,
    which a relative may share ("House Speaker Nancy Pelosi" is not Alexandra Pelosi's role)."""
    return _role_near(name, tuple(paragraphs), False)


def _own_or_initial(word: str, rest: set[str]) -> bool:
    """A word of the name's own before its surname, or an initial ("J.")."""
    bare = word.lower().rstrip(".")
    return bare in rest or (len(bare) == 1 and word[:1].isupper())


def dotted(name: str) -> str:
    """The name as the text writes it, its initials with their full stops: "Ronald E. Bell"; an
    Irish surname's "Ó" is no initial ("Micheál Ó Duibhir", round 59)."""
    return " ".join(
        f"{w}." if len(w) == 1 and w.isupper() and w not in _PARTICLES else w for w in name.split()
    )


# capital letters written alone in a name that are a surname's own word, not an initial
_PARTICLES: Final = frozenset({"Ó"})


def _another_given_name(word: str) -> bool:
    """A capitalised word before a surname that is no title or role: another person's given
    name ("George" of "President George W. Bush", written before the surname Jeb Bush shares)."""
    low = word.lower()
    return word[:1].isupper() and low not in ROLE_NOUNS and low not in TITLES and word.isalpha()


# asked again for each quote of the same speaker in one article, and only there (the key holds its
# paragraphs): the largest of the 905 real articles takes 42 entries, most one or two, so older
# articles' entries are dropped with no hit lost, and fewer old texts are kept alive
@lru_cache(maxsize=ROLES_KEPT)
def _role_near(name: str, paragraphs: tuple[str, ...], by_surname: bool = True) -> str | None:
    forms = [name, name.split()[-1]] if len(name.split()) > 1 and by_surname else [name]
    rest = {w.lower().rstrip(".") for w in name.split()[:-1]}  # "Patrick", "J" of "Patrick J Leahy"
    for form in forms:
        for par in paragraphs:
            if form not in par:
                continue  # (most paragraphs do not write it: no generator made for them)
            for start, end in _written(form, par):
                prefix = [t for t in _phrase_before(par, start) if not _a_style(t)]
                while form != name and prefix and _own_or_initial(prefix[-1], rest):
                    prefix.pop()  # "Sen. Patrick J." before "Leahy": the name's own words
                if form != name and prefix and _another_given_name(prefix[-1]):
                    continue  # round 44: "President George W." before "Bush" is not Jeb's
                while prefix and prefix[0] == "of":
                    prefix = prefix[1:]
                prefix = _after_anothers(prefix)
                if (
                    any(
                        t.lower() in ROLE_NOUNS or t.lower() in TITLES or t.lower() in _CLERICS
                        for t in prefix
                    )
                    and len(prefix) <= 8
                ):
                    return " ".join(prefix)
                after = _APPOSITIVE.match(par, end)
                if after:
                    role = _whole(after.group(1))
                    words = role.split()
                    if (
                        words
                        and len(words) <= 8
                        and words[0].lower() not in NOT_AN_APPOSITION
                        and any(bare_word(w) in ROLE_NOUNS for w in words)
                    ):
                        return role
    if len(name.split()) > 1:  # round 48: "the state's health secretary, Dr. Anita Kapoor,"
        return office_apposed(dotted(name), paragraphs)
    return None


# round 49: a cleric's title before the name is the role it gives: "Cardinal Matteo Ruggieri",
# "Rabbi Sarah Katz", so "the cardinal" and "the rabbi" are they
_CLERICS: Final = frozenset({"cardinal", "archbishop", "bishop", "rabbi", "imam"})


def _after_anothers(prefix: list[str]) -> list[str]:
    """The name's own title after an "of" that follows another's body or kin, not a title's
    word: "campaign of Lt. Gov." → "Lt. Gov.", "son of former Florida Gov." → "former Florida
    Gov." ("Secretary of State", "Board of Education President" are one title)."""
    if "of" not in prefix[1:]:
        return prefix
    at = len(prefix) - 1 - prefix[::-1].index("of")
    before = bare_word(prefix[at - 1])
    after = prefix[at + 1 :]
    titled = any(bare_word(w) in TITLES or bare_word(w) in ROLE_NOUNS for w in after)
    if titled and (before in KIN_NOUNS or before in ORG_NOUNS):
        return after
    return prefix


def _a_style(word: str) -> bool:
    """A courtesy title or a style, which is no role: "Mr", "Lord", "Sir", "Dr", "Rev"."""
    low = word.lower().rstrip(".")
    return low in HONORIFICS or low in STYLES


def _phrase_before(par: str, start: int) -> list[str]:
    """The words of the noun phrase that ends at `start` ("White House spokesman" before "John
    Kirby"): the tokens of the text before it back to the last that no noun phrase holds. The
    last 100 characters or so are read first; the whole text before it only when the phrase may
    run back further."""
    cut = par.rfind(" ", 0, max(0, start - 100))  # tokens never run over a space
    if cut >= 0:
        toks = tokens(par[cut + 1 : start])
        j = _phrase_start(toks)
        if j >= 2:  # past the first token, which may be a full stop kept by the word before it
            return toks[j:]
    toks = tokens(par[:start])
    return toks[_phrase_start(toks) :]


def _phrase_start(toks: list[str]) -> int:
    """Where the noun phrase closing `toks` begins."""
    j = len(toks)
    while j > 0 and (np_token(toks[j - 1]) or toks[j - 1] == "of"):
        j -= 1
    if j > 0 and toks[j - 1].startswith("then-") and is_cap(toks[j - 1][5:]):
        j -= 1  # round 55: "then-House Armed Services Chairman Russell Dyer", a former House role
    return j


# ", the spokesman,"; a courtesy title's full stop is no end: ", a spokesman for Mrs. Clinton,"
_APPOSITIVE: Final = re.compile(
    r",\s+(?:the\s+|a\s+)?((?:[^,.;]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.){3,80})[,.]"
)
# Where a job ends: a relative clause ("lawyer in Orlando who specializes in …").
_CLAUSE: Final = re.compile(r"(?:^|,?\s+)(?:who|who’d|who'd|whom|whose|which|that)\b.*", re.DOTALL)
# A verb opening a phrase that is no job: "declined to confirm the report", "weighed in on".
_A_VERBS_PHRASE: Final = re.compile(
    r"^[a-z]+(?:ed|ing)\s+(?:to|in|on|about|for|out|up|his|her|their|its|the|a|an|that|with|by"
    r"|he|she|they|it)\b"
)
# Words a job cut before a title, a quotation or a name ends in: "author of", "adviser to Mr".
_LINKS: Final = frozenset({"of", "and", "to", "for", "at", "in", "on", "with", "by"})
_COURTESY: Final = frozenset({"mr", "mrs", "ms", "miss"})


def whole_role(role: str | None) -> str | None:
    """A speaker's role as the job alone: without a relative clause after it ("former governor
    of Pennsylvania who is close to the Clintons"), or the last words that link it to what the
    text gives apart, a title, a quotation or the name after a courtesy title ("author of “…”" →
    "author", "former aide to Mr" → "former aide"), or an "of" before the body ("of RBC Capital
    Markets"); None for a verb's phrase ("declined to confirm the report"), a relative clause
    alone ("whom Bush appointed …") or a means ("through a spokeswoman")."""
    return _job(_whole(role)) or None if role else None


def _job(role: str) -> str:
    """The job alone of a speaker's role read whole: no age or home town, no names, no verb, no
    ordinal ("the second" of three posts), no link to a title and name the text gives apart
    ("former chief of staff to Gov." → "former chief of staff")."""
    if _AN_AGE_AND.match(role):
        return ""  # "81 and retired in Cambridge": an age and a state, no job
    aged = _AN_AGE.match(role)
    if aged:  # "30, of Raleigh, N.C.": an age and a home town, no job
        role = re.sub(r"^(?:an?|the)\s+", "", role[aged.end() :])
        if role.split(" ", 1)[0] in ("of", "from"):
            return ""
    words = _job_words(role.split())
    if len(words) > 2 and _INITIALS.fullmatch(words[-1]) and _another_given_name(words[-2]):
        return ""  # "former President George H.W.": another Bush's title and given name
    if _names_alone(words):
        return ""  # "Robyn Dawes and Nathanial Peterson": the others writing with the speaker
    if len(words) == 1 and (YEAR_OLD.fullmatch(words[0]) or words[0].lower() in _ORDINALS):
        return ""  # "71-year-old" is an age; "the second" (of three posts) no one's job
    if len(words) == 1 and words[0].endswith("-based"):
        return ""  # "Texas-based": where, not what
    if len(words) > 1 and YEAR_OLD.fullmatch(words[0]) and words[1] in ("of", "from"):
        return ""  # "59-year-old from Hilton Head": an age and a home town
    return " ".join(words)


def _whole(role: str) -> str:
    """`whole_role` of a role."""
    role = _CLAUSE.sub("", role).strip()
    if _A_VERBS_PHRASE.match(role):
        return ""
    words = role.split()
    while words and (words[-1].lower() in _LINKS or words[-1].lower() in _COURTESY):
        words.pop()
    if words and words[0] in ("of", "through"):
        words = words[1:] if words[0] == "of" else []  # "of RBC Capital Markets"
    return " ".join(words)


# An age opening an apposition: "30, of Raleigh, N.C.".
_AN_AGE: Final = re.compile(r"\d{1,3},\s*")
_INITIALS: Final = re.compile(r"(?:[A-Z]\.){1,3}")  # "H.W." of "George H.W. Bush"
_AN_AGE_AND: Final = re.compile(r"(?:now\s+)?\d{1,3}\s+and\b")
_POSSESSIVE_PRONOUNS: Final = frozenset({"his", "her", "their", "its"})
_OPENERS: Final = frozenset({"now", "a", "an", "the"})
_ORDINALS: Final = frozenset({"first", "second", "third", "last", "latter"})
_OBJECTS: Final = frozenset({"a", "an", "the", "his", "her", "their", "its", "him", "them"})


def _job_words(words: list[str]) -> list[str]:
    """The words of the job: without a possessive pronoun before it, whose referent the role does
    not name ("his chief of staff" → "chief of staff"), or the verb a subject's noun runs into
    ("actor held a fake audition" → "actor")."""
    while words and (words[0] in _POSSESSIVE_PRONOUNS or words[0] in _OPENERS):
        words = words[1:]  # "now an analyst for Fox"
    if len(words) > 2 and words[-2] in ("to", "for") and words[-1].endswith("."):
        words = words[:-2]  # "former chief of staff to Gov." (Ruth Dempsey): the job is his
    words = _without_a_works_title(words)
    for i, word in enumerate(words[1:], 1):
        verb = word in IRREGULAR or (word.islower() and word.endswith("ed"))
        if verb and i + 1 < len(words) and words[i + 1] in _OBJECTS:
            return words[:i]
    return words


def _without_a_works_title(words: list[str]) -> list[str]:
    """Without the "work" the clause reader stands a quoted title for (`past_titles`), where it
    ends the role or comes before its "and": "author of work" → "author", "host of the podcast
    work and a former economist" → "host of the podcast and a former economist"; a second job
    joined by "and the" that loses its work is cut with it: "historian at Tulane University and
    the author of work" → "historian at Tulane University" (not "… and the author")."""
    out: list[str] = []
    for i, word in enumerate(words):
        last = i + 1 == len(words) or words[i + 1] == "and"
        after_of = i > 0 and words[i - 1] == "of"
        named = i > 1 and words[i - 2] == "the"  # "the podcast work"
        if word == "work" and last and (after_of or named):
            if after_of:
                out.pop()
                if len(out) > 3 and out[-3:-1] == ["and", "the"]:
                    del out[-3:]  # "… and the author": whose author the role no longer says
            continue
        out.append(word)
    return out


def _names_alone(words: list[str]) -> bool:
    """Whether a role is names joined by "and", no job: "Robyn Dawes and Nathanial Peterson"."""
    if "and" not in words:
        return False
    return all(
        w == "and"
        or (w[:1].isupper() and bare_word(w) not in ROLE_NOUNS and bare_word(w) not in TITLES)
        for w in words
    )


def _written(form: str, text: str) -> Iterator[tuple[int, int]]:
    r"""Where `text` writes `form` with a word boundary after it ("Kirby", not "Kirbyson"), as
    `re.finditer(re.escape(form) + r"\b", text)` finds it, without a pattern made per name; a
    form ending in a full stop ("Ronald E. Bell Jr.") wherever it stands, before a comma too."""
    if not form:
        yield from (m.span() for m in re.finditer(r"\b", text))
        return
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        if not _is_word(text[end - 1]) or not (end < len(text) and _is_word(text[end])):
            yield at, end
            at = text.find(form, end)
        else:
            at = text.find(form, at + 1)


def _is_word(char: str) -> bool:
    r"""A character `\w` matches."""
    return char.isalnum() or char == "_"
