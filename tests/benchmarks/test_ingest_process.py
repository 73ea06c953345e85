"""The ingest benchmark's process loads the ingest and what measures it, not the query layer (the
story's readers, the bot): a callgrind of it counts the ingest's start-up, not theirs."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

QUERY_LAYER = ("briefings.story", "bot.runtime", "benchmarks.measure.queries")


def test_the_ingest_benchmark_process_loads_no_query_layer() -> None:
    probe = (
        "import sys, benchmarks.processes.ingest; "
        f"print([m for m in {QUERY_LAYER!r} if m in sys.modules])"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stderr
