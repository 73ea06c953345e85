"""Pictures kept per story version, each drawn once for the answer it shows.

The key is a digest of the answer drawn, so a picture is reused until the answer changes (new
articles, a refresh that regroups, a forgotten article)."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from briefings.charts.chart import Chart


def answer_key(kind: str, answer: Any) -> str:
    """The picture's kind and a digest of every fact in the answer (dataclass reprs are stable)."""
    return kind + ":" + hashlib.sha256(repr(answer).encode()).hexdigest()


class ChartCache:
    """The last `size` pictures, drawn one at a time (matplotlib's text layout is shared state)."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._charts: OrderedDict[str, Chart | None] = OrderedDict()
        self._lock = threading.Lock()
        self.renders = 0  # pictures actually drawn, for tests and measurements

    def get(self, kind: str, answer: Any, draw: Callable[[Any], Chart | None]) -> Chart | None:
        """The picture of `answer`, drawn by `draw` unless the same answer was drawn before."""
        key = answer_key(kind, answer)
        with self._lock:
            if key in self._charts:
                self._charts.move_to_end(key)
                return self._charts[key]
            chart = draw(answer)
            self.renders += 1
            self._charts[key] = chart
            while len(self._charts) > self.size:
                self._charts.popitem(last=False)
            return chart
