"""The compiled analysis takes a sentence's tokens as `list[Token]`, never `Sequence[Token]`:
mypyc indexes a list natively, a Sequence through `PyObject_GetItem` with a boxed index (about
3.6 million such look-ups per 300 articles, 3 % of the one-process ingest's instructions)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from briefings.analysis.people.finding.runs import name_runs
from briefings.analysis.people.roles.tokens import tokenize

ANALYSIS = Path(__file__).resolve().parents[2] / "briefings" / "analysis"
_SEQUENCE_OF_TOKENS = re.compile(r"Sequence\[Token\]")


@pytest.mark.parametrize(
    "path", sorted(ANALYSIS.rglob("*.py")), ids=lambda p: p.relative_to(ANALYSIS).as_posix()
)
def test_tokens_are_typed_a_list(path: Path) -> None:
    assert not _SEQUENCE_OF_TOKENS.search(path.read_text(encoding="utf-8"))


def test_the_tokens_read_are_a_list() -> None:
    tokens = tokenize("Mr Kim’s aide, Tom Smith, said so.")
    assert type(tokens) is list
    assert list(name_runs(tokens)) == [(0, 2), (4, 6)]  # "Mr Kim", "Tom Smith"
