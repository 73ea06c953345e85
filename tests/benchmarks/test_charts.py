"""The picture benchmark (`python -m benchmarks.charts --small`) still runs and times each case."""

from __future__ import annotations

from benchmarks.charts import main


def test_small_run_times_every_picture(capsys: object) -> None:
    assert main(["--small"]) == 0
    printed = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "matplotlib import" in printed
    assert printed.count("median") == 6
    assert "large: timeline, 500 events" in printed
