"""The Slack workspaces' digest jobs on APScheduler, re-armed from the stored settings at start.

The settings table is the record (what is due, what was posted: briefings.subscriptions), so the
jobs are kept in memory; a fire time missed while the adapter was down is run once at start."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.jobstores.base import JobLookupError
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.digest.service import DigestService
from briefings.db import unit_of_work
from briefings.subscriptions import DigestSettings, enabled_settings, job_id

log = logging.getLogger(__name__)


class SlackDigestScheduler:
    """Digest jobs for Slack workspaces (and, when asked, the periodic ingest)."""

    def __init__(
        self,
        service: DigestService,
        *,
        ingest: Callable[[], object] | None = None,
        ingest_interval: dt.timedelta = dt.timedelta(minutes=10),
    ) -> None:
        self.service = service
        self.ingest = ingest
        self.ingest_interval = ingest_interval
        self.scheduler = AsyncIOScheduler(
            job_defaults={
                "coalesce": True,
                "max_instances": 1,
                "misfire_grace_time": int(service.grace.total_seconds()),
            },
            timezone=dt.UTC,
        )

    async def start(self) -> None:
        self.scheduler.start(paused=True)
        now = self.service.clock()
        for settings in await asyncio.to_thread(self._enabled):
            self.arm(settings)
            missed = self.service.missed_slot(settings, now)
            if missed is not None:
                log.info("Slack digest %s missed at %s: posting it now", settings.job_id, missed)
                self.scheduler.modify_job(settings.job_id, next_run_time=dt.datetime.now(dt.UTC))
        if self.ingest is not None:
            self.scheduler.add_job(
                self._ingest,
                IntervalTrigger(seconds=self.ingest_interval.total_seconds()),
                id="ingest",
                next_run_time=dt.datetime.now(dt.UTC),
            )
        self.scheduler.resume()

    def _enabled(self) -> list[DigestSettings]:
        with unit_of_work(self.service.sessions) as session:
            return enabled_settings(session, platform="slack")

    async def _ingest(self) -> None:
        if self.ingest is not None:
            log.info("Periodic ingest done: %s", await asyncio.to_thread(self.ingest))

    async def _deliver(self, team_key: int) -> None:
        await self.service.deliver(team_key, scheduled=True)

    def arm(self, settings: DigestSettings) -> None:
        self.scheduler.add_job(
            self._deliver,
            settings.schedule.trigger(),
            args=[settings.guild_id],
            id=settings.job_id,
            replace_existing=True,
        )

    def disarm(self, team_key: int) -> None:
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(job_id(team_key))

    def next_run(self, team_key: int) -> dt.datetime | None:
        job = self.scheduler.get_job(job_id(team_key))
        return None if job is None else job.next_run_time

    async def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)
