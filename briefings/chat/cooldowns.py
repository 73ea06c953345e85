"""Per-user cooldowns on the heavier commands: at most `rate` runs per `per` seconds per key."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable


class Cooldowns:
    """A sliding window per key (command, user), kept by one adapter instance."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate = rate
        self.per = per
        self.clock = clock
        self._runs: dict[Hashable, deque[float]] = {}

    def retry_after(self, key: Hashable) -> float | None:
        """None and the run counted, or the seconds to wait before this key may run again."""
        now = self.clock()
        runs = self._runs.setdefault(key, deque())
        while runs and now - runs[0] >= self.per:
            runs.popleft()
        if len(runs) >= self.rate:
            return self.per - (now - runs[0])
        runs.append(now)
        return None
