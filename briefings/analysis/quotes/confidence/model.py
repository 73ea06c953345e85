"""How likely a quote's speaker is right: a logistic model over how it was found and its context.

`scripts/fit_attribution_confidence.py` fits, on the data the rules were tuned on (PolNeAR's first
600 articles and the BBC labels' tune half), a logistic regression whose features are the parts of
the way the speaker was found ("name", "pronoun", "earlier paragraph", "continued", …) and the
context of the quote (other people named near it, and for a pronoun those named since its antecedent
and how close the runner-up came and how the antecedent was last named; the speaker named in its
own paragraph or how many paragraphs back, and how far from the quote; a one-word speaker, a partial
quote, the speaker's share of the article's quotes; words around the quote that say the reporter
had it second hand, from an ad or a post, or as a slogan; another speaker quoted in the same
paragraph), and writes its weights and the threshold it chose by cross-validation to
`data/attribution_confidence.json`. The confidence is the model's probability that the speaker is
right; a part of a way the model has never seen adds nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Final

__all__ = [
    "THRESHOLD",
    "Context",
    "confidence_of",
    "confidence_with",
    "continued",
    "features",
    "table",
]

CONTINUED: Final = "continued"  # a quote with no clause of its own, continuing the quote before it


@dataclass(init=False)  # its own __init__: mypyc compiles it, a dataclass's is interpreted
class Context:
    """What the article shows around a quote and its speaker."""

    rivals: int = 0  # other people named in the quote's paragraph and the one before
    named_here: bool = True  # the speaker's name (or surname) is written in the quote's paragraph
    distance: int = 0  # paragraphs back to the last one naming the speaker (capped)
    one_word: bool = False  # the speaker is a single word: "Bishop", "Rosneft", "Kerry"
    partial: bool = False  # the quote sits inside the reporter's sentence
    alike: int = 0  # of the rivals, those whose gender does not tell them from the speaker
    gendered: bool = True  # a title or a first name gives the speaker a gender: a person
    thing: bool = False  # the word lists make the name a body, place, work or event
    in_quote: bool = False  # the quote itself names the speaker ("Is Rebecca Bradley …?")
    mentions: int = 3  # how many times the article names the speaker (by surname)
    main: bool = False  # the person the article names most
    between: int = 0  # other people named between the speaker's last naming and the quote
    alike_between: int = 0  # of those, the ones whose gender does not tell them from the speaker
    nearest: bool = True  # the speaker is the person named last before the quote
    margin: float = 0.0  # for a pronoun or a description: the runner-up's salience / the best's
    opens: bool = False  # the quote opens its paragraph
    share: float = 0.0  # the share of the article's attributed quotes this speaker was given
    words: int = 10  # the quote's length in words
    same_before: bool = False  # the quote before it went to the same speaker
    gap: int = 0  # characters between the quote and its speaker's nearest naming in its paragraph
    role: str = ""  # for a pronoun or a description: how its antecedent was last named
    second_hand: bool = False  # the paragraph has it "according to" someone, from a report
    medium: bool = False  # … from an ad, a video, a post or a tweet
    phrase: bool = False  # … as a slogan, a chant, a nickname, what someone once said
    other_speaker: bool = False  # a reporting clause in the paragraph gives a quote to another
    as_object: bool = False  # the paragraph names the speaker only as an object ("told Ray")
    quoted_only: bool = False  # the paragraphs up to the quote name them only inside quotations
    opens_other: bool = False  # the paragraph opens on another person's name

    def __init__(
        self,
        rivals: int = 0,
        named_here: bool = True,
        distance: int = 0,
        one_word: bool = False,
        partial: bool = False,
        alike: int = 0,
        gendered: bool = True,
        thing: bool = False,
        in_quote: bool = False,
        mentions: int = 3,
        main: bool = False,
        between: int = 0,
        alike_between: int = 0,
        nearest: bool = True,
        margin: float = 0.0,
        opens: bool = False,
        share: float = 0.0,
        words: int = 10,
        same_before: bool = False,
        gap: int = 0,
        role: str = "",
        second_hand: bool = False,
        medium: bool = False,
        phrase: bool = False,
        other_speaker: bool = False,
        as_object: bool = False,
        quoted_only: bool = False,
        opens_other: bool = False,
    ) -> None:
        self.rivals = rivals
        self.named_here = named_here
        self.distance = distance
        self.one_word = one_word
        self.partial = partial
        self.alike = alike
        self.gendered = gendered
        self.thing = thing
        self.in_quote = in_quote
        self.mentions = mentions
        self.main = main
        self.between = between
        self.alike_between = alike_between
        self.nearest = nearest
        self.margin = margin
        self.opens = opens
        self.share = share
        self.words = words
        self.same_before = same_before
        self.gap = gap
        self.role = role
        self.second_hand = second_hand
        self.medium = medium
        self.phrase = phrase
        self.other_speaker = other_speaker
        self.as_object = as_object
        self.quoted_only = quoted_only
        self.opens_other = opens_other


@cache
def table() -> dict[str, object]:
    """The fitted model: {"threshold": float, "bias": float, "weights": {feature: weight},
    "caps": {part of a way: the share of its speakers right}}: a way too rare for the regression
    to learn (the nearest-name fallback) is never surer than it has been on the tuning data."""
    raw = resources.files("briefings.analysis.quotes.confidence").joinpath(
        "data/attribution_confidence.json"
    )
    return dict(json.loads(raw.read_text(encoding="utf-8")))


THRESHOLD: Final[float] = float(table()["threshold"])  # type: ignore[arg-type]


def features(found_by: str, context: Context) -> dict[str, float]:
    """The model's inputs: one per part of the way, and the context."""
    out = {f"way={part}": 1.0 for part in found_by.split(", ") if part}
    out["rivals"] = float(min(context.rivals, 3))
    out["no rival"] = float(context.rivals == 0)
    out["named elsewhere"] = float(not context.named_here)
    out["distance"] = float(min(context.distance, 3))
    out["one word"] = float(context.one_word)
    out["partial"] = float(context.partial)
    # a pronoun or description resolved to a salient person (not the nearest-name fallback)
    resolved = "nearest name" not in found_by and any(
        w in found_by for w in ("pronoun", "description", "named last")
    )
    out["no alike rival, resolved"] = float(resolved and context.alike == 0)
    out["no gender"] = float(not context.gendered)
    out["one word, no gender"] = float(context.one_word and not context.gendered)
    out["thing"] = float(context.thing)
    out["named in the quote"] = float(context.in_quote)
    out["main person"] = float(context.main)
    # who else could have said it: people named between the speaker's last naming and the quote
    # (a pronoun's or description's antecedent), how close the runner-up came to it
    if found_by.startswith(("pronoun", "description", "person named last")):
        out["alike between, resolved"] = float(min(context.alike_between, 3))
        out["not nearest, resolved"] = float(not context.nearest)
        out["runner-up, resolved"] = min(context.margin, 1.0)
        out["same before, resolved"] = float(context.same_before)
        if context.role:  # a subject of the sentence before is surer than a possessor
            out[f"antecedent as {context.role}"] = 1.0
    else:
        out["not nearest, named"] = float(not context.nearest)
    out["opens"] = float(context.opens)
    out["share"] = context.share
    out["words"] = math.log2(1 + min(context.words, 40))
    out["same before"] = float(context.same_before)
    # words the reporter did not hear from the speaker: the label often gives them to the source
    out["second hand"] = float(context.second_hand)
    out["medium"] = float(context.medium)
    out["phrase"] = float(context.phrase)
    # a reporting clause of the paragraph gives a quote to someone else: the words may be theirs
    # (wrong speakers 9-16 % there against 3 % on three of the five tuned outlets, 2 % against 1 %
    # on the written batches)
    out["other speaker here"] = float(context.other_speaker)
    # a frame that makes the speaker doubtful (round 59; leave-one-outlet-out AUC 0.7765 -> 0.7824,
    # 0.7860 with L2 2.0): named only as an object, only inside others’ quotations, or in a
    # paragraph opening on someone else (which the fit weighs for the speaker: it corrects the
    # rivals such a paragraph brings)
    out["named as object"] = float(context.as_object)
    out["named only in quotes"] = float(context.quoted_only)
    out["opens on another"] = float(context.opens_other)
    # how far the quote stands from its speaker's name in its paragraph
    if context.gap:
        out["gap"] = math.log2(1 + min(context.gap, 400) / 20)
    return out


def probability(values: Mapping[str, float], weights: Mapping[str, float], bias: float) -> float:
    """The logistic model's probability for one quote's feature values."""
    z = bias + sum(weights.get(k, 0.0) * v for k, v in values.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def confidence_of(found_by: str, context: Context | None = None) -> float:
    """How likely a speaker found `found_by` in `context` is right (0 when found no way)."""
    return confidence_with(table(), found_by, context)


def confidence_with(
    model: Mapping[str, object], found_by: str, context: Context | None = None
) -> float:
    """`confidence_of` with the model given: {"bias", "weights", "caps"}."""
    if not found_by:
        return 0.0
    weights = model["weights"]
    assert isinstance(weights, dict)
    p = probability(features(found_by, context or Context()), weights, float(model["bias"]))  # type: ignore[arg-type]
    caps = model.get("caps") or {}
    assert isinstance(caps, dict)
    for part in found_by.split(", "):
        p = min(p, float(caps.get(part, 1.0)))
    return p


def continued(found_by: str) -> str:
    """The way of a quote that continues a quote found `found_by`."""
    if not found_by:
        return ""
    return found_by if found_by.endswith(CONTINUED) else f"{found_by}, {CONTINUED}"
