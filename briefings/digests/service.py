"""Deliver a digest exactly once: record the intent, post it with a nonce, record the message.

Shared by both adapters (Discord's `bot.digest`, Slack's `slackbot.digest`): each gives it a
Poster; a Slack workspace is a negative key where Discord has a guild id (`slackbot.ids`).

The steps, each its own short transaction off the event loop:
1. decide: compose what is new, then claim the slot and write the intent (with a fresh message
   nonce) in one transaction; a run that loses the claim posts nothing;
2. attempt: note the time, then post with the nonce and `enforce_nonce`, so that Discord returns
   the first message instead of making a second one when the same intent is posted again;
3. record: the message id and the channel's new mark, retried until the database answers.
A restart (or the next delivery to the channel) finds an intent left pending and posts it again
with its nonce: exactly one message, as long as Discord still knows the nonce (NONCE_WINDOW).
"""

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
from briefings.digests.compose import Digest, compose_digest
from briefings.digests.deliveries import (
    Intent,
    finish_posted,
    finish_unposted,
    mark_attempted,
    pending,
    record_intent,
)
from briefings.digests.schedules import parse_schedule
from briefings.digests.subscriptions import (
    DigestSettings,
    claim_run,
    digest_since,
    disable,
    enabled_settings,
    get_settings,
    record_failure,
    save_settings,
)

log = logging.getLogger(__name__)

R = TypeVar("R")
Clock = Callable[[], dt.datetime]
DEFAULT_GRACE = dt.timedelta(hours=1)
# How long after a post Discord still dedupes a repeat of its nonce: "a few minutes", so two.
NONCE_WINDOW = dt.timedelta(minutes=2)
# Waits between tries of a post whose fate is unknown (a timeout, a 5xx), all within the window.
POST_RETRIES = (1.0, 5.0, 15.0)
# Waits between tries of recording a posted message; then it is kept in memory and recorded by
# the next delivery or the periodic check (`finish_pending`).
RECORD_RETRIES = (0.2, 1.0, 3.0)
Outcome = Literal["posted", "nothing-new", "silent", "not-due", "failed", "off"]
Platform = Literal["discord", "slack"]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class DeliveryError(Exception):
    """The chat platform refused the digest (a deleted channel, no permission): nothing was posted."""


class Poster(Protocol):
    """Where digests go: the Discord or Slack adapter, a recorder in tests."""

    dedupes: bool  # a repeat of a nonce returns the first message (Discord's enforce_nonce)

    async def post(
        self, channel_id: int, digest: Digest, settings: DigestSettings, nonce: str
    ) -> int:
        """Post once per nonce (a repeat returns the first message); the message id."""
        ...


@dataclass(frozen=True)
class Delivery:
    """What one delivery attempt did."""

    guild_id: int
    outcome: Outcome
    channel_id: int | None = None
    detail: str | None = None


def _decide(
    session: Session,
    settings: DigestSettings,
    slot: dt.datetime | None,
    digest: Digest,
    now: dt.datetime,
) -> Intent | None:
    """Claim the slot (scheduled runs) and write the intent, in one transaction."""
    if slot is not None and not claim_run(session, settings, now):
        return None
    return record_intent(
        session, settings.guild_id, settings.channel_id, slot, digest.since, digest.mark, now
    )


def _compose(session: Session, settings: DigestSettings) -> Digest:
    """What is new for this digest: since its mark, of every article or of its story's."""
    return compose_digest(session, digest_since(session, settings), story_id=settings.story_id)


def _compose_again(session: Session, intent: Intent, story_id: int | None) -> Digest:
    return compose_digest(session, intent.since, intent.until, story_id=story_id)


