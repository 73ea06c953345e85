"""Digest jobs on APScheduler for either adapter.

They are armed in memory from the stored settings at start, with a periodic check of deliveries
left pending and (when given) the periodic ingest.

The schedules live in `digest_subscriptions` (written off the event loop by the service); the jobs
are kept in APScheduler's memory store, so arming one never touches the database on the loop, and
are armed again from the table at every start. Which platform's digests a scheduler runs is its
service's `platform`."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable

from apscheduler.jobstores.base import JobLookupError
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from briefings.digests.service import DigestService
from briefings.digests.subscriptions import DigestSettings, job_id

log = logging.getLogger(__name__)

INGEST_JOB_ID = "ingest"
PENDING_JOB_ID = "digest-pending"
# How often deliveries left pending (a crash, a database that did not answer) and slots left
# unclaimed are looked for; well inside NONCE_WINDOW, so a retry still finds Discord's record of
# the nonce.
PENDING_INTERVAL = dt.timedelta(seconds=30)


class DigestJobs:
    """One AsyncIOScheduler with its jobs in memory, armed from the digest settings at start."""

    def __init__(
        self,
        service: DigestService,
        *,
        ingest: Callable[[], object] | None = None,
        ingest_interval: dt.timedelta = dt.timedelta(minutes=10),
    ) -> None:
        self.service = service
        self.ingest = ingest  # blocking; run in a thread (it may wait on a child process)
        self.ingest_interval = ingest_interval
        self.scheduler = AsyncIOScheduler(
            jobstores={"default": MemoryJobStore()},
            job_defaults={
                "coalesce": True,  # runs missed while down collapse into one
                "max_instances": 1,
                "misfire_grace_time": int(service.grace.total_seconds()),
            },
            timezone=dt.UTC,
        )

    async def start(self) -> None:
        """Start inside the running loop, re-arm every stored digest, then begin running jobs."""
        self.scheduler.start(paused=True)
        await self.rearm()
        self.scheduler.resume()

    async def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
            await asyncio.sleep(0)  # AsyncIOScheduler shuts down on the loop's next turn

    async def rearm(self) -> None:
        """Match the jobs to the stored settings; a fire time missed while down runs once."""
        wanted = await self.service.all_enabled()
        stored = {job.id: job for job in self.scheduler.get_jobs() if job.id.startswith("digest:")}
        now = self.service.clock()
        for settings in wanted:
            job = stored.pop(settings.job_id, None)
            if job is None or repr(job.trigger) != repr(settings.schedule.trigger()):
                self.arm(settings)
            missed = self.service.missed_slot(settings, now)
            if missed is not None:
                log.info("Digest %s missed at %s: posting it now", settings.job_id, missed)
                self.scheduler.modify_job(settings.job_id, next_run_time=now)
        for stale in stored:
            self.scheduler.remove_job(stale)
        self.scheduler.add_job(
            self.catch_up,
            IntervalTrigger(seconds=PENDING_INTERVAL.total_seconds(), start_date=now),
            id=PENDING_JOB_ID,
            name="finish pending digests",
            next_run_time=now,  # at start, then every interval
            replace_existing=True,
        )
        if self.ingest is not None:
            self.scheduler.add_job(
                self.run_ingest,
                IntervalTrigger(seconds=self.ingest_interval.total_seconds(), start_date=now),
                id=INGEST_JOB_ID,
                name="ingest new articles",
                next_run_time=now,  # once at start, then every interval
                replace_existing=True,
            )

    async def catch_up(self) -> None:
        """At start and then periodically: finish the deliveries an earlier run left pending, and
        post a digest whose slot passed unclaimed (its run failed, say on a locked database)."""
        await self.service.finish_pending()
        now = self.service.clock()
        for settings in await self.service.all_enabled():
            if self.service.missed_slot(settings, now) is not None:
                await self.service.deliver(settings.guild_id, scheduled=True)

    async def run_ingest(self) -> None:
        """The periodic job: pick up new or changed articles, off the event loop."""
        if self.ingest is not None:
            log.info("Periodic ingest done: %s", await asyncio.to_thread(self.ingest))

    async def run_digest(self, key: int) -> None:
        """The scheduled job: deliver one guild's (or workspace's) digest if a fire time is due."""
        await self.service.deliver(key, scheduled=True)

    def arm(self, settings: DigestSettings) -> None:
        """Schedule (or reschedule) a digest from its settings."""
        self.scheduler.add_job(
            self.run_digest,
            settings.schedule.trigger(),
            args=[settings.guild_id],
            id=settings.job_id,
            name=f"digest for {settings.guild_id}",
            replace_existing=True,
        )

    def disarm(self, key: int) -> None:
        with contextlib.suppress(JobLookupError):
            self.scheduler.remove_job(job_id(key))

    def next_run(self, key: int) -> dt.datetime | None:
        job = self.scheduler.get_job(job_id(key))
        return None if job is None else job.next_run_time
