"""What a linked entity is called, is and does, from its mentions: name, kind, roles, counts."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from briefings.analysis.common.names import name_key
from briefings.analysis.linking.records import MentionInput, StoryEntity


def story_entity(members: Sequence[MentionInput]) -> StoryEntity:
    articles: Counter[str] = Counter(m.name for m in members)  # articles using each form as name
    names: Counter[str] = Counter()
    for m in members:
        names[m.name] += m.count
    longest = max(len(name_key(n).split()) for n in names)
    name = max(
        (n for n in names if len(name_key(n).split()) == longest),
        key=lambda n: (articles[n], names[n]),
    )
    kinds = Counter(m.kind for m in members)
    aliases = dict.fromkeys(f for m in members for f in (m.name, *m.aliases) if f != name)
    roles = ranked_roles(m.role for m in members)
    return StoryEntity(
        name=name,
        kind=kinds.most_common(1)[0][0],
        role=roles[0] if roles else None,
        aliases=tuple(aliases),
        mentions=sum(m.count for m in members),
        member_ids=tuple(sorted(m.id for m in members)),
        article_ids=tuple(sorted({m.article_id for m in members})),
        roles=tuple(roles),
    )


def summarise(
    forms: Sequence[tuple[int, str, Sequence[str], int, int]],
    roles: Sequence[tuple[int, str, int]],
    kinds: Sequence[tuple[int, str, int]],
) -> StoryEntity:
    """What `story_entity` makes of an entity's mentions, from their grouped rows: each distinct
    name with its aliases (first mention id, name, aliases, mentions, times named), each role and
    each kind (first mention id, value, mentions), every list in the order of first mention ids.
    The same answer: every choice there depends on counts and on which came first."""
    articles: Counter[str] = Counter()
    names: Counter[str] = Counter()
    for _, name, _, rows, count in forms:
        articles[name] += rows
        names[name] += count
    longest = max(len(name_key(n).split()) for n in names)
    name = max(
        (n for n in names if len(name_key(n).split()) == longest),
        key=lambda n: (articles[n], names[n]),
    )
    kind_count: Counter[str] = Counter()
    for _, kind, rows in kinds:
        kind_count[kind] += rows
    aliases = dict.fromkeys(f for _, n, more, _, _ in forms for f in (n, *more) if f != name)
    ranked = ranked_roles(role for _, role, rows in roles for _ in range(rows))
    return StoryEntity(
        name=name,
        kind=kind_count.most_common(1)[0][0],
        role=ranked[0] if ranked else None,
        aliases=tuple(aliases),
        mentions=sum(count for *_, count in forms),
        member_ids=(),
        article_ids=(),
        roles=tuple(ranked),
    )


def ranked_roles(roles: Iterable[str | None]) -> list[str]:
    """Roles by how many articles write them, then by length (more specific first)."""
    written: dict[str, Counter[str]] = defaultdict(Counter)
    for role in roles:
        if role:
            written[name_key(role)][role] += 1
    ranked = sorted(
        written.values(), key=lambda forms: (-sum(forms.values()), -len(next(iter(forms)).split()))
    )
    return [forms.most_common(1)[0][0] for forms in ranked]
