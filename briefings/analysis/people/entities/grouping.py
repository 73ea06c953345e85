"""Candidate names grouped into entities: surnames and courtesy titles joined to full names."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.analysis.common.given_names.gender import (
    HONORIFICS,
    gender_of,
    styles_a_given_name,
)
from briefings.analysis.common.kinds import place_key
from briefings.analysis.common.names import (
    NAME_SUFFIXES,
    name_key,
    org_variant_keys,
    surname_keys,
)
from briefings.analysis.people.entities.things_given_names import things_given_names
from briefings.analysis.people.finding.candidates import Candidate
from briefings.analysis.people.own_words.name_words import thing_first
from briefings.analysis.results import EntityKind
from briefings.analysis.speech.name_shapes import first_name_like


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Entity:
    """One person, body or place of an article: its name forms, roles and aliases."""

    kind: EntityKind
    key: str
    texts: list[str] = field(default_factory=list)  # the name forms, in order of appearance
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    def __init__(
        self,
        kind: EntityKind,
        key: str,
        texts: list[str] | None = None,
        roles: list[str] | None = None,
        aliases: list[str] | None = None,
    ) -> None:
        self.kind = kind
        self.key = key
        self.texts = [] if texts is None else texts
        self.roles = [] if roles is None else roles
        self.aliases = [] if aliases is None else aliases


def group_candidates(candidates: Sequence[Candidate]) -> list[Entity]:
    """Namings grouped into entities; surnames and "Mr X" join the full name they stand for."""
    by_key: dict[tuple[str, str], Entity] = {}
    order: list[Entity] = []

    def add(kind: EntityKind, key: str, c: Candidate) -> None:
        entity = by_key.get((kind, key))
        if entity is None:
            entity = by_key[(kind, key)] = Entity(kind, key)
            order.append(entity)
        entity.texts.append(c.text)
        if c.role:
            entity.roles.append(c.role)
        if c.alias:
            entity.aliases.append(c.alias)

    things = {name_key(c.text) for c in candidates if c.not_a_person}
    marked = {
        name_key(c.text)
        for c in candidates
        if c.kind == "person" and (c.evidence or c.alias or c.spoken)
    }
    things |= {name_key(c.text) for c in candidates if c.thing_hint} - marked
    things |= _mostly_told_as_things(candidates)
    # whose people are people is no person: "Vera Drake's Imelda Staunton" and "Ms Staunton"
    owned = {
        c.owner: name_key(c.text)
        for c in candidates
        if c.owner and {name_key(c.text), name_key(c.text).split()[-1]} & marked
    }
    things |= {name_key(owner) for owner in owned} - marked
    things -= set(owned.values())
    things_givens = things_given_names(candidates, things)  # "Rose" of "Rose Tyler"
    candidates = [
        c for c in _promoted(candidates) if c.kind != "person" or name_key(c.text) not in things
    ]
    candidates = _without_pairs(candidates)
    lone = _lone_surnames(candidates) | _suffixed_surnames(candidates) | _titled_tails(candidates)
    full = [
        c
        for c in candidates
        if c.kind == "person" and len(name_key(c.text).split()) > 1 and id(c) not in lone
    ]
    for c in full:
        add("person", _person_key(name_key(c.text), by_key), c)
    surnames: dict[str, list[Entity]] = {}
    for entity in order:
        for s in _surnames_of(entity):
            surnames.setdefault(s, []).append(entity)
    latest: dict[str, Entity] = {}  # surname → the person of that name named last
    seen: set[int] = set()  # the people named in full so far
    qualifiers = {  # one word that qualifies another's job or name: "Chelsea boss", "Chelsea's"
        name_key(c.text) for c in candidates if c.qualifies
    }
    in_bodies = {  # words of names that are no person's: "Warner" of "Time Warner"
        w
        for c in candidates
        if c.kind != "person" and len(name_key(c.text).split()) > 1
        for w in name_key(c.text).split()
    }
    for c in candidates:
        key = name_key(c.text)
        if c.kind in ("organisation", "place"):
            add(c.kind, place_key(key) if c.kind == "place" else key, c)
        elif len(key.split()) > 1 and id(c) not in lone:
            if c.kind != "person":
                continue
            entity = by_key[("person", _person_key(key, by_key))]
            seen.add(id(entity))
            for s in _surnames_of(entity):
                latest[s] = entity
        elif knights := _knighted(c, order):  # "Sir Cameron" after "Cameron Mackintosh"
            if len(knights) == 1:  # two Judis: "Dame Judi" is joined to neither
                add("person", knights[0], c)
        elif key in surnames:
            gender = _titled_gender(c.alias)
            fits = [e for e in surnames[key] if gender is None or _gender(e) in (gender, None)]
            named = [e for e in fits if id(e) in seen]  # a surname means someone already named
            fits = named or fits
            if len(fits) == 1:
                add("person", fits[0].key, c)
            elif not fits and gender:  # "Mrs Howard" beside Michael Howard: another person
                add("person", f"{key} {gender}", Candidate("person", c.alias or c.text, c.role))
            elif gender or latest.get(key) in fits:
                # two full names share the surname: joined only when the title or the person
                # named last with it decides; otherwise to neither
                chosen = latest.get(key) if latest.get(key) in fits else None
                if chosen is not None and (gender or len(fits) == 1):
                    add("person", chosen.key, c)
        elif c.alias and _titled_gender(c.alias):  # "Mr Howard", "Mrs Howard": two people
            add("person", f"{key} {_titled_gender(c.alias)}", _titled_form(c))
        elif given := _given_name_of(c, order, seen):  # "Georgie" after "Georgie Grasso"
            add("person", given, c)
        elif key in things_givens and not (c.role or c.alias):
            continue  # a part's or a brand's given name alone: "Piper said Rose was" (round 59)
        elif (
            (c.evidence or c.spoken) and key not in in_bodies and (c.role or key not in qualifiers)
        ) or ("person", key) in by_key:
            # but "Pernod said" after "Pernod Ricard" is the company, and "Chelsea said" where
            # "Chelsea boss Jose Mourinho" is named the club; a word only said of ("said Kaka
            # was") a person unless a firm's marks outvote it (`_mostly_told_as_things`)
            add("person", key, c)
    _merge_org_variants(order, by_key)
    _join_titled(order, by_key)
    return [e for e in order if e.texts]


def _knighted(c: Candidate, order: Sequence[Entity]) -> list[str]:
    """The keys of the people named in full whose given name a knight's or a dame's style stands
    before ("Sir Cameron" for Cameron Mackintosh)."""
    if not c.alias or not styles_a_given_name(c.alias.split()[0], c.text):
        return []
    key = name_key(c.text)
    return sorted(
        {
            e.key
            for e in order
            if e.kind == "person" and e.key.split()[1:] and e.key.split()[0] == key
        }
    )


def _given_name_of(c: Candidate, order: Sequence[Entity], seen: set[int]) -> str | None:
    """The key of the one person named in full so far whose given name the lone word read as a
    person's is: how British copy calls a contestant, a child or a friend after naming them in
    full ("Georgie Grasso has won … Prue Leith said Georgie had been"); None when no one, or two,
    so named came before."""
    if c.kind != "person" or c.alias:
        return None
    key = name_key(c.text)
    keys = {
        e.key
        for e in order
        if id(e) in seen and e.kind == "person" and e.key.split()[1:] and e.key.split()[0] == key
    }
    return keys.pop() if len(keys) == 1 else None


def _surnames_of(entity: Entity) -> tuple[str, ...]:
    """The keys a person named in full may be called by alone: the last word of the key, and a
    double-barrelled surname as written ("kilroy silk" of "Robert Kilroy-Silk", whose key's
    last word is "silk": a key reads hyphens as spaces, as "Jong-un" and "Jong Un" are one)."""
    keys = surname_keys(entity.key)
    written = {name_key(text.split()[-1]) for text in entity.texts if len(text.split()) > 1}
    tail = _tail(entity.key)
    keys += (tail,) if tail and tail not in keys else ()
    return keys + tuple(sorted(k for k in written if len(k.split()) > 1 and k not in keys))


def _tail(key: str) -> str | None:
    """The last two words of a full name's key of three words or more: "lloyd webber" of "andrew
    lloyd webber", a surname of two words a title may stand before."""
    words = key.split()
    return " ".join(words[-2:]) if len(words) > 2 and words[-1] not in NAME_SUFFIXES else None


