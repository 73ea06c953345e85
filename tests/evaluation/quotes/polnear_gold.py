"""A one-quotation PolNeAR gold written for a test: the speakers the scorer reads from it."""

from __future__ import annotations

from pathlib import Path

from evaluation.quotes.polnear import gold as polnear_gold


def gold_speakers(
    tmp_path: Path, text: str, at: int, source: str, reading: str
) -> list[str | None]:
    """The gold speakers of `text` (title line first) whose one quotation is the Content of the
    Source `source` written at `at`, read the `reading` way."""
    start, end = text.index("“"), text.index("”") + 1
    ann = (
        f"T1\tSource {at} {at + len(source)}\t{source}\n"
        f"T2\tContent {start} {end}\tx\n"
        "E1\tAttribution:T3 Content:T2 Source:T1\n"
    )
    path = tmp_path / "w_0000.ann"
    path.write_text(ann, encoding="utf-8")
    return [g.surname for g in polnear_gold.read_doc("w", text, path, reading).gold]
