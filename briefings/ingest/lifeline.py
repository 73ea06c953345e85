"""Worker processes that end with their parent, even when it is killed with SIGKILL."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
POLL = 1.0  # seconds between two looks at the parent, where the kernel cannot tell


def die_with_parent(parent: int) -> None:
    """In a worker process: be killed when the process `parent` dies. On Linux the kernel does
    it (prctl PR_SET_PDEATHSIG); a thread also checks every POLL seconds that `parent` is still
    the parent (other systems, and a parent that died before the prctl)."""
    if sys.platform.startswith("linux"):
        # the symbols the process has loaded, libc's among them: `find_library("c")` ran ldconfig,
        # several milliseconds in each worker before its first file
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="lifeline").start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(POLL)
    os._exit(1)