def _titled_tails(candidates: Sequence[Candidate]) -> set[int]:
    """The candidates (by id) of two words after a title ("Lord Lloyd Webber", "Ms Bonham
    Carter") that are the last two words of a full name of three the article gives ("Andrew
    Lloyd Webber"): that person's surname, no full name of its own. So too without a title when
    the first of the two words is no given name ("Wasserman Schultz said" after "Debbie Wasserman
    Schultz"), where "Ann Smith" beside "Mary Ann Smith" may be someone else."""
    tails = {
        _tail(name_key(c.text))
        for c in candidates
        if c.kind == "person" and len(name_key(c.text).split()) > 2
    }
    return {
        id(c)
        for c in candidates
        if c.kind == "person"
        and (c.alias or c.role or not first_name_like(c.text.split()[0]))
        and len(c.text.split()) == 2
        and name_key(c.text) in tails
    }


def _lone_surnames(candidates: Sequence[Candidate]) -> set[int]:
    """The candidates (by id) written as one hyphenated word that stand for a surname, not a
    full name: "Mr Kilroy-Silk" (a courtesy title: the gender it gives keeps Mr and Mrs
    Kilroy-Silk apart), or "Kilroy-Silk" where "Robert Kilroy-Silk" is named."""
    double = {
        name_key(c.text.split()[-1])
        for c in candidates
        if c.kind == "person" and len(c.text.split()) > 1
    }
    return {
        id(c)
        for c in candidates
        if c.kind not in ("organisation", "place")
        and len(c.text.split()) == 1
        and len(name_key(c.text).split()) > 1
        and (name_key(c.text) in double or _titled_gender(c.alias) is not None)
    }


