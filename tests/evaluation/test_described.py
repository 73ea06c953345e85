"""Each evaluation's --help says what it does in a whole sentence."""

import ast
import importlib.util
from pathlib import Path

import pytest

from evaluation.commands import MODULES
from evaluation.described import described


def test_a_first_paragraph_wrapped_over_lines_is_given_whole() -> None:
    doc = "Whether the model generalises: fitted on one corpus,\nscored on another.\n\nMore."
    assert (
        described(doc) == "Whether the model generalises: fitted on one corpus, scored on another."
    )


@pytest.mark.parametrize("name", sorted(MODULES))
def test_every_evaluation_is_described_by_a_whole_sentence(name: str) -> None:
    spec = importlib.util.find_spec(MODULES[name])
    assert spec is not None and spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    assert described(ast.get_docstring(ast.parse(source))).endswith((".", "?"))
    assert "described(__doc__)" in source  # what its --help prints
