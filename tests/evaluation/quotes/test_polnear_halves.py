"""`quotes_polnear --half tuned` scores the tuned articles alone, reads no held-out one, writes nothing."""

from __future__ import annotations

import sys

import pytest

from evaluation.quotes import quotes_polnear


def test_the_tuned_half_alone_is_scored_and_nothing_is_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[int | None] = []
    real_load = quotes_polnear.load

    def load(limit: int | None = None, reading: str = quotes_polnear.READINGS[0]) -> list:
        asked.append(limit)
        return real_load(limit, reading)

    monkeypatch.setattr(quotes_polnear, "load", load)
    monkeypatch.setattr(sys, "argv", ["quotes_polnear", "--half", "tuned", "--limit", "2"])
    written = quotes_polnear.RESULTS.read_bytes() if quotes_polnear.RESULTS.exists() else None
    quotes_polnear.main()
    out = capsys.readouterr().out
    assert "tuned (2 articles): quote+speaker P/R/F1" in out
    assert "held_out" not in out and "baseline" not in out
    assert asked == [2]  # the first articles only: the held-out ones are the last 240
    assert (quotes_polnear.RESULTS.read_bytes() if written is not None else None) == written
