"""The compiled segmenter finds syntok's sentences: the same spans on written, random and real text."""

from __future__ import annotations

import random

import pytest
from syntok import segmenter

from briefings.analysis.common.splitting.syntok_segments import text_spans

from .test_sentences import PARAGRAPHS
from .test_syntok_tokens import TEXTS, _random_texts, _seed_paragraphs

# Texts written for each of syntok's rules: abbreviations, sentence starters after any word,
# "No. 5", numbers and months, initials, single letters and Roman numerals (a sentence's first
# token too), brackets opening a sentence, skipped inside one, too long or holding a sentence,
# closing quotes and brackets after a terminal, no space after one, datelines.
RULES = [
    "Mr. Smith left. Gen. The end. He met Sen. Warren. It rose in 2012. The end came.",
    "The U.S. Army won. The U.S. The next day. See e.v.’s. Then 83 e.v.’s, have split.",
    "He is No. 1 in New Hampshire. No. The talks ended. Dec. 6-9 with a margin. On Jan. 12 he went.",
    "I. The first. II. The second. A. Lincoln spoke. He saw B. He left. It was X. Then Y.",
    "(The Trump comments start around the 2:05 mark.) He spoke. (Fingers crossed.) And so.",
    "This year, it went bankrupt. (Mr. Trump was not involved in the financing of the club.) Then.",
    "Short of an attack (which remains off the table unless he attacks first), what is left?",
    "A long bracket (which holds a sentence. It Goes on and on for more than seventy characters.)",
    "WASHINGTON (AP) — The latest. RENO, Nev. (AP) — Trump says. BEDFORD, N.H. (AP) — Rubio.",
    "LONDON (Reuters) - Trump said. (AP) — The news. [Reuters] The end. (h/t Mediaite.)",
    'He said.” Then she left. “Why?” she asked. He left.) Then. It ended.’ So. Yes!" No.',
    "It ended.The next. The rate was 3.5. The end... and more. Wait...what? Yes...! Go.",
    "Vote (a) or (b). He chose (C) Then left. The a.m. show. See fig. 3 and Fig. 4. Ok.",
    "He asked (Why?) and went. The list: (1) one; (2) two. (Really?) Yes. ( ) Empty.",
    "Numbers: 1,000. 2016-17. Then 12. Jan was cold. In 12. Okt it rained. 5 p.m. Then.",
]

WORDS = [
    *("The", "U.S.", "Mr.", "no.", "No", "It", "(AP)", "—", "Dec.", "6", "2012.", "I.", "II."),
    *("(", ")", "[Reuters]", "“Hi.”", "said.", "he", "A", "e.v.’s.", "In", "Jan", "12", "x."),
    *("(The end.)", "(see below)", ";", ":", ",", "!", "?", "...", "a.m.", "Gen.", "B.", "NO"),
    *("A1", "’", "”", '"', "'", "Sept.", "11,", "WASHINGTON", "Nev.", "That", "however", "2:05"),
]


def _word_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def _syntoks(text: str) -> list[tuple[int, int]]:
    return [
        (sentence[0].offset, sentence[-1].offset + len(sentence[-1].value))
        for block in segmenter.analyze(text)
        for sentence in block
        if sentence
    ]


@pytest.mark.parametrize("texts", ["rules", "written", "random", "words", "seeds"])
def test_spans_are_syntoks(texts: str) -> None:
    chosen = {
        "rules": RULES,
        "written": [*TEXTS, *PARAGRAPHS],
        "random": _random_texts(3000, 23),
        "words": _word_texts(3000, 23),
        "seeds": _seed_paragraphs(),
    }[texts]
    assert chosen
    for text in chosen:
        assert text_spans(text) == _syntoks(text), text


def test_rules_split_where_syntok_does() -> None:
    """A few of the rules' texts, split by hand: a starter after an abbreviation ends a sentence,
    "No. 1" and "Dec. 6" do not, a dateline's bracket after one word closes a sentence."""

    def sentences(text: str) -> list[str]:
        return [text[a:b] for a, b in text_spans(text)]

    assert sentences("Gen. The end. He met Sen. Warren.") == [
        "Gen.",
        "The end.",
        "He met Sen. Warren.",
    ]
    assert sentences("He is No. 1 here. On Dec. 6 he went.") == [
        "He is No. 1 here.",
        "On Dec. 6 he went.",
    ]
    assert sentences("WASHINGTON (AP) — The latest.") == ["WASHINGTON (AP)", "— The latest."]
    assert sentences("(Fingers crossed.) And so.") == ["(Fingers crossed.)", "And so."]
