"""People, organisations and places named in one article, with roles, aliases and mention counts."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.common.mojibake import repaired_names
from briefings.analysis.common.names import name_key
from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.people.article.across import (
    a_firms_holdings,
    assistants_names,
    marked_trades,
    parts_by_given_name,
    people_named_like_bodies,
    said_of_by_bodies,
    surnames_kept,
)
from briefings.analysis.people.article.headings import is_heading
from briefings.analysis.people.article.next_sentence import parts_described_next, taken_up_as_firms
from briefings.analysis.people.article.quoted_titles import quoted_titles
from briefings.analysis.people.article.sentence_marks import (
    characters_back,
    described_as_parts,
    named_things,
    trades_firms,
)
from briefings.analysis.people.entities.grouping import Entity, group_candidates
from briefings.analysis.people.entities.mentions import count_mentions
from briefings.analysis.people.finding.candidates import Candidate, sentence_candidates
from briefings.analysis.people.finding.managers import managers_by_surname
from briefings.analysis.people.finding.sides import sides_named_alone
from briefings.analysis.people.roles.beside_others import name_words, own_part
from briefings.analysis.people.roles.served_offices import served_offices
from briefings.analysis.people.things.firms.named_again import firms_named_again
from briefings.analysis.people.things.horses_and_ships.sister_ships import sister_ships
from briefings.analysis.people.things.knights_alone import never_knighted_in_full
from briefings.analysis.people.things.knights_in_full import knights_in_full
from briefings.analysis.people.things.works.played_by import parts_played
from briefings.analysis.people.things.works.taken_up import titles_taken_up
from briefings.analysis.results import ArticleText, FoundEntity
from briefings.analysis.speech.words import STYLES

__all__ = ["extract_entities"]


def extract_entities(article: ArticleText) -> list[FoundEntity]:
    """People, organisations and places named in the article body, in order of first naming."""
    # names mis-encoded ("FranÃ§ois Delattre") read as meant, as the quotes pipeline reads them
    paragraphs = [repaired_names(p) for p in article.paragraphs if not is_heading(p)]
    sentences = [s for p in paragraphs for s in split_sentences(p)]
    read = [list(sentence_candidates(s)) for s in sentences]
    served_offices(sentences, read)
    described_as_parts(sentences, read)
    trades_firms(sentences, read)
    characters_back(sentences, read)
    named_things(sentences, read)
    sister_ships(sentences, read)
    firms_named_again(sentences, read)
    parts_described_next(sentences, read)
    titles_taken_up(sentences, read)
    parts_played(sentences, read)
    sides_named_alone(sentences, read)
    knights_in_full(sentences, read)
    candidates = surnames_kept([c for found in read for c in found])
    marked_trades(candidates)
    people_named_like_bodies(candidates)
    assistants_names(sentences, candidates)
    said_of_by_bodies(candidates)
    managers_by_surname(sentences, candidates)
    never_knighted_in_full(candidates)
    candidates += taken_up_as_firms(sentences, read)
    candidates += parts_by_given_name(sentences, candidates)
    candidates += a_firms_holdings(sentences, candidates)
    titles = quoted_titles(paragraphs)
    candidates += [Candidate(None, t, thing_hint=True) for t in titles]
    entities = group_candidates(candidates)
    counts, forms = count_mentions(entities, paragraphs)
    found = []
    people = [e for e in entities if e.kind == "person"]
    names = frozenset(n for p in people for n in (*p.texts, *p.aliases))
    for entity in entities:
        name = _canonical(entity)
        if (
            entity.kind == "person"
            and name.endswith((" Jr", " Sr"))
            and _stop_after(name, paragraphs)
        ):
            name += "."  # round 48: "Lamar T. Greene Jr.", its suffix as the article writes it
        aliases = [
            f
            for f in dict.fromkeys([*entity.aliases, *forms[id(entity)]])
            if f not in (name, name.removesuffix("."))
        ]
        found.append(
            FoundEntity(
                name=name,
                kind=entity.kind,
                role=_best_role(_own_roles(entity, people, names)),
                aliases=tuple(aliases),
                mentions=max(1, counts[id(entity)]),
            )
        )
    return found


def _stop_after(name: str, paragraphs: Sequence[str]) -> bool:
    """Whether the article writes the name with a full stop after it: "Lamar T. Greene Jr."."""
    return any(name + "." in p for p in paragraphs)


def _canonical(entity: Entity) -> str:
    """The fullest form; among equally full forms the most frequent, then the first."""
    sizes = [len(name_key(t).split()) for t in entity.texts]
    longest = max(sizes)
    full = [t for t, size in zip(entity.texts, sizes, strict=True) if size == longest]
    return max(dict.fromkeys(full), key=full.count)


def _own_roles(entity: Entity, people: list[Entity], names: frozenset[str]) -> list[str]:
    """The entity's roles, each cut where it runs over "and" into another person's name, and
    none that is another person's name (`names`: every person's name forms): "Jane Timken, Kevin
    Bishop, John Brisini" gives neither Timken nor Brisini the role "Kevin Bishop"."""
    roles = [r for r in entity.roles if r not in names or r in entity.texts]
    if not any(" and " in r for r in roles):
        return roles
    own = name_words([*entity.texts, *entity.aliases])
    others = name_words(n for p in people if p is not entity for n in (*p.texts, *p.aliases))
    return [r for r in (own_part(r, others - own) for r in roles) if r]


def _best_role(roles: Sequence[str]) -> str | None:
    """The most specific role the article writes: the longest, then the one written most often
    ("President Clinton" twice outweighs "Secretary Clinton" once, which may be his wife's),
    then the first; a bare style or courtesy title ("Sir", "Dame", "Rt Rev Dr") is no role."""
    jobs = [r for r in roles if not all(w.lower().strip(".") in STYLES for w in r.split())]
    return max(jobs, key=lambda r: (len(r.split()), jobs.count(r)), default=None)
