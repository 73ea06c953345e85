"""Migrating a new database imports Alembic without Pygments (Mako's HTML error highlighting)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROGRAM = """
import sys
from briefings.db import open_database
open_database(sys.argv[1])
import mako.exceptions
print("pygments" in sys.modules, mako.exceptions.pygments_html_formatter is None)
import mako.ext.pygmentplugin  # importable again afterwards
"""


def test_a_migration_leaves_pygments_unimported(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, f"sqlite:///{tmp_path / 'new.db'}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.split() == ["False", "True"]
