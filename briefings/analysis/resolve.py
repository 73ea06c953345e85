"""Resolution: a speaker phrase, pronoun or description to the full name of the person it means."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.attribution import PRONOUNS, NameIndex, Speaker, one_person, role_near

__all__ = ["named_before", "resolve_pronoun", "speaker_name"]


def speaker_name(
    sp: Speaker | None, pos: int, index: NameIndex, recent: list[str], paragraphs: Sequence[str]
) -> tuple[str | None, str | None]:
    """The full name and role of the speaker phrase `sp` written at `pos`; `recent` lists the people
    named or quoted so far, most recent last."""
    if sp is None:
        return None, None
    if sp.pronoun:
        want = PRONOUNS[sp.pronoun]
        return resolve_pronoun(want, index, recent) or named_before(want, index, pos), None
    if sp.name is None:
        if sp.role and not one_person(sp.role.split()[-1]):
            return None, None  # "the statement said", "the campaign said": no person
        if sp.definite:  # "the senator said": the person named last
            return resolve_pronoun(None, index, recent) or named_before(None, index, pos), sp.role
        return None, sp.role
    if sp.is_org:
        return sp.name, None
    full = index.fullest(sp.name, pos)
    return full, sp.role or role_near(full, paragraphs)


def resolve_pronoun(want: str | None, index: NameIndex, recent: list[str]) -> str | None:
    """The person named or quoted last whose known gender does not contradict the pronoun."""
    for name in reversed(recent):
        if want is None or index.gender(name) in (want, None):
            return name
    return None


def named_before(want: str | None, index: NameIndex, position: int) -> str | None:
    """Failing a subject: the nearest full name written before `position` that fits the pronoun."""
    for at, name in reversed(index.runs):
        fits = want is None or index.gender(name) in (want, None)
        if at < position and len(name.split()) >= 2 and fits and index.is_person(name):
            return index.fullest(name, at)
    return None
