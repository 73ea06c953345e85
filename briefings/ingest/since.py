"""Whether a file's look-up, made before its analysis, still holds when the article is written."""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable

# Keys stored in the transaction not yet committed: newer than any look-up.
PENDING = 2**62


class OwnWrites:
    """What this run stored, by the commit that stored it (the story's `written` mark: every
    commit that stores or removes articles raises it by one, `refresh/state.py`).

    A file looked up at mark `since` and written at mark `now` is still new, and still replaces
    (or not) what its look-up found, when every commit in between was this run's and none of the
    articles they stored, nor those already written in the open transaction, shares its path, its
    bytes or a MinHash band (everything `store.lookup` compares). Otherwise it is looked up again
    in the writing transaction. Bounded: past LIMIT keys it forgets them all, and a look-up made
    before that is made again."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self.marks: list[int] = []  # this run's commits, ascending
        self.keys: dict[Hashable, int] = {}  # the latest mark that stored each key
        self.open: list[Hashable] = []  # keys stored in the open transaction
        self.floor = -1  # look-ups made before this mark are made again

    def holds(self, keys: Iterable[Hashable], since: int | None, now: int | None) -> bool:
        """Whether a look-up made at mark `since` still holds at mark `now` for a file with
        these keys (None: a mark not known, so it does not)."""
        if since is None or now is None or since < self.floor or since > now:
            return False
        ours = bisect.bisect_right(self.marks, now) - bisect.bisect_right(self.marks, since)
        if ours != now - since:  # another process committed meanwhile
            return False
        return all(self.keys.get(key, -1) <= since for key in keys)

    def stored(self, keys: Iterable[Hashable]) -> None:
        """An article written in the open transaction."""
        for key in keys:
            self.keys[key] = PENDING
            self.open.append(key)

    def committed(self, mark: int | None) -> None:
        """The open transaction committed as `mark` (None: not known; every look-up made so far
        is made again)."""
        if mark is None:
            self.keys.clear()
            self.floor = PENDING
        else:
            self.marks.append(mark)
            for key in self.open:
                self.keys[key] = mark
        self.open = []
        if len(self.keys) > self.LIMIT:
            self.keys.clear()
            self.floor = self.marks[-1] if self.marks else PENDING
            self.marks = self.marks[-1:]

    def rolled_back(self, now: int | None) -> None:
        """The open transaction stored nothing; it began at mark `now`."""
        for key in self.open:
            self.keys[key] = PENDING if now is None else now
        self.open = []
