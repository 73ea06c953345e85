"""The Discord bot's digest scheduler: the shared `briefings.digests.jobs` over Discord's guilds."""

from briefings.digests.jobs import INGEST_JOB_ID, PENDING_INTERVAL, PENDING_JOB_ID, DigestJobs

DigestScheduler = DigestJobs

__all__ = ["INGEST_JOB_ID", "PENDING_INTERVAL", "PENDING_JOB_ID", "DigestScheduler"]
