"""A pronoun resolved to someone of an earlier paragraph while the sentence before it names another
person of its gender ("Doyle forwarded the email to Mbeki. She replied …, calling the criticism
“…”"), or opens on a person of no known gender ("Fenwick, who …, was gracious. “…,” she said"):
the one just named may be meant as well, so no one is."""

from __future__ import annotations

import re
from typing import Final

from briefings.analysis.quotes.resolution.named_before import others_named, sentence_before
from briefings.analysis.quotes.resolution.sentence_starts import starts_outside_quotations
from briefings.analysis.speech.name_index import NameIndex

__all__ = ["after_the_pronoun", "reported_from", "rival_just_named"]

# a sentence opening on a description of someone ("The radio talker has …"): it goes on about
# the person of the paragraphs before, whom the pronoun then means
_DESCRIBED: Final = re.compile(r"(?:The|This|That) [a-z]")


def rival_just_named(
    name: str, want: str, index: NameIndex, par: str, start: int, pos: int
) -> bool:
    """The pronoun of gender `want` written at `pos` (paragraph `par` opening at `start`), resolved
    to `name` of an earlier paragraph, follows a sentence of its own paragraph naming, outside
    quotation marks, a person the article shows is of that gender and is not `name`: either may be
    meant. Not when that sentence names `name` too, opens on a description ("The radio talker
    has …") or writes the pronoun before the other person ("When he took the stage after
    Mr. Vander Plaats's introduction"): it goes on about the one the pronoun means."""
    found = sentence_before(name, par, start, pos)
    if found is None or _DESCRIBED.match(par, found[0]):
        return False
    window, own = found
    pronoun = re.compile(r"\bhe\b" if want == "m" else r"\bshe\b", re.IGNORECASE)
    for at, run, full in others_named(name, index, par, start, window, own):
        if pronoun.search(par, window, at - start):
            return False  # "When he took the stage after Mr. Vander Plaats's introduction, he
            # said": the sentence before goes on about the one the pronoun means (a run of
            # `name` passed over leaves it to the next run, or to the loop's end: False alike)
        gender = index.gender(full)
        if index.is_person(run) and gender == want:
            return True
        if at - start == window and _WHO_OPENS.match(par, at - start + len(run)):
            # round 53: "Fenwick, who had called Ocampo “Little Luis” for months, was gracious.
            # “…,” she said": a person by "who", the sentence's subject; a surname alone has no
            # gender but the one the article gives it ("Fenwick" is a given name too)
            said = index.genders.get(full) if " " not in full else gender
            if said in (want, None):
                return True
    return False


# a relative clause on a person right after the name that opens a sentence: "Fenwick, who"
_WHO_OPENS: Final = re.compile(r",\s+who\b")


def reported_from(par: str, at: int) -> int | None:
    """Where the sentence of the quotation at `at` opens when a "he" or "she" right after its
    closing mark says it, and with it the whole sentence before it ("Choosing between Clinton and
    Sanders is a “false choice,” she said"): a person named there, in the third person, is spoken
    of, not speaking; None when no pronoun follows the quotation."""
    if _SAID_BY_A_PRONOUN.match(par, at) is None:
        return None
    return starts_outside_quotations(par, at)[-1]


_SAID_BY_A_PRONOUN: Final = re.compile(r"(?:“[^“”]*”|\"[^\"]*\")\s*,?\s*(?:he|she)\b")


def after_the_pronoun(par: str, at: int, want: str) -> bool:
    """The name at `at` follows, in its own sentence and outside quotations, a "he" (or "she",
    as `want` says) of its paragraph ("He says Trump's call to ban … bear some of the
    responsibility"): the sentence is about the one the pronoun means, and the one named is not
    them (round 47)."""
    pronoun = re.compile(r"\bhe\b" if want == "m" else r"\bshe\b", re.IGNORECASE)
    opening = starts_outside_quotations(par, at)[-1]
    for m in pronoun.finditer(par, opening, at):
        before = par[: m.start()]
        if before.count("“") == before.count("”"):
            return True
    return False
