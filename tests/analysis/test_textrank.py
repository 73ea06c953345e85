"""The content words a summary and the story's groups compare on: the same whether each token's
stem is worked out afresh or remembered from earlier texts."""

from __future__ import annotations

import pytest

from briefings.analysis import textrank
from briefings.analysis.common.memo import Memo
from briefings.analysis.textrank import content_terms

TEXT = "The ministers’ talks on sanctions resumed in 2024; Russia's envoy said the U.S.-led bloc agreed."


def test_content_terms_are_stemmed_without_stopwords_or_lone_numbers() -> None:
    assert content_terms(TEXT) == [
        "minister",
        "talk",
        "sanction",
        "resumed",
        "russia",
        "envoy",
        "u",
        "s",
        "led",
        "bloc",
        "agreed",
    ]


def test_remembered_terms_equal_terms_worked_out_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = [textrank._term(token) for token in textrank._TOKEN.findall(TEXT.lower())]
    assert content_terms(TEXT) == [term for term in fresh if term]
    assert content_terms(TEXT) == content_terms(TEXT)  # the second time from what it remembers
    monkeypatch.setattr(Memo, "MAX_KEPT", 3)  # full: emptied, still the same terms
    textrank._TERMS.clear()
    textrank._PIECES.clear()
    assert content_terms(TEXT) == [term for term in fresh if term]
    assert len(textrank._TERMS) <= 3
    assert len(textrank._PIECES) <= 3


# Texts whose tokens the pieces between spaces must give as the token pattern does over all.
PIECES = [
    "",
    "   ",
    "a--b -c d- 'e f' g''h i-'j rock'n'roll o’brien’s",
    "U.S.-led, 1990s; 2024 — 3-2 “quoted” (bracketed)",
    "no\u00a0break\u2028line\u3000wide\ttab\nnew",
    "İstanbul Kelvin\u212a ſtraße café σΣς",
    "x" * 3 + "-" * 3 + "'" * 2 + "’y",
]


@pytest.mark.parametrize("text", PIECES)
def test_terms_read_piece_by_piece_are_the_whole_texts(text: str) -> None:
    tokens = textrank._TOKEN.findall(text.lower())
    assert content_terms(text) == [t for t in map(textrank._term, tokens) if t]


def _walk_step_by_step(similarity, prior, damping=0.85, iterations=50):  # type: ignore[no-untyped-def]
    """LexRank as it was written before: the change compared after every step."""
    import numpy as np

    n = similarity.shape[0]
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    out = weights.sum(axis=1, keepdims=True)
    dangling = out[:, 0] == 0
    out[dangling] = 1.0
    transition = weights / out
    restart = prior / prior.sum()
    transition[dangling] = restart
    scores = np.full(n, 1.0 / n)
    restarting = (1.0 - damping) * restart
    for _ in range(iterations):
        updated = restarting + damping * (scores @ transition)
        if np.add.reduce(np.abs(updated - scores)) < 1e-8:
            return updated
        scores = updated
    return scores


def _graphs(count: int) -> list[tuple[object, object]]:
    import numpy as np

    rng = np.random.default_rng(19)
    graphs = []
    for k in range(count):
        n = 1 + k % 40
        similarity = rng.random((n, n))
        similarity = (similarity + similarity.T) / 2
        similarity[rng.random((n, n)) < rng.random()] = 0.0  # sparse, some rows empty
        if k % 5 == 0:
            similarity[0, :] = similarity[:, 0] = 0.0  # a sentence sharing no word
        graphs.append((similarity, (1.0 + rng.random(n)) / np.sqrt(1.0 + np.arange(n))))
    return graphs


@pytest.mark.parametrize("iterations", [1, 2, 24, 25, 26, 49, 50, 51, 80])
def test_lexrank_gives_the_step_by_step_walks_scores_bit_for_bit(iterations: int) -> None:
    for similarity, prior in _graphs(120):
        expected = _walk_step_by_step(similarity, prior, iterations=iterations)
        found = textrank.lexrank(similarity, prior, iterations=iterations)  # type: ignore[arg-type]
        assert found.tobytes() == expected.tobytes()


def test_lexrank_compares_its_steps_in_few_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    import numpy as np

    calls: list[int] = []
    absolute = np.abs
    monkeypatch.setattr(np, "abs", lambda values: calls.append(1) or absolute(values))
    long_walks = 0
    for similarity, prior in _graphs(120):
        expected = _walk_step_by_step(similarity, prior)
        steps, calls[:] = len(calls), []  # the step-by-step walk compares after each step
        found = textrank.lexrank(similarity, prior)  # type: ignore[arg-type]
        assert found.tobytes() == expected.tobytes()
        if steps == 50:
            long_walks += 1
            assert len(calls) == 50 // textrank._CHECKED_TOGETHER
        calls[:] = []
    assert long_walks >= 3


# Pieces whose terms the fast path reads (ASCII letters and digits, edge marks aside) and pieces
# it must leave to the token pattern (marks inside, letters beyond ASCII, marks alone).
EDGE_PIECES = [
    *("said,", "(in", "“quoted”", "end.", "2024)", "'s", "’s", "a-", "-a", "a'", "a’", "ab…"),
    *("...", "—", "", "a.b", "a—b", "u.s.", "x-ray,", "don't", "o’brien’s", "rock'n'roll"),
    *("3-2", "ab-'", "'-ab", "é", "café,", "ab²", "²", "[a]", "a]b", "ab,cd", "the", "1990"),
]


@pytest.mark.parametrize("piece", EDGE_PIECES)
def test_a_pieces_terms_are_its_tokens_terms(piece: str) -> None:
    tokens = textrank._TOKEN.findall(piece)
    assert textrank.piece_terms(piece) == [t for t in map(textrank._term, tokens) if t]
