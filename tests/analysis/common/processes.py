"""Code run in two fresh Python processes sharing one cache folder, for the kept-list tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def printed_by_two_processes(code: str, folder: Path) -> list[list[str]]:
    """The words `code` prints in each of two processes run one after the other, with the
    user's cache folder in `folder` and `folder` itself importable (for helper modules)."""
    env = {
        **os.environ,
        "XDG_CACHE_HOME": str(folder / "cache"),
        "PYTHONPATH": os.pathsep.join([str(folder), *sys.path]),
    }
    return [
        subprocess.run(
            [sys.executable, "-W", "ignore", "-c", code],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        for _ in range(2)
    ]
