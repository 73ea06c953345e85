"""What a linked entity is called, is and does, from its mentions: name, kind, roles, counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefings.analysis.common.given_names.gender import titled_gender
from briefings.analysis.common.names import name_key
from briefings.analysis.linking.records import MentionInput, StoryEntity

# Counts are plain dicts, not Counters: compiled, a dict is counted natively, where each Counter
# (thousands per refresh) goes through its interpreted constructor and `most_common`.


def _most_counted(counts: dict[str, int]) -> str:
    """`Counter(counts).most_common(1)[0][0]`: the first counted of the highest count."""
    return max(counts, key=counts.__getitem__)


def _fullness(name: str) -> tuple[int, bool]:
    """How full a form is: its words but a courtesy title ("Ruth Dalton" before "Mrs Dalton",
    issue 15), then with a title before without ("Mrs Dalton" before "Dalton")."""
    titled = titled_gender(name) is not None
    return len(name_key(name).split()) - titled, titled


def _fullest_name(articles: dict[str, int], names: dict[str, int]) -> str:
    """The entity's name: the fullest of its forms, then the one most articles use, then the one
    written most (`articles` and `names` count each form)."""
    longest = max(map(_fullness, names))
    return max(
        (n for n in names if _fullness(n) == longest),
        key=lambda n: (articles[n], names[n]),
    )


def story_entity(members: Sequence[MentionInput]) -> StoryEntity:
    articles: dict[str, int] = {}  # articles using each form as name
    names: dict[str, int] = {}
    kinds: dict[str, int] = {}
    for m in members:
        articles[m.name] = articles.get(m.name, 0) + 1
        names[m.name] = names.get(m.name, 0) + m.count
        kinds[m.kind] = kinds.get(m.kind, 0) + 1
    name = _fullest_name(articles, names)
    aliases = dict.fromkeys(f for m in members for f in (m.name, *m.aliases) if f != name)
    roles = ranked_roles(m.role for m in members)
    return StoryEntity(
        name=name,
        kind=_most_counted(kinds),
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
    articles: dict[str, int] = {}
    names: dict[str, int] = {}
    for _, name, _, rows, count in forms:
        articles[name] = articles.get(name, 0) + rows
        names[name] = names.get(name, 0) + count
    name = _fullest_name(articles, names)
    kind_count: dict[str, int] = {}
    for _, kind, rows in kinds:
        kind_count[kind] = kind_count.get(kind, 0) + rows
    aliases = dict.fromkeys(f for _, n, more, _, _ in forms for f in (n, *more) if f != name)
    ranked = ranked_roles(role for _, role, rows in roles for _ in range(rows))
    return StoryEntity(
        name=name,
        kind=_most_counted(kind_count),
        role=ranked[0] if ranked else None,
        aliases=tuple(aliases),
        mentions=sum(count for *_, count in forms),
        member_ids=(),
        article_ids=(),
        roles=tuple(ranked),
    )


def ranked_roles(roles: Iterable[str | None]) -> list[str]:
    """Roles by how many articles write them, then by length (more specific first)."""
    written: dict[str, dict[str, int]] = defaultdict(dict)
    for role in roles:
        if role:
            forms = written[name_key(role)]
            forms[role] = forms.get(role, 0) + 1
    ranked = sorted(
        written.values(), key=lambda forms: (-sum(forms.values()), -len(next(iter(forms)).split()))
    )
    return [_most_counted(forms) for forms in ranked]
