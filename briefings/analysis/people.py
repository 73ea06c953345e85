"""People, organisations and places named in one article, with their roles and other names."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefings.analysis.names import (
    CALENDAR,
    COMMON_WORDS,
    COURTESY,
    DEMONYMS,
    FAMILY_NAME_FIRST,
    NAME_PARTICLES,
    ORG_NAMES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PHOTO_AGENCIES,
    PLACES,
    ROLE_HEADS,
    ROLE_MODIFIERS,
    SPEECH_VERBS,
    name_key,
)
from briefings.analysis.results import ArticleText, EntityKind, FoundEntity
from briefings.analysis.sentences import split_sentences

_WORD = r"[A-Z][\w’'.&-]*"
_SPAN = re.compile(rf"{_WORD}(?:\s+(?:(?:of|de|von|van|der|bin|al|al-)\s+)?{_WORD})*")
_POSSESSIVE = re.compile(r"[’']s?$")
_SUFFIX_TITLE = re.compile(r"^(?:Jr|Sr|II|III)\.?$")
MAX_NAME_TOKENS = 5


def surname(name: str) -> str:
    """The family name: the first word of "Kim Jong Un", the last of "Jake Sullivan"."""
    tokens = name.split()
    if len(tokens) > 1 and tokens[0].lower() in FAMILY_NAME_FIRST:
        return tokens[0]
    return tokens[-1]


@dataclass
class _Entity:
    kind: EntityKind
    forms: Counter[str] = field(default_factory=Counter)  # surface forms as written
    roles: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        full = [
            f for f in self.forms if len(f.split()) > 1 and f.split()[0] not in _COURTESY_TITLES
        ]
        pool = full or list(self.forms)
        return max(pool, key=lambda f: (self.forms[f], len(f.split()), -list(self.forms).index(f)))


_COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Mr.", "Mrs.", "Ms.", "Dr", "Dr."}


def _kind_of(tokens: list[str]) -> EntityKind | None:
    """The kind a multi- or single-word capitalised name has, None when it is not a name."""
    key = name_key(" ".join(tokens))
    lowered = [t.lower().strip(".") for t in tokens]
    if key in PHOTO_AGENCIES and len(tokens) <= 2 and key not in ORG_NAMES:
        return None
    if key in PLACES or key.replace(".", "") in PLACES:
        return "place"
    if key in ORG_NAMES or key.removeprefix("the ") in ORG_NAMES:
        return "organisation"
    if lowered[-1] in ORG_SUFFIXES or (
        len(tokens) > 2 and "of" in lowered and lowered[0] in ORG_PREFIXES
    ):
        return "organisation"
    if "of" in lowered:
        return None
    if any(t in CALENDAR or t in DEMONYMS for t in lowered):
        return None
    if all(t in COMMON_WORDS for t in lowered):
        return None
    if tokens[0].isupper() and len(tokens[0]) > 1 and len(tokens) == 1:
        return "organisation"  # an acronym: NATO, OFAC
    return "person"


# Role nouns that only make a role after "a"/"the" ("a Slovakian national"), never as a title.
NOT_TITLES = {"national", "citizen", "resident", "official", "officials", "expert", "ally", "rival"}


def _split_role(tokens: list[str]) -> tuple[list[str], list[str]]:
    """`White House National Security Adviser Jake Sullivan` -> (role words, name words)."""
    heads = [
        i
        for i, t in enumerate(tokens)
        if t.lower().strip(".") in ROLE_HEADS and t.lower().strip(".") not in NOT_TITLES
    ]
    if not heads:
        return [], tokens
    i = heads[-1]
    j = i + 1
    if j + 1 < len(tokens) and tokens[j] == "of":  # Secretary of State Antony Blinken
        j += 2
    return tokens[:j], tokens[j:]


def _role_before(sentence: str, start: int) -> str | None:
    """`North Korean leader` / `a Slovakian national,` written just before a name."""
    words = sentence[:start].rstrip().split()
    if not words:
        return None
    comma = words[-1].endswith(",")
    last = words[-1].rstrip(",").lower()
    if last not in ROLE_HEADS:
        return None
    role = [words[-1].rstrip(",")]
    article = False
    for word in reversed(words[:-1]):
        bare = word.lower().strip("(")
        if bare in ("a", "an", "the"):
            article = True
            break
        if word.endswith((",", ";", ":", ".", "”", '"', "’")) or bare in ("and", "by", "with"):
            break
        if word[:1].isupper() or bare in ROLE_MODIFIERS or bare in ROLE_HEADS or "-" in bare:
            role.insert(0, word)
            continue
        break
    if comma and not article:
        return None  # "U.S. officials, Kim Jong Un": a list, not a role
    if not comma and last in NOT_TITLES:
        return None
    return " ".join(role) if len(role) <= 9 else None


_APPOSITION = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+)?(?P<role>(?:[\w’'.-]+\s+){0,7}?[\w’'-]+)(?=,|\.|;|\s+(?:said|says|who|told)\b)"
)


def _role_after(sentence: str, end: int) -> str | None:
    """`John Kirby, White House National Security Council spokesman,`"""
    match = _APPOSITION.match(sentence[end:])
    if not match:
        return None
    role = match["role"]
    words = role.split()
    if words[-1].lower() not in ROLE_HEADS or len(words) > 8:
        return None
    if any(w.lower() in SPEECH_VERBS for w in words):
        return None
    return role


def _spans(sentence: str) -> list[tuple[int, int, list[str]]]:
    """Runs of capitalised words, cut after a possessive: `Kim’s` | `sister`."""
    found = []
    for match in _SPAN.finditer(sentence):
        start = match.start()
        pieces: list[list[str]] = [[]]
        for token in match.group().split():
            pieces[-1].append(token)
            if token.endswith(("’s", "'s")):
                pieces.append([])
        for tokens in pieces:
            if tokens:
                found.extend(_trim(sentence, start, tokens))
            start += sum(len(t) + 1 for t in tokens)
    return found


def _trim(sentence: str, start: int, tokens: list[str]) -> list[tuple[int, int, list[str]]]:
    found = []
    end = start + len(" ".join(tokens))
    if tokens:
        # a capitalised sentence opener that is a common word is not part of a name
        while (
            tokens
            and tokens[0].lower() in COMMON_WORDS
            and tokens[0].lower() not in ROLE_HEADS
            and tokens[0].rstrip(".").lower() not in COURTESY
        ):
            start += len(tokens[0]) + 1
            tokens = tokens[1:]
        tokens = [t[:-1] if t.endswith(".") and t.count(".") == 1 else t for t in tokens]
        while tokens and tokens[-1] in NAME_PARTICLES | {"of"}:
            tokens = tokens[:-1]
        if tokens:
            found.append((start, end, tokens))
    return found


def extract_entities(article: ArticleText) -> list[FoundEntity]:
    """Every person, organisation and place the article names, with roles and aliases."""
    people: dict[str, _Entity] = {}  # name_key of the full name -> entity
    others: dict[str, _Entity] = {}
    singles: list[tuple[str, bool, str | None]] = []  # (word, strong evidence of a person, role)
    for paragraph in article.paragraphs:
        for sentence in split_sentences(paragraph):
            for start, end, tokens in _spans(sentence):
                _take(sentence, start, end, tokens, people, others, singles)
    _attach_singles(singles, people)
    result = [
        FoundEntity(
            name=e.name,
            kind=e.kind,
            role=_best_role(e.roles),
            aliases=tuple(sorted(set(e.forms) - {e.name})),
            mentions=sum(e.forms.values()),
        )
        for e in [*people.values(), *others.values()]
    ]
    return sorted(result, key=lambda e: (-e.mentions, e.name))


def _take(
    sentence: str,
    start: int,
    end: int,
    tokens: list[str],
    people: dict[str, _Entity],
    others: dict[str, _Entity],
    singles: list[tuple[str, bool, str | None]],
) -> None:
    possessive = bool(_POSSESSIVE.search(tokens[-1])) and tokens[-1][-2:] in ("’s", "'s")
    if possessive:
        tokens = [*tokens[:-1], tokens[-1][:-2]]
    role_words, name_tokens = _split_role(tokens)
    courtesy = None
    if name_tokens and name_tokens[0].rstrip(".").lower() in COURTESY:
        courtesy, name_tokens = name_tokens[0], name_tokens[1:]
    name_tokens = [t for t in name_tokens if not _SUFFIX_TITLE.match(t)]
    if not name_tokens:
        return
    kind = _kind_of(name_tokens)
    if kind == "person" and len(name_tokens) > MAX_NAME_TOKENS:
        return
    if kind is None:
        return
    if kind == "organisation" and len(name_tokens) > 2 and name_tokens[0].lower() in DEMONYMS:
        name_tokens = name_tokens[1:]  # "Russian Wagner Group" is the Wagner Group
    surface = " ".join(name_tokens)
    if kind != "person":
        entity = others.setdefault(name_key(surface), _Entity(kind))
        entity.forms[surface] += 1
        return
    role = " ".join(role_words) if role_words else None
    if role is None:  # "North Korean leader Kim Jong Un": the role in lower case before the name
        role = _role_before(sentence, start)
    role = role or _role_after(sentence, end)
    if len(name_tokens) == 1:
        after = sentence[end:].split()[:2]
        strong = bool(courtesy or role) or any(w.strip(",.").lower() in SPEECH_VERBS for w in after)
        form = f"{courtesy} {surface}" if courtesy else surface
        singles.append((form, strong, role))
        return
    entity = people.setdefault(name_key(surface), _Entity("person"))
    entity.forms[surface] += 1
    if role:
        entity.roles.append(role)


def _attach_singles(
    singles: list[tuple[str, bool, str | None]], people: dict[str, _Entity]
) -> None:
    """A surname alone ("Sullivan", "Mr Kim") is the full-named person with that surname."""
    by_surname: dict[str, list[_Entity]] = {}
    for entity in people.values():
        by_surname.setdefault(name_key(surname(entity.name)), []).append(entity)
    for form, strong, role in singles:
        word = form.split()[-1]
        candidates = by_surname.get(name_key(word), [])
        if candidates:
            # the most mentioned person of that surname: "Kim" is Kim Jong Un, not his sister
            target = max(candidates, key=lambda e: sum(e.forms.values()))
        elif strong:
            target = people.setdefault(name_key(word), _Entity("person"))
            by_surname.setdefault(name_key(word), [target])
        else:
            continue
        target.forms[form] += 1
        if role:
            target.roles.append(role)


def _best_role(roles: list[str]) -> str | None:
    """The role written most often; among equals the most specific (longest)."""
    if not roles:
        return None
    counts = Counter(roles)
    return max(counts, key=lambda r: (counts[r], len(r)))
