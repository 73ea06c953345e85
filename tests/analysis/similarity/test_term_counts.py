"""The term table's text form: written by the fitting script, read back to the same counts."""

from __future__ import annotations

from importlib import resources

import pytest

from briefings.analysis import term_counts

SMALL = "sentences 10\nmin_sentences 2\n\n2\na\nz\n\n3\nb a\nc\n"


def test_render_groups_terms_under_their_count() -> None:
    counts = {"c": 3, "z": 2, "b a": 3, "a": 2}
    assert term_counts.render(10, 2, counts) == SMALL
    assert term_counts.groups(SMALL) == (10, [(2, ["a", "z"]), (3, ["b a", "c"])])
    assert term_counts.counts(SMALL) == (10, 2, counts)


def test_render_refuses_a_term_not_one_a_line() -> None:
    for term in ["a\nb", "", " a"]:
        with pytest.raises(ValueError):
            term_counts.render(10, 2, {term: 2})


def test_shipped_table_is_what_the_script_writes() -> None:
    """The shipped file is `render`'s text of its own counts (scripts/fit_term_weights.py writes
    it with `render`): no hand edit, no other form to keep in step."""
    raw = resources.files("briefings.analysis").joinpath(term_counts.FILE).read_text()
    total, min_sentences, counts = term_counts.counts(raw)
    assert total > 20_000 and min_sentences == 2
    assert min(counts.values()) >= min_sentences
    assert term_counts.render(total, min_sentences, counts) == raw
