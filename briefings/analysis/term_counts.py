"""The fitted term table's text form: sentences counted, then each term under the count it has.

scripts/fit_term_weights.py writes it (`render`), sentence similarity reads it (`groups`). Blocks
separated by a blank line: a header ("sentences N", "min_sentences M"), then one block per count,
the count on its first line and its terms below, one a line, sorted. Terms of one count share one
block, so reading the table is a few splits in C and one logarithm per count, not a JSON parse and
a logarithm per term (docs/benchmarks-log.md, speedAE)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Final

FILE: Final = "data/term_weights.txt"  # in the package briefings.analysis


def render(sentences: int, min_sentences: int, counts: Mapping[str, int]) -> str:
    """The table's text: the header, then every count's terms (counts ascending, terms sorted)."""
    by_count: dict[int, list[str]] = defaultdict(list)
    for term, count in counts.items():
        if not term or term != term.strip() or "\n" in term:
            raise ValueError(f"term not writable one a line: {term!r}")
        by_count[count].append(term)
    blocks = [f"sentences {sentences}\nmin_sentences {min_sentences}"]
    for count in sorted(by_count):
        blocks.append("\n".join([str(count), *sorted(by_count[count])]))
    return "\n\n".join(blocks) + "\n"


def groups(raw: str) -> tuple[int, list[tuple[int, list[str]]]]:
    """The sentences counted, and each count with its terms, from `render`'s text."""
    blocks = raw.rstrip("\n").split("\n\n")
    header = _header(blocks[0])
    found: list[tuple[int, list[str]]] = []
    for block in blocks[1:]:
        lines = block.split("\n")
        found.append((int(lines[0]), lines[1:]))
    return header["sentences"], found


def counts(raw: str) -> tuple[int, int, dict[str, int]]:
    """The sentences counted, the fewest a kept term holds, and each term's count."""
    total, found = groups(raw)
    table = {term: count for count, terms in found for term in terms}
    return total, _header(raw.split("\n\n", 1)[0])["min_sentences"], table


def _header(block: str) -> dict[str, int]:
    """The header's "name value" lines."""
    found: dict[str, int] = {}
    for line in block.split("\n"):
        name, _, value = line.partition(" ")
        found[name] = int(value)
    return found
