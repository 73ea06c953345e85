"""Deliveries left pending by a crash or a database that did not answer end in exactly one post.

A restart is a new DigestService on the same database; the recording poster dedupes nonces as
Discord does with enforce_nonce. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

import bot.digest.service as service_module
from bot.digest.scheduler import PENDING_INTERVAL
from bot.digest.service import NONCE_WINDOW, DigestService
from briefings.db import unit_of_work
from briefings.digests.compose import compose_digest
from briefings.digests.deliveries import Intent, mark_attempted, pending, record_intent
from briefings.digests.subscriptions import channel_mark, claim_run, get_settings

from .conftest import FakeClock, Harness, Post, RecordingPoster, add_article

UTC = dt.UTC
SLOT = dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def crash_after_claim(
    sessions: sessionmaker[Session], *, attempted: bool, nonce_posted: RecordingPoster | None
) -> Intent:
    """What a run killed after its claim leaves: the slot claimed and the intent written (then,
    if `attempted`, marked attempted; with `nonce_posted`, the message reached Discord too)."""
    with unit_of_work(sessions) as session:
        settings = get_settings(session, 1)
        assert settings is not None and claim_run(session, settings, SLOT)
        digest = compose_digest(session, channel_mark(session, 10))
        intent = record_intent(session, 1, 10, SLOT, digest.since, digest.mark, SLOT)
        if attempted:
            mark_attempted(session, intent.id, SLOT)
    if nonce_posted is not None:
        nonce_posted.posts.append(Post(10, digest, SLOT))
        nonce_posted.nonces[intent.nonce] = len(nonce_posted.posts)
    return intent


@pytest.fixture
async def configured(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> DigestService:
    clock.set(SLOT - dt.timedelta(hours=1))
    add_article(sessions, "a.txt", clock())
    service = DigestService(sessions, poster, clock=clock)
    await service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    return service


@pytest.mark.parametrize(
    ("attempted", "reached_discord"), [(False, False), (True, False), (True, True)]
)
async def test_restart_finishes_a_pending_digest_with_one_post(
    configured: DigestService,
    sessions: sessionmaker[Session],
    poster: RecordingPoster,
    clock: FakeClock,
    attempted: bool,
    reached_discord: bool,
) -> None:
    crash_after_claim(
        sessions, attempted=attempted, nonce_posted=poster if reached_discord else None
    )
    clock.set(SLOT + dt.timedelta(seconds=40))
    restarted = DigestService(sessions, poster, clock=clock)
    assert await restarted.finish_pending() == 1
    assert len(poster.posts) == 1
    assert [s.path for s in poster.posts[0].digest.sources] == ["a.txt"]
    assert (await restarted.settings(1)).last_posted_at is not None  # type: ignore[union-attr]
    with unit_of_work(sessions) as session:
        assert pending(session) == []
    # and the scheduled job of the same slot, run again, finds it taken
    assert (await restarted.deliver(1, scheduled=True)).outcome == "not-due"
    assert len(poster.posts) == 1


async def test_pending_digest_past_the_nonce_window_is_not_posted_twice(
    configured: DigestService,
    sessions: sessionmaker[Session],
    poster: RecordingPoster,
    clock: FakeClock,
) -> None:
    crash_after_claim(sessions, attempted=True, nonce_posted=poster)
    poster.nonces.clear()  # Discord has forgotten the nonce
    clock.set(SLOT + NONCE_WINDOW + dt.timedelta(minutes=1))
    restarted = DigestService(sessions, poster, clock=clock)
    await restarted.finish_pending()
    assert len(poster.posts) == 1
    status = await restarted.settings(1)
    assert status is not None and status.last_error is not None
    assert "may be missing" in status.last_error


async def test_pending_digest_never_attempted_more_than_the_grace_late_is_dropped(
    configured: DigestService,
    sessions: sessionmaker[Session],
    poster: RecordingPoster,
    clock: FakeClock,
) -> None:
    crash_after_claim(sessions, attempted=False, nonce_posted=None)
    clock.set(SLOT + dt.timedelta(hours=2))
    restarted = DigestService(sessions, poster, clock=clock)
    await restarted.finish_pending()
    assert poster.posts == []
    clock.set(SLOT + dt.timedelta(days=1))  # its news comes in the next digest
    await restarted.deliver(1, scheduled=True)
    assert [[s.path for s in p.digest.sources] for p in poster.posts] == [["a.txt"]]


async def test_digest_now_posted_but_not_recorded_is_not_repeated_by_the_next_digest(
    configured: DigestService,
    sessions: sessionmaker[Session],
    poster: RecordingPoster,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.set(SLOT - dt.timedelta(minutes=30))
    real = service_module.finish_posted
    database_down = True

    def finish_posted(session: Session, *args: object) -> bool:
        if database_down:
            raise OperationalError("UPDATE digest_deliveries", {}, Exception("database is locked"))
        return real(session, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "finish_posted", finish_posted)
    monkeypatch.setattr(service_module, "RECORD_RETRIES", (0.01,))
    delivery = await configured.deliver(1, scheduled=False)
    assert delivery.outcome == "posted" and len(poster.posts) == 1

    database_down = False
    clock.set(SLOT)  # the scheduled digest, long after Discord forgot the nonce
    poster.nonces.clear()
    await configured.deliver(1, scheduled=True)
    assert [[s.path for s in p.digest.sources] for p in poster.posts] == [["a.txt"], []]


async def test_slot_whose_run_failed_on_the_database_is_posted_by_the_next_check(
    sessions: sessionmaker[Session],
    poster: RecordingPoster,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock.set(SLOT - dt.timedelta(hours=1))
    add_article(sessions, "a.txt", clock())
    harness = Harness(sessions, poster, clock)
    await harness.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await harness.start()
    real, failures = service_module._decide, [1]

    def decide(session: Session, *args: object) -> object:
        if failures:
            failures.pop()
            raise OperationalError("UPDATE digest_subscriptions", {}, Exception("locked"))
        return real(session, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(service_module, "_decide", decide)
    await harness.at(SLOT)  # the job fails; the check (which may run beside it) posts once
    assert not failures
    await harness.at(SLOT + PENDING_INTERVAL)
    await harness.at(SLOT + 2 * PENDING_INTERVAL)
    await harness.stop()
    assert [[s.path for s in p.digest.sources] for p in poster.posts] == [["a.txt"]]
