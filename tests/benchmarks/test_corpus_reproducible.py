"""The benchmark corpus writes the same articles for the same seed in every process."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

DIGEST = """
import hashlib
from benchmarks.data.corpus import Corpus
corpus = Corpus(1)
texts = "".join(corpus.article(i).text for i in (0, 7, 999, 20_000, 10_000_001))
print(hashlib.sha256(texts.encode()).hexdigest())
"""


def _digest(hash_seed: str) -> str:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run(
        [sys.executable, "-c", DIGEST], cwd=ROOT, env=environment, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_same_seed_same_articles_in_other_processes() -> None:
    assert _digest("1") == _digest("2") == _digest("random")
