"""Digest test fixtures: a controllable clock, a recording poster, a scheduler harness.

The database is the shared `sessions` fixture: every test runs on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import apscheduler.executors.base
import apscheduler.schedulers.base
import pytest
from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobEvent,
)
from sqlalchemy.orm import Session, sessionmaker

from bot.digest.scheduler import DigestScheduler
from bot.digest.service import DeliveryError, DigestService
from briefings.db import unit_of_work
from briefings.digests.compose import Digest
from briefings.digests.subscriptions import DigestSettings
from briefings.models import Article, Entity, Event, Mention, Quote

UTC = dt.UTC


class FakeClock:
    """The one clock the service and APScheduler read in these tests; moved by hand."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, when: dt.datetime) -> None:
        self.now = when.astimezone(UTC)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(dt.datetime(2024, 3, 29, 12, 0, tzinfo=UTC))

    class FakeDatetime(dt.datetime):
        @classmethod
        def now(cls, tz: dt.tzinfo | None = None) -> FakeDatetime:  # type: ignore[override]
            value = fake.now.astimezone(tz) if tz else fake.now.replace(tzinfo=None)
            return value  # type: ignore[return-value]

    # APScheduler reads the time in these two modules only (trigger maths takes `now` as input).
    monkeypatch.setattr(apscheduler.schedulers.base, "datetime", FakeDatetime)
    monkeypatch.setattr(apscheduler.executors.base, "datetime", FakeDatetime)
    return fake


@dataclass
class Post:
    channel_id: int
    digest: Digest
    at: dt.datetime


@dataclass
class RecordingPoster:
    """Stands in for Discord: records what would be posted; forbidden channels refuse like a 403."""

    clock: FakeClock
    posts: list[Post] = field(default_factory=list)
    forbidden: set[int] = field(default_factory=set)

    nonces: dict[str, int] = field(default_factory=dict)  # nonce -> index in posts
    dedupes: bool = True

    async def post(
        self, channel_id: int, digest: Digest, settings: DigestSettings, nonce: str
    ) -> int:
        await asyncio.sleep(0.01)  # a real post awaits the network: give racing runs a chance
        if channel_id in self.forbidden:
            raise DeliveryError(f"403 Forbidden: the bot may not post in channel {channel_id}")
        if nonce in self.nonces:  # as Discord with enforce_nonce: the first message again
            return self.nonces[nonce]
        self.posts.append(Post(channel_id, digest, self.clock()))
        self.nonces[nonce] = len(self.posts)
        return len(self.posts)


@pytest.fixture
def poster(clock: FakeClock) -> RecordingPoster:
    return RecordingPoster(clock)


class Harness:
    """A real DigestScheduler on the test database, driven by the fake clock."""

    def __init__(
        self, sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
    ) -> None:
        self.sessions, self.poster, self.clock = sessions, poster, clock
        self.service = DigestService(sessions, poster, clock=clock)
        self.scheduler = DigestScheduler(self.service)
        self.submitted = 0
        self.finished: list[JobEvent] = []
        self.scheduler.scheduler.add_listener(self._submitted, EVENT_JOB_SUBMITTED)
        self.scheduler.scheduler.add_listener(
            self.finished.append, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
        )

    def _submitted(self, _event: JobEvent) -> None:
        self.submitted += 1

    async def start(self) -> None:
        await self.scheduler.start()
        await self.settle()

    async def settle(self) -> None:
        """Let the scheduler look for due jobs and wait until every job it started has ended."""
        await asyncio.sleep(0.02)
        for _ in range(500):
            if len(self.finished) >= self.submitted:
                return
            await asyncio.sleep(0.01)
        raise AssertionError("scheduled jobs did not finish")

    async def at(self, when: dt.datetime) -> None:
        """Move the clock to `when` and let the scheduler wake up there."""
        self.clock.set(when)
        self.scheduler.scheduler.wakeup()
        await self.settle()

    async def stop(self) -> None:
        await self.scheduler.shutdown()


@pytest.fixture
async def harness(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> AsyncIterator[Harness]:
    made = Harness(sessions, poster, clock)
    yield made
    await made.stop()


def add_article(
    sessions: sessionmaker[Session],
    path: str,
    ingested_at: dt.datetime,
    *,
    title: str | None = None,
    outlet: str = "Test Wire",
    published: dt.date | None = None,
    quotes: tuple[tuple[str, str, int | None], ...] = (),
    people: tuple[tuple[str, str | None], ...] = (),
    events: tuple[tuple[str, dt.date | None, int | None], ...] = (),
) -> int:
    """Store an article as ingest would: quotes (text, speaker, cluster), people (name, role),
    events (text, date, cluster)."""
    with unit_of_work(sessions) as session:
        article = Article(
            path=path,
            content_hash=path.ljust(64, "0")[:64],
            signature=b"",
            title=title or path,
            outlet=outlet,
            published=published,
            date_precision="day" if published else "unknown",
            body="text",
            summary=[f"Summary of {path}."],
            ingested_at=ingested_at,
        )
        session.add(article)
        session.flush()
        for position, (text, speaker, cluster) in enumerate(quotes):
            session.add(
                Quote(
                    article_id=article.id,
                    position=position,
                    paragraph=0,
                    text=text,
                    speaker=speaker,
                    speaker_role=None,
                    kind="full",
                    cluster=cluster,
                )
            )
        for name, role in people:
            entity = session.query(Entity).filter_by(name=name).one_or_none()
            if entity is None:
                entity = Entity(name=name, kind="person", role=role, aliases=[])
                session.add(entity)
                session.flush()
            session.add(
                Mention(
                    article_id=article.id,
                    entity_id=entity.id,
                    name=name,
                    kind="person",
                    role=role,
                    aliases=[],
                )
            )
        for position, (text, date, cluster) in enumerate(events):
            session.add(
                Event(
                    article_id=article.id,
                    position=position,
                    paragraph=0,
                    text=text,
                    date=date,
                    date_precision="day" if date else "unknown",
                    cluster=cluster,
                )
            )
        return article.id
