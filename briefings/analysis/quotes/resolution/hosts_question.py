"""A host's question and the answer after it: "“Would you do it again?” host Maria Bartiromo
asked. “In a heartbeat.”" The bare quotation is the guest's answer, not more of the host's."""

from __future__ import annotations

from briefings.analysis.quotes.finding.paragraph import Found
from briefings.analysis.quotes.resolution.descriptions.hosts import INTERVIEWERS

__all__ = ["answers_a_hosts_question"]


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
