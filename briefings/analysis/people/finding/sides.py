"""Lone words that win, lose or draw a match by a score, named in full nowhere: clubs, no one."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.names import name_key, words_set
from briefings.analysis.people.finding.results import a_score
from briefings.analysis.people.roles.tokens import Token, tokenize

if TYPE_CHECKING:
    from briefings.analysis.people.finding.candidates import Candidate

# A result's verb between the two sides ("Chelsea beat Blackburn 4-0"), or after the side that
# it tells of with the score next ("Chelsea won 2-0 at Bolton", "Chelsea drew 1-1 with Arsenal").
_BEAT: Final = words_set("beat beats defeated defeats thrashed edged overcame")
_WON_OR_DREW: Final = words_set("won drew lost")
# Two scores in a row, a match told by its sets: "6-3 6-4".
_SETS: Final = re.compile(r"\d+[-–]\d+,? \d+[-–]\d+")


def sides_named_alone(sentences: Sequence[str], read: Sequence[list[Candidate]]) -> None:
    """A lone word that beats a side, or wins, draws or loses by a score, in a sentence that
    gives the score, and that the article names in no person's full name ("Chelsea beat
    Blackburn 4-0", no "Chelsea Clinton"), is a club or a country, no one wherever the article
    says of it ("Jose Mourinho said Chelsea had deserved to win"); news style names a player in
    full before it names them alone ("Andy Murray beat Roger Federer 6-3 6-4 … said Murray had").
    A mark of a person on the word (a role, a title, "said she") keeps it someone's."""
    sides = {
        word
        for sentence, found in zip(sentences, read, strict=True)
        if any(c.isdigit() for c in sentence)
        for word in _sides(sentence, found)
    }
    if not sides:
        return
    everyone = [c for found in read for c in found]
    in_full = {w for c in everyone if c.kind == "person" and " " in c.text for w in c.text.split()}
    marked = {c.text for c in everyone if c.evidence or c.role or c.alias}
    for c in everyone:
        if c.text in sides and c.text not in in_full and c.text not in marked:
            c.kind, c.spoken, c.not_a_person = None, False, True


def _sides(sentence: str, found: Sequence[Candidate]) -> Iterator[str]:
    """The lone words among the sentence's candidates that stand as a side of a result scored in
    the sentence."""
    lone = {name_key(c.text): c.text for c in found if " " not in c.text and c.text.isalpha()}
    if not lone or _SETS.search(sentence):
        return  # scores by sets are players' ("Murray beat Federer 6-3 6-4")
    tokens = tokenize(sentence)
    for k, token in enumerate(tokens):
        if token.possessive or token.text not in lone.values():
            continue
        if _a_side_at(tokens, k):
            yield token.text


def _a_side_at(tokens: list[Token], k: int) -> bool:
    """Whether the word at k wins or loses a match scored right after: "Chelsea beat Blackburn
    4-0" (either side), "Chelsea won 2-0 at Bolton", "Chelsea drew 1-1 with Arsenal"."""
    after = tokens[k + 1].lower if k + 1 < len(tokens) else ""
    if after in _WON_OR_DREW and a_score(tokens, k + 2):
        return True
    if after in _BEAT:
        return _a_score_after_a_name(tokens, k + 2)
    before = tokens[k - 1].lower if k > 0 else ""
    return before in _BEAT and k > 1 and tokens[k - 2].is_cap and a_score(tokens, k + 1)


def _a_score_after_a_name(tokens: list[Token], k: int) -> bool:
    """A name in capitals from k, then a score: "Blackburn 4-0", "Manchester United 2-1"."""
    n = k
    while n < len(tokens) and tokens[n].is_word and tokens[n].is_cap:
        n += 1
    return n > k and a_score(tokens, n)