def _suffixed_surnames(candidates: Sequence[Candidate]) -> set[int]:
    """The candidates (by id) that are a surname and a suffix of a full name of the article:
    "Greene Sr." where "Lamar T. Greene Sr." is named, his, not a full name of its own."""
    suffixed = {
        s
        for c in candidates
        if c.kind == "person"
        for s in surname_keys(name_key(c.text))
        if " " in s
    }
    return {id(c) for c in candidates if c.kind == "person" and name_key(c.text) in suffixed}


def _mostly_told_as_things(candidates: Sequence[Candidate]) -> set[str]:
    """Names that only speak ("Karen Millen said") and are written more often where things stand
    ("Karen Millen's stores", "shares in Karen Millen"), a firm's figures counting twice ("Hugo
    Boss reported higher profits"): a body speaks too, so the mentions that read as a firm's or
    a work's outvote the speech; a title, a courtesy title or a role keeps a
    person ("Mr Millen")."""
    hints: dict[str, int] = {}
    speech: dict[str, int] = {}
    sure: set[str] = set()
    for c in candidates:
        key = name_key(c.text)
        if c.thing_hint:  # a firm's figures count twice: "Hugo Boss reported higher profits"
            hints[key] = hints.get(key, 0) + 1 + c.firms_figures
        if c.evidence or c.alias or c.role:
            sure.add(key)
        elif c.spoken:
            speech[key] = speech.get(key, 0) + 1
    return {k for k, n in hints.items() if n >= 2 and n > speech.get(k, 0) and k not in sure}


