"""Deliver a guild's digest: compose what is new for its channel, post it once, record it."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from briefings.db import unit_of_work
from briefings.digest import Digest, compose_digest
from briefings.schedules import parse_schedule
from briefings.subscriptions import (
    DigestSettings,
    channel_mark,
    claim_run,
    disable,
    enabled_settings,
    get_settings,
    record_failure,
    record_posted,
    save_settings,
)

log = logging.getLogger(__name__)

R = TypeVar("R")
Clock = Callable[[], dt.datetime]
DEFAULT_GRACE = dt.timedelta(hours=1)
Outcome = Literal["posted", "nothing-new", "silent", "not-due", "failed", "off"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DeliveryError(Exception):
    """The channel refused the digest (deleted, or the bot may no longer post there)."""


class Poster(Protocol):
    """Where digests go: the Discord adapter in the bot, a recorder in tests."""

    async def post(self, channel_id: int, digest: Digest, settings: DigestSettings) -> None: ...


@dataclass(frozen=True)
class Delivery:
    """What one delivery attempt did."""

    guild_id: int
    outcome: Outcome
    channel_id: int | None = None
    detail: str | None = None


class DigestService:
    """Digest settings and deliveries for every guild, over one database and one poster."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        poster: Poster,
        *,
        clock: Clock = utc_now,
        grace: dt.timedelta = DEFAULT_GRACE,
    ) -> None:
        self.sessions = sessions
        self.poster = poster
        self.clock = clock
        self.grace = grace
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def _in_session(self, func: Callable[..., R], *args: object) -> R:
        """Run `func(session, *args)` in one unit of work, off the event loop."""

        def work() -> R:
            with unit_of_work(self.sessions) as session:
                return func(session, *args)

        return await asyncio.to_thread(work)

    async def settings(self, guild_id: int) -> DigestSettings | None:
        return await self._in_session(get_settings, guild_id)

    async def all_enabled(self) -> list[DigestSettings]:
        return await self._in_session(enabled_settings)

    async def configure(
        self, guild_id: int, channel_id: int, schedule: str, timezone: str, silent: bool
    ) -> DigestSettings:
        """Save a guild's digest; a ScheduleError (nothing saved) when the schedule is unusable."""
        parsed = parse_schedule(schedule, timezone)
        return await self._in_session(
            save_settings, guild_id, channel_id, parsed, silent, self.clock()
        )

    async def turn_off(self, guild_id: int) -> bool:
        return await self._in_session(disable, guild_id, self.clock())

    def missed_slot(self, settings: DigestSettings, now: dt.datetime) -> dt.datetime | None:
        """A fire time missed while the bot was down and still within the grace time, if any."""
        slot = settings.schedule.next_fire(settings.due_from)
        if slot is None or slot > now or now - slot > self.grace:
            return None
        return slot

    async def deliver(self, guild_id: int, *, scheduled: bool) -> Delivery:
        """Post the guild's digest; a scheduled run posts only when a fire time is due."""
        settings = await self.settings(guild_id)
        if settings is None or not settings.enabled:
            return Delivery(guild_id, "off")
        async with self._locks[settings.channel_id]:
            return await self._deliver_locked(guild_id, scheduled)

    async def _deliver_locked(self, guild_id: int, scheduled: bool) -> Delivery:
        settings = await self.settings(
            guild_id
        )  # fresh: a run that held the lock may have moved it
        if settings is None or not settings.enabled:
            return Delivery(guild_id, "off")
        channel, now = settings.channel_id, self.clock()
        if scheduled:
            slot = settings.schedule.next_fire(settings.due_from)
            if slot is None or slot > now:
                return Delivery(guild_id, "not-due", channel)
            if not await self._in_session(claim_run, settings, now):
                return Delivery(guild_id, "not-due", channel, "another run took this slot")
        since = await self._in_session(channel_mark, channel)
        digest: Digest = await self._in_session(compose_digest, since)
        if digest.empty and settings.silent_when_empty:
            return Delivery(guild_id, "silent", channel)
        try:
            await self.poster.post(channel, digest, settings)
        except Exception as error:  # any failure is recorded; other guilds' digests go on
            detail = (
                str(error) if isinstance(error, DeliveryError) else f"unexpected error: {error}"
            )
            log.warning(
                "Digest for guild %s not delivered to channel %s: %s",
                guild_id,
                channel,
                detail,
                exc_info=not isinstance(error, DeliveryError),
            )
            await self._in_session(record_failure, guild_id, detail, now)
            return Delivery(guild_id, "failed", channel, detail)
        await self._in_session(record_posted, guild_id, channel, digest.mark, now)
        log.info("Digest for guild %s posted to channel %s", guild_id, channel)
        return Delivery(guild_id, "nothing-new" if digest.empty else "posted", channel)
