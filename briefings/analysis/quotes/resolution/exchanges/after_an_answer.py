"""A bare quotation after a question and its answer in paragraphs of their own: either one's."""

from __future__ import annotations

from collections.abc import Sequence

from briefings.analysis.quotes.finding.paragraph import Found

__all__ = ["after_an_answer"]


def after_an_answer(
    found: Sequence[Found],
    resolved: Sequence[tuple[str | None, str | None] | None],
    n: int,
    source: int,
) -> bool:
    """Quotation `n` opens its paragraph with no clause of its own, the quote it would go on from,
    `source`, answers in the paragraph before a question someone else asked in the paragraph
    before that, and the next paragraph's first quotation is one its clause gives the answerer
    again ("“Is this number correct or not?” she asked. / “It's correct, but it's incomplete,”
    Whitcomb said. / “It's a yes or no question.” / “Then yes,” Whitcomb said"; "Hume paused.
    “…,” he said"): the exchange may have gone on with either, so whose words these are is not
    clear (round 47)."""
    f, answer = found[n], found[source]
    if f.span.start >= 3 or answer.para != f.para - 1 or not answer.attributed:
        return False
    answerer = (resolved[source] or (None,))[0]
    if not answerer or any(m.para == answer.para for m in found[:source]):
        return False  # the answer must open the exchange's second paragraph
    questions = [m for m in range(source) if found[m].para == answer.para - 1]
    if not questions or not found[questions[-1]].span.text.rstrip('”" ').endswith("?"):
        return False
    asker = (resolved[questions[-1]] or (None,))[0]
    if not asker or asker == answerer:
        return False
    after = next((m for m in range(n + 1, len(found)) if found[m].para > f.para), None)
    return (  # the answerer named again right after, as one is after someone else's words
        after is not None
        and found[after].para == f.para + 1
        and found[after].attributed
        and (resolved[after] or (None,))[0] == answerer
    )
