"""Quote finding's cheaper scans give the answers of the searches they replace, text by text."""

from __future__ import annotations

import random
import re

from briefings.analysis.quotes.finding.paragraph import _MINOR_WORDS, _TITLE_WORD, is_title
from briefings.analysis.quotes.finding.sentences import SENTENCES_INSIDE
from briefings.analysis.quotes.resolution.descriptions.media.outlet_names import written_as_a_paper

# the searches replaced, as they were
_OLD_SENTENCES_INSIDE = re.compile(r"\w[.!?]\s+[A-Z]")
_OLD_AS_A_PAPER = (
    r"\b[Tt]he {0} (?:first |later |also )?(?:reported|reports|revealed|noted in an editorial)\b"
    r"|\b(?:told|interview with|according to|reported by|first reported by) [Tt]he {0}\b"
    r"|\b[Tt]he {0}, (?:the|a|an) [^,.“”]{{0,40}}\b(?:newspaper|paper|tabloid|magazine|outlet"
    r"|website|site)\b"
)


def _old_is_title(text: str) -> bool:
    words = _TITLE_WORD.findall(text)
    return bool(words) and all(w[0].isupper() or w in _MINOR_WORDS for w in words)


def _old_as_a_paper(phrase: str, text: str) -> bool:
    return re.search(_OLD_AS_A_PAPER.format(re.escape(phrase)), text) is not None


_PIECES = [
    *("The", "the", "Hill", "Post", "told", "interview with", "according to", "reported by"),
    *("first reported by", "reported", "reports", "revealed", "noted in an editorial", "first"),
    *("later", "also", ",", ".", "!", "?", "“", "”", " ", "  ", "\n", "a", "an", "newspaper"),
    *("paper", "site", "website", "Hillary", "U.S.", "x", "9", "_", "é", "É", "Meet", "of"),
    *("Press", "he said", "Live", "—", "'", "’s", "and"),
]


_BEFORE = [
    *("", "told ", "told The ", "The ", "the ", "according to the ", "xThe ", "xtold the "),
    *("first reported by The ", "reported by the ", "interview with The ", " The ", "\nThe "),
    *("Told the ", "an interview with the ", "told  the "),
]
_AFTER = [
    *(" reported", " first reported", " also reports", " revealed", " noted in an editorial"),
    *(", the state’s largest newspaper", ", a site", ", an outlet,", "x", "", ".", " said"),
    *(", the “x” paper", " reportedly", ", the paper", ", a long, long newspaper", "’s"),
]


def _texts(count: int, seed: int) -> list[str]:
    """Texts of the words and marks the scans look for, in every order, some glued together."""
    rng = random.Random(seed)
    return [
        "".join(
            rng.choice(_PIECES) + rng.choice(["", " ", " ", " "]) for _ in range(rng.randint(0, 14))
        )
        for _ in range(count)
    ]


def test_sentences_inside_finds_what_the_word_first_search_found() -> None:
    texts = [*_texts(20000, 1), "a mistake. I will", "U.S. Then", "No.  Yes", "x.\nA", ". A"]
    found = [bool(SENTENCES_INSIDE.search(t)) for t in texts]
    assert found == [bool(_OLD_SENTENCES_INSIDE.search(t)) for t in texts]
    assert 300 < sum(found) < len(texts) - 300  # both answers are tested


def test_is_title_reads_words_as_the_whole_list_did() -> None:
    texts = [*_texts(20000, 2), "", "Meet the Press", "Saturday Night Live", "this week", "—"]
    titles = [is_title(t) for t in texts]
    assert titles == [_old_is_title(t) for t in texts]
    assert sum(titles) > 500 and len(texts) - sum(titles) > 500


def test_written_as_a_paper_finds_what_the_pattern_made_per_name_found() -> None:
    phrases = ["Hill", "Post", "The Hill", "U.S.", "New York Post", "Hillary", "É"]
    rng = random.Random(3)
    cases = [(rng.choice(phrases), t) for t in _texts(10000, 3)]
    for _ in range(20000):  # the name between what may stand before and after it
        phrase = rng.choice(phrases)
        text = "".join(
            rng.choice(_BEFORE)
            + rng.choice([phrase, phrase, rng.choice(phrases)])
            + rng.choice(_AFTER)
            for _ in range(rng.randint(1, 3))
        )
        cases.append((phrase, text))
    cases += [
        ("Hill", "He told The Hill."),
        ("Hill", "He told The Hillary"),
        ("Hill", "The Hill reported that"),
        ("Union Leader", "The Union Leader, the state’s largest newspaper, said"),
        ("U.S.", "first reported by the U.S. reported"),  # no word boundary after "U.S."
        ("Mail", "according to the Mail"),
        ("Hill", "Hill reported"),  # no "the" before it
    ]
    answers = [written_as_a_paper(p, t) for p, t in cases]
    assert answers == [_old_as_a_paper(p, t) for p, t in cases]
    assert sum(answers) > 300