class DigestService:
    """Digest settings and deliveries for every guild, over one database and one poster."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        poster: Poster,
        *,
        clock: Clock = utc_now,
        grace: dt.timedelta = DEFAULT_GRACE,
        platform: Platform = "discord",
    ) -> None:
        self.sessions = sessions
        self.platform = platform  # whose digests `all_enabled` and `finish_pending` look at
        self.poster = poster
        self.clock = clock
        self.grace = grace
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._unrecorded: dict[int, int] = {}  # intent id -> message id posted, not yet stored

    async def _in_session(self, func: Callable[..., R], *args: object) -> R:
        """Run `func(session, *args)` in one unit of work, off the event loop."""

        def work() -> R:
            with unit_of_work(self.sessions) as session:
                return func(session, *args)

        return await asyncio.to_thread(work)

    async def settings(self, guild_id: int) -> DigestSettings | None:
        return await self._in_session(get_settings, guild_id)

    async def all_enabled(self) -> list[DigestSettings]:
        return await self._in_session(enabled_settings, self.platform)

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

    def current_slot(self, settings: DigestSettings, now: dt.datetime) -> dt.datetime | None:
        """The latest fire time after the last claimed run and not after `now`, if any."""
        first = settings.schedule.next_fire(settings.due_from)
        if first is None or first > now:
            return None
        # Fire times are an hour apart at least: start an hour and the grace before now.
        recent = max(settings.due_from, now - self.grace - dt.timedelta(hours=1))
        slot, later = first, settings.schedule.next_fire(recent)
        while later is not None and later <= now:
            slot, later = later, settings.schedule.next_fire(later)
        return slot

    def missed_slot(self, settings: DigestSettings, now: dt.datetime) -> dt.datetime | None:
        """A fire time missed while the bot was down and still within the grace time, if any."""
        slot = self.current_slot(settings, now)
        if slot is None or now - slot > self.grace:
            return None
        return slot

    async def deliver(self, guild_id: int, *, scheduled: bool) -> Delivery:
        """Post the guild's digest; a scheduled run posts only when a fire time is due."""
        settings = await self.settings(guild_id)
        if settings is None or not settings.enabled:
            return Delivery(guild_id, "off")
        async with self._locks[settings.channel_id]:
            await self._finish_channel(settings.channel_id)  # what an earlier run left, first
            return await self._deliver_locked(guild_id, scheduled)

    async def _deliver_locked(self, guild_id: int, scheduled: bool) -> Delivery:
        settings = await self.settings(
            guild_id
        )  # fresh: a run that held the lock may have moved it
        if settings is None or not settings.enabled:
            return Delivery(guild_id, "off")
        channel, now = settings.channel_id, self.clock()
        slot = None
        if scheduled:
            slot = self.current_slot(settings, now)
            if slot is None:
                return Delivery(guild_id, "not-due", channel)
        digest: Digest = await self._in_session(_compose, settings)
        if digest.empty and settings.silent_when_empty:
            if slot is not None:
                await self._in_session(claim_run, settings, now)
            return Delivery(guild_id, "silent", channel)
        intent = await self._in_session(_decide, settings, slot, digest, now)
        if intent is None:
            return Delivery(guild_id, "not-due", channel, "another run took this slot")
        return await self._send(intent, digest, settings)

    async def _send(self, intent: Intent, digest: Digest, settings: DigestSettings) -> Delivery:
        """Post an intent with its nonce and record the message; refusals end it as failed."""
        guild, channel = intent.guild_id, intent.channel_id
        if not await self._in_session(mark_attempted, intent.id, self.clock()):
            return Delivery(guild, "not-due", channel, "another run finished this digest")
        for wait in (*POST_RETRIES, None):
            try:
                message_id = await self.poster.post(channel, digest, settings, intent.nonce)
                break
            except DeliveryError as error:
                log.warning("Digest for guild %s not delivered to %s: %s", guild, channel, error)
                detail = str(error)
                await self._in_session(finish_unposted, intent, "failed", detail, self.clock())
                return Delivery(guild, "failed", channel, detail)
            except Exception as error:
                detail = f"unexpected error: {error}"
                log.warning("Digest for guild %s: %s", guild, detail, exc_info=True)
                if wait is None:  # left pending: finished by the next check, within the window
                    await self._in_session(record_failure, guild, detail, self.clock())
                    return Delivery(guild, "failed", channel, detail)
                await asyncio.sleep(wait)
        await self._record(intent, message_id)
        log.info("Digest for guild %s posted to channel %s", guild, channel)
        return Delivery(guild, "nothing-new" if digest.empty else "posted", channel)

    async def _record(self, intent: Intent, message_id: int) -> None:
        """Store the posted message and the channel's new mark; kept in memory while the
        database does not answer, so the next check stores it instead of posting again."""
        self._unrecorded[intent.id] = message_id
        for wait in (*RECORD_RETRIES, None):
            try:
                await self._in_session(finish_posted, intent, message_id, self.clock())
                del self._unrecorded[intent.id]
                return
            except Exception:
                log.warning("Could not record digest message %s yet", message_id, exc_info=True)
                if wait is None:
                    return
                await asyncio.sleep(wait)

    async def finish_pending(self) -> int:
        """Finish every delivery an earlier run left pending (at start, then periodically)."""
        intents = await self._in_session(pending, None, self.platform)
        for channel in dict.fromkeys(i.channel_id for i in intents):
            async with self._locks[channel]:
                await self._finish_channel(channel)
        return len(intents)

    async def _finish_channel(self, channel_id: int) -> None:
        for intent in await self._in_session(pending, channel_id):
            await self._resume(intent)

    async def _resume(self, intent: Intent) -> None:
        """Post a pending intent again with its nonce, or end it when that could double it."""
        now = self.clock()
        known = self._unrecorded.get(intent.id)
        if known is not None:  # posted by this process: only the record is missing
            await self._record(intent, known)
            return
        settings = await self.settings(intent.guild_id)
        when = intent.due.isoformat(timespec="minutes")
        reason = None
        if settings is None or not settings.enabled or settings.channel_id != intent.channel_id:
            reason = f"The digest due {when} was not posted: the digest was changed meanwhile."
        elif intent.attempted_at is None and now - intent.due > self.grace:
            reason = (
                f"The digest due {when} was not posted: the bot came back more than "
                f"{self.grace} late. Its news comes in the next digest."
            )
        elif intent.attempted_at is not None and (
            now - intent.attempted_at > NONCE_WINDOW or not self.poster.dedupes
        ):
            reason = (
                f"The bot stopped while posting the digest due {when} and came back too late "
                "to post it again safely: it may be missing. Its news comes in the next digest."
            )
        if reason is not None or settings is None:
            log.warning("Digest delivery %s given up: %s", intent.id, reason)
            await self._in_session(finish_unposted, intent, "abandoned", reason or "", now)
            return
        log.info("Digest delivery %s left pending by an earlier run: posting it", intent.id)
        digest = await self._in_session(_compose_again, intent, settings.story_id)
        await self._send(intent, digest, settings)
