"""A knight's or a dame's style before a lone given name that the article never names in full."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.common.given_names.gender import styles_a_given_name
from briefings.analysis.common.names import name_key
from briefings.analysis.people.finding.candidates import Candidate


def never_knighted_in_full(candidates: Sequence[Candidate]) -> None:
    """Make no one's the names of one word after "Sir", "Dame" or "Lady" (`styles_a_given_name`) whose given name no fuller name
    of the article opens with: news names a knight or a dame in full before "Sir Alex" or "Dame
    Judi", so a "Sir Gino" never so named is a horse's, a ship's or a character's ("Sir Gino will
    miss the Champion Hurdle"; not "Sir Alex Ferguson … Sir Alex said")."""
    alone = [
        c
        for c in candidates
        if c.kind == "person"
        and c.alias is not None
        and " " not in c.text
        and styles_a_given_name(c.alias.split()[0], c.text)
    ]
    if not alone:
        return
    firsts = {name_key(c.text).split()[0] for c in candidates if " " in c.text.strip()}
    for c in alone:
        if name_key(c.text) not in firsts:
            c.kind, c.evidence, c.not_a_person = None, False, True
