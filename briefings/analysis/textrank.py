"""Sentence centrality: LexRank over TF-IDF vectors with a position prior (numpy only)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from briefings.analysis.common.memo import LOWERED, Memo

if (
    TYPE_CHECKING
):  # numpy is imported where it is used: a query that needs none of this starts faster
    import numpy as np

_STOPWORD_TEXT: Final = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we were
    what when where which while who whom why will with would you your yours yourself yourselves
    said says say told according mr mrs ms one two new year may might must shall us however
    since yet still
"""
STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())
# (Possessive: no part of a token is ever given back, which the engine then does not keep track of.)
_TOKEN: Final = re.compile(r"[a-z0-9]++(?:[-'’][a-z0-9]++)*+")


def stem(word: str) -> str:
    """A crude, fast suffix stripper so that "sanctions" and "sanction" meet."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_terms(text: str) -> list[str]:
    """The stemmed content words of a text, stopwords and lone digits left out."""
    terms: list[str] = []
    for piece in LOWERED[text].split():  # no token holds a space: read piece by piece
        found = _PIECES[piece]
        if found:
            terms += found
    return terms


def _term(token: str) -> str:
    """The token's stem, or "" for a stopword or a lone number."""
    return "" if token in STOPWORDS or token.isdigit() else stem(token)


_TERMS: Final = Memo(_term)  # each token's `_term`, worked out once (words repeat)


# Marks that open or close a word ("said," "(in" "“quoted”" "end."): no letter or digit, so
# none starts a token, and none after a word lets its token go on (a hyphen or an apostrophe
# does only before a letter or a digit).
_EDGE_MARKS: Final = ",.;:!?\"“”‘’'()[]—–-…"


def piece_terms(piece: str) -> list[str]:
    """The terms of a piece of lower-case text between spaces. A piece of ASCII letters and
    digits alone, edge marks aside (four pieces in five), is one token, the token pattern's
    whole match: its term is looked up without the search."""
    word = piece.strip(_EDGE_MARKS)
    if word.isascii() and word.isalnum():
        term = _TERMS[word]
        return [term] if term else []
    return [t for t in map(_TERMS.__getitem__, _TOKEN.findall(piece)) if t]


# The terms of each piece of lower-case text between spaces, worked out once: pieces repeat as
# words do, and one look-up costs far less than the token pattern's search. (No token holds a
# space, so a text's terms are its pieces' in turn.) A piece's list is never handed out, only
# copied from.
_PIECES: Final = Memo(piece_terms)


_WEIGHTS: Final = [
    1.0 + math.log(count) if count else 0.0 for count in range(16)
]  # a term's weight


def tfidf_matrix(documents: Sequence[Sequence[str]]) -> np.ndarray:
    """Rows of L2-normalised TF-IDF weights, one per tokenised document (IDF from the documents)."""
    import numpy as np

    vocabulary: dict[str, int] = {}  # each term's column, in order of first use
    columns: list[int] = []  # the column of every term of every document, in turn
    for terms in documents:
        columns += [vocabulary.setdefault(term, len(vocabulary)) for term in terms]
    n, width = len(documents), max(len(vocabulary), 1)
    rows = np.repeat(np.arange(n), [len(terms) for terms in documents])
    cells = rows * width + np.array(columns, dtype=np.intp)
    counts = np.bincount(cells, minlength=n * width).reshape(n, width)  # each term's count
    matrix = _weights(counts)
    matrix *= np.log((1.0 + n) / (1.0 + np.count_nonzero(counts, axis=0))) + 1.0
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def _weights(counts: np.ndarray) -> np.ndarray:
    """1 + log(count) for each count, 0 for none: looked up in _WEIGHTS, the rare large count
    computed."""
    import numpy as np

    table = np.array(_WEIGHTS)
    if not counts.size or counts.max() < len(_WEIGHTS):
        return table[counts]
    large = counts >= len(_WEIGHTS)
    matrix = table[np.where(large, 0, counts)]
    matrix[large] = [1.0 + math.log(count) for count in counts[large].tolist()]
    return matrix


# Iterations of the walk made before their changes are compared, in one numpy call: the same
# scores as comparing after each step, with half the calls (most walks run all 50).
_CHECKED_TOGETHER: Final = 25


def lexrank(
    similarity: np.ndarray, prior: np.ndarray, damping: float = 0.85, iterations: int = 50
) -> np.ndarray:
    """Stationary scores of a random walk on the similarity graph that restarts by `prior`: the
    first step that changes the scores by less than 1e-8 in all, else the last."""
    import numpy as np

    n = similarity.shape[0]
    if n == 0:
        return np.zeros(0)
    weights = similarity.copy()
    np.fill_diagonal(weights, 0.0)
    out = weights.sum(axis=1, keepdims=True)
    dangling = out[:, 0] == 0
    out[dangling] = 1.0
    transition = weights / out
    restart = prior / prior.sum()
    transition[dangling] = restart  # a sentence sharing no word with any other restarts the walk
    restarting = (1.0 - damping) * restart
    # The damping in every place: multiplying by an array of it gives each product a Python
    # float's multiply gives, without the float's conversion at every step.
    damped = np.full(n, damping)
    walk = np.empty((iterations + 1, n))  # the scores after each step, row 0 the start
    walk[0] = 1.0 / n
    steps = list(walk)  # (row views made once)
    done = 0
    while done < iterations:
        stop = min(done + _CHECKED_TOGETHER, iterations)
        for k in range(done, stop):  # each step: restarting + damping * (scores @ transition)
            step = steps[k + 1]
            np.dot(steps[k], transition, step)  # (matmul's product, by the same BLAS call)
            np.multiply(step, damped, step)
            np.add(restarting, step, step)
        change = np.add.reduce(np.abs(walk[done + 1 : stop + 1] - walk[done:stop]), axis=1)
        converged = np.flatnonzero(change < 1e-8)
        if converged.size:
            return steps[done + 1 + int(converged[0])].copy()
        done = stop
    return steps[iterations].copy()


def position_prior(count: int) -> np.ndarray:
    """News puts the essentials first: weight 1/sqrt(1 + rank) for the sentence at each rank."""
    import numpy as np

    return 1.0 / np.sqrt(1.0 + np.arange(count, dtype=float))
