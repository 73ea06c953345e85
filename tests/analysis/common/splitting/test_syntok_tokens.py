"""The compiled tokenizer makes syntok's tokens, and syntok's segmenter the same sentences of them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from syntok import segmenter
from syntok.tokenizer import Token, Tokenizer

from briefings.analysis.common.splitting.syntok_tokens import (
    _SEPARATION,
    _unseparated,
    analyze,
    tokens,
)

from .test_sentences import PARAGRAPHS

SEEDS = Path(__file__).resolve().parents[4] / "seeds"

TEXTS = [
    *PARAGRAPHS,
    "",
    " ",
    "  two spaces first",
    "ends with spaces  ",
    "He didn't go. She won't. They can’t, couldn´t or wouldnʼt.",
    "n't at the start, 'tis, rock'n'roll and O'Brien's Kim’s Russians’.",
    "Jong-un, well‐known, a‑b, snake_case, __init__, x_, -dash, dash-, 3-4, a-1, 1-a.",
    "Wait...what? Yes...! ...and so. ... alone. a...b",
    "(AP) — [1] {x} «quoted» „low“ ‹one› 「kagi」 （full） ) ( ]",
    "camelCase iPhone eBay McDonald mid.Sentence ended.The end.X",
    "zero\u200bwidth\u200b space, no\u00a0break\u2009thin\u3000ideographic\tтаб",
    "Ünïcödé wörds, ελληνικά, русский текст, 中文，日本語。 العربية",
    "Numbers 3.5, 1,000, 12th, 2016-17, $5, 5%, 10:30, 1.5-point, U.S.-Mexican",
    "Emoji 🙂 and marks !? ?! ;; :: -- —— '' \"\" ‘’ “” ”“",
    "Paragraphs\n\nwith breaks\r\n\r\nand more\n \nend",
    "line\nbreak hyphen-\nated word- \nend",
    "\ue000\ue100\ue001, masked \ue000\ue101\ue001.",
]

# Characters that weigh in syntok's rules: letters of both cases, digits, spaces of every kind,
# hyphens, apostrophes, brackets, terminal marks, an underscore and the zero-width space.
_ALPHABET = "aAbBnNtTsSéÉ09 \t\n\u00a0\u200b\u2009-\u2010\u00ad_'’´ʼ.!?;:,()[]{}«»“”\"…$%@#\ue000"


def _random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 60))) for _ in range(count)]


def _seed_paragraphs() -> list[str]:
    return [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def _plain(found: list[Token]) -> list[tuple[str, str, int]]:
    return [(t.spacing, t.value, t.offset) for t in found]


def _sentences(blocks: object) -> list[list[list[tuple[str, str, int]]]]:
    return [[_plain(sentence) for sentence in block] for block in blocks]  # type: ignore[attr-defined]


@pytest.mark.parametrize("texts", ["written", "random", "seeds"])
def test_tokens_and_sentences_are_syntoks(texts: str) -> None:
    chosen = {
        "written": TEXTS,
        "random": _random_texts(3000, 19),
        "seeds": _seed_paragraphs(),
    }[texts]
    assert chosen
    tokenizer = Tokenizer(replace_not_contraction=False)
    for text in chosen:
        for offset in (0, 3):
            assert _plain(tokens(text, offset)) == _plain(tokenizer.tokenize(text, offset)), text
        assert _sentences(analyze(text)) == _sentences(segmenter.analyze(text)), text


def test_a_word_known_unseparated_has_no_separation() -> None:
    rng = random.Random(19)
    letters = "aAzZbB09"
    words = ["", "said", "Trump", "USA", "2016", "iPhone", "McDonald", "A1", "a1B", "U2", "ABCd"]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 8))) for _ in range(5000)]
    words += [
        "O'Brien",
        "re-election",
        "ʼtis",
        "Kim’s",
        "a_b",
        "a.B",
        "x...y",
        "(AP)",
        "éB",
        "ab,c",
    ]
    for word in words:
        if _unseparated(word):
            assert list(_SEPARATION.finditer(word)) == [], word
    assert _unseparated("Trump") and _unseparated("said") and _unseparated("USA")
    assert not _unseparated("iPhone") and not _unseparated("O'Brien")
