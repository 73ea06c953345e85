"""A Story answering from hand-made answers, for exact control (slow, huge, hostile)."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from briefings.answers import (
    Briefing,
    BriefPoint,
    PersonItem,
    Profile,
    ProfileResult,
    QuoteItem,
    QuoteList,
    RoleItem,
    SourceItem,
    SourceRef,
    TimelineEvent,
)
from briefings.story import Story

OAN = SourceRef(1, "seeds/a.txt", "North Korea will pay a price", "OAN", dt.date(2023, 9, 6), "day")
NK = SourceRef(2, "seeds/b.txt", "Kim heads to Russia", "NK News", dt.date(2023, 9, 11), "day")
PEOPLE = {
    "Jake Sullivan": "White House National Security Adviser",
    "Kim Jong Un": "North Korea's leader",
    "Vladimir Putin": "Russian President",
    "John Kirby": "National Security Council spokesman",
    "Sergei Shoigu": "Russian Defense Minister",
}


class StoryDouble(Story):
    """Answers built in memory; `delay` makes every query that slow, `size` makes answers long."""

    def __init__(self, *, delay: float = 0.0, size: int = 3) -> None:
        super().__init__(sessions=None)  # type: ignore[arg-type]
        self.delay = delay
        self.size = size
        self.calls: list[tuple[str, Any]] = []

    def _wait(self, name: str, *args: Any) -> None:
        self.calls.append((name, args))
        time.sleep(self.delay)

    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        self._wait("briefing", focus, since)
        points = [
            BriefPoint(f"Point {i}: Russia and North Korea talk arms for food. " * 3, [OAN, NK])
            for i in range(self.size)
        ]
        points.append(BriefPoint("A reader wrote @everyone and <@&123> in a comment.", [NK]))
        return Briefing("Russia–North Korea arms talks", points, [OAN, NK], focus, since)

    def quotes(self, speaker: str | None = None, about: str | None = None) -> QuoteList:
        self._wait("quotes", speaker, about)
        if speaker and speaker not in PEOPLE and speaker != "Sullivan":
            return QuoteList([], None, about, f"no one called '{speaker}'", ["Jake Sullivan"])
        quotes = [
            QuoteItem(
                f"Quote number {i}: they will pay a price. " * 8,
                "Jake Sullivan",
                PEOPLE["Jake Sullivan"],
                "full",
                [OAN],
            )
            for i in range(self.size)
        ]
        return QuoteList(quotes, "Jake Sullivan" if speaker else None, about)

    def profile(self, name: str) -> ProfileResult:
        self._wait("profile", name)
        if name not in PEOPLE:
            close = [p for p in PEOPLE if name.lower()[:3] in p.lower()] or ["John Kirby"]
            return ProfileResult(name, None, suggestions=close)
        quote = QuoteItem("We are watching closely.", name, PEOPLE[name], "full", [NK])
        profile = Profile(
            name,
            "person",
            PEOPLE[name],
            [RoleItem(PEOPLE[name], [OAN])],
            [name.split()[-1]],
            7,
            [OAN, NK],
            [quote],
            [("Kim Jong Un", 2)],
            article_count=2,
        )
        return ProfileResult(name, profile)

    def people(self, limit: int | None = None) -> list[PersonItem]:
        return [PersonItem(n, "person", r, [], [1], 1, 1) for n, r in PEOPLE.items()]

    def sources(self, limit: int | None = None) -> list[SourceItem]:
        self._wait("sources")
        now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
        return [
            SourceItem(
                r.article_id,
                r.path,
                r.title,
                r.outlet,
                None,
                None,
                r.published,
                r.date_precision,
                ["A summary sentence."],
                now,
            )
            for r in (OAN, NK)
        ]

    def timeline(self, limit: int | None = None, offset: int = 0) -> list[TimelineEvent]:
        self._wait("timeline")
        start = dt.date(2023, 9, 1)
        days = range(self.size)[-limit:] if limit else range(self.size)
        return [
            TimelineEvent(start + dt.timedelta(days=d), "day", f"Event on day {d}.", [OAN])
            for d in days
        ]

    def count_sources(self) -> int:
        return 2

    def count_timeline(self) -> int:
        return self.size

    def complete_names(self, prefix: str, limit: int = 25) -> list[str]:
        many = list(PEOPLE) + [f"Person {i}" for i in range(40)]
        return [n for n in many if prefix.lower() in n.lower()][:limit]

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        return [n for n in PEOPLE if prefix.lower() in n.lower()][:limit]
