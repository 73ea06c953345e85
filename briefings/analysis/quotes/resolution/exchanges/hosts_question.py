"""A host's question and the answer after it: "“Would you do it again?” host Maria Bartiromo
asked. “In a heartbeat.”" The bare quotation is the guest's answer, not more of the host's."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.descriptions.media.hosts import INTERVIEWERS, called

__all__ = ["answers_a_hosts_question", "answers_the_asker"]


def answers_a_hosts_question(asked: Found, text: str, at: int) -> bool:
    """The quotation before, in paragraph `text`, is a question ("?" ends it) that a host, an
    anchor or a moderator "asked" after it, and the bare quotation at `at` follows that clause:
    an answer, which the host's words do not continue."""
    sp = asked.speaker
    if sp is None or not sp.role or not asked.span.text.rstrip().endswith("?"):
        return False
    if not any(w in INTERVIEWERS for w in sp.role.lower().split()):
        return False
    return "asked" in text[asked.span.end : at]


def answers_the_asker(asked: Found, f: Found, asker: str, paragraphs: Sequence[str]) -> bool:
    """The quotation `f`, whose pronoun went to `asker`, answers the question `asked` just before
    it, which a host, an anchor or a moderator `asker` "asked" ("“Do you trust him?” Bolling
    asked. / “Not as far as I can throw him,” he replied."): in the same paragraph after the
    clause, or opening the next; the guest's words, not the host's. A rhetorical question of
    someone the article calls no host ("“Why would I do that?” Dunmore asked. “…,” he said")
    stays theirs."""
    if not asked.span.text.rstrip().endswith("?"):
        return False
    par = paragraphs[asked.para]
    if f.para == asked.para:
        between = par[asked.span.end : f.span.start]
    elif f.para == asked.para + 1 and f.span.start < 3:
        between = par[asked.span.end :]
    else:
        return False
    if "asked" not in between or "“" in between:
        return False
    sp = asked.speaker
    if sp is not None and sp.role and any(w in INTERVIEWERS for w in sp.role.lower().split()):
        return True
    return any(called(job, asker, paragraphs) for job in INTERVIEWERS)
