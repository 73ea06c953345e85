"""This process's resident memory, read from /proc (reset by exec, unlike ru_maxrss)."""

from __future__ import annotations

from pathlib import Path


def memory_mb(field: str = "VmRSS") -> float:
    """This process's resident memory (VmRSS) or its peak (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0