def _without_pairs(candidates: Sequence[Candidate]) -> list[Candidate]:
    """No person named by two surnames of others joined by a hyphen: a ticket or a match-up
    ("Clinton-Kaine", "Trump-Cruz"), not a double-barrelled name ("Holtz-Eakin")."""
    surnames = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and len(name_key(c.text).split()) > 1
    }

    def pair(text: str) -> bool:
        parts = name_key(text).split()
        return " " not in text and len(parts) == 2 and all(p in surnames for p in parts)

    return [c for c in candidates if c.kind != "person" or not pair(c.text)]


def _titled_gender(alias: str | None) -> str | None:
    """The gender a courtesy title gives: "Mrs Howard" is a woman (not a style before a given
    name, "Lady Diana", which is no surname's)."""
    words = alias.split() if alias else []
    if not words or (len(words) == 2 and styles_a_given_name(words[0], words[1])):
        return None
    return HONORIFICS.get(words[0].lower())


def _gender(entity: Entity) -> str | None:
    """A person's gender as the article shows it: courtesy titles, else the first name."""
    for alias in entity.aliases:
        if _titled_gender(alias):
            return _titled_gender(alias)
    return gender_of(entity.texts[0]) if entity.texts else None


def _titled_form(c: Candidate) -> Candidate:
    """A person named only with a courtesy title keeps it in the name: "Mrs Howard"."""
    return Candidate("person", c.alias or c.text, c.role, c.alias, c.evidence)


def _promoted(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Possible people (a full name whose first word is no known first name) made people when the
    article gives their surname the evidence of a person: a courtesy title, a role, speech."""
    sure = {
        name_key(c.text).split()[-1]
        for c in candidates
        if c.kind == "person" and (c.evidence or c.alias) and name_key(c.text)
    }
    sure |= {name_key(c.text) for c in candidates if c.a_surname}  # "Harrington said he"
    out = []
    for c in candidates:
        key = name_key(c.text).split()
        if c.kind is None and len(key) > 1 and key[-1] in sure and not thing_first(c.text):
            c = Candidate("person", c.text, c.role, c.alias, evidence=True)
        out.append(c)
    return out


def _person_key(key: str, by_key: dict[tuple[str, str], Entity]) -> str:
    """A full name joins one with the same first and last word ("John F. Kennedy")."""
    words = key.split()
    for kind, other in by_key:
        o = other.split()
        if kind == "person" and len(o) > 1 and o[0] == words[0] and o[-1] == words[-1]:
            return other
    return key


def _join_titled(order: list[Entity], by_key: dict[tuple[str, str], Entity]) -> None:
    """A surname never named in full, written both bare and after one courtesy title ("President
    Obama … Obama said … Mr. Obama added"), is one person; with "Mr" and "Mrs" both written, the
    bare one is joined to neither."""
    genders = sorted(set(HONORIFICS.values()))
    full: set[str] | None = None  # the surnames of those named in full, read when first needed
    for entity in order:
        key = entity.key
        if entity.kind != "person" or not entity.texts or " " in key:
            continue
        titled = [
            by_key[("person", f"{key} {g}")] for g in genders if ("person", f"{key} {g}") in by_key
        ]
        if len(titled) != 1 or not titled[0].texts:
            continue  # (most bare surnames are written after no title: no names read for them)
        if full is None:
            full = {
                s
                for e in order
                if e.kind == "person" and e.texts and e.key.split()[-1] not in genders
                for s in _surnames_of(e)
            }
        if key not in full:
            first, other = sorted((entity, titled[0]), key=order.index)
            first.texts.extend(other.texts)
            first.roles.extend(other.roles)
            first.aliases.extend(other.aliases)
            other.texts.clear()


def _merge_org_variants(order: list[Entity], by_key: dict[tuple[str, str], Entity]) -> None:
    """ "Treasury Department" takes "Treasury"; "National Security Council" takes "NSC"."""
    for entity in order:
        if entity.kind != "organisation":
            continue
        for variant in org_variant_keys(entity.key):
            other = by_key.get(("organisation", variant))
            if other is not None and other is not entity and other.texts:
                entity.texts.extend(other.texts)
                entity.roles.extend(other.roles)
                other.texts.clear()
