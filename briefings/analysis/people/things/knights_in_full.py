"""A name in full after "Sir" or "Dame" is a person's, though the article names a firm after them."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.gender import KNIGHTS
from briefings.analysis.common.names import name_key
from briefings.analysis.people.finding.candidates import Candidate


def knights_in_full(sentences: Sequence[str], read: Sequence[list[Candidate]]) -> None:
    """Keep as someone's a given name and a surname that a knight's or a dame's style stands right
    before ("Sir Paul Smith, who started the business"), wherever else the article writes that
    name as a label's or a firm's ("Rival label Paul Smith said it would"): only a person is
    knighted, so the name is a person's and the label named after him."""
    knights = {
        name_key(c.text)
        for sentence, found in zip(sentences, read, strict=True)
        for c in found
        if c.kind == "person"
        and c.evidence
        and not c.not_a_person
        and not c.thing_hint
        and len(c.text.split()) > 1
        and is_given_name(c.text.split()[0])
        and any(f"{style.title()} {c.text}" in sentence for style in KNIGHTS)
    }
    for found in read:
        for c in found:
            if c.not_a_person and name_key(c.text) in knights:
                c.not_a_person = False
