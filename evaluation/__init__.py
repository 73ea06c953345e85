"""Scores the analysis on labelled data: `python -m evaluation [NAME ...]` (names in commands.py)."""

from __future__ import annotations

import sys

if sys.argv[:1] == ["-m"]:  # `python -m evaluation.NAME` being located: NAME may be a moved one
    from evaluation.commands import keep_old_paths

    keep_old_paths()
