"""A real APScheduler on the bot's database, driven by a controlled clock, posting to a recorder."""

from __future__ import annotations

import asyncio
import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.digest.service import DigestService
from briefings.digests.schedules import ScheduleError

from .conftest import FakeClock, Harness, RecordingPoster, add_article

UTC = dt.UTC
PARIS = ZoneInfo("Europe/Paris")


def local(zone: ZoneInfo, *args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=zone)


@pytest.mark.parametrize(
    ("day_before", "dst_day", "utc_hours"),
    [
        (dt.date(2024, 3, 30), dt.date(2024, 3, 31), (7, 6)),  # clocks go forward
        (dt.date(2024, 10, 26), dt.date(2024, 10, 27), (6, 7)),  # clocks go back
    ],
)
async def test_digest_posts_at_local_time_across_dst(
    harness: Harness,
    clock: FakeClock,
    poster: RecordingPoster,
    sessions: sessionmaker[Session],
    day_before: dt.date,
    dst_day: dt.date,
    utc_hours: tuple[int, int],
) -> None:
    clock.set(local(PARIS, day_before.year, day_before.month, day_before.day - 1, 12))
    add_article(sessions, "a.txt", clock())
    await harness.service.configure(1, 10, "daily 08:00", "Europe/Paris", silent=False)
    await harness.service.configure(2, 20, "daily 09:00", "Europe/Paris", silent=False)
    await harness.start()

    before, dst = day_before.timetuple()[:3], dst_day.timetuple()[:3]
    await harness.at(local(PARIS, *before, 7, 59))
    assert poster.posts == []
    await harness.at(local(PARIS, *before, 8, 0))
    await harness.at(local(PARIS, *before, 9, 0))
    add_article(sessions, "b.txt", clock() + dt.timedelta(hours=1))
    await harness.at(local(PARIS, *dst, 7, 59))
    await harness.at(local(PARIS, *dst, 8, 0))
    await harness.at(local(PARIS, *dst, 9, 0))

    mine = [p for p in poster.posts if p.channel_id == 10]
    assert [p.at.astimezone(PARIS).hour for p in mine] == [8, 8]
    assert [p.at.hour for p in mine] == list(utc_hours)
    assert [[s.path for s in p.digest.sources] for p in mine] == [["a.txt"], ["b.txt"]]
    other = [p for p in poster.posts if p.channel_id == 20]
    assert [p.at.astimezone(PARIS).hour for p in other] == [9, 9]


async def test_restart_between_runs_posts_no_duplicate_and_no_gap(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    add_article(sessions, "a.txt", clock())
    first = Harness(sessions, poster, clock)
    await first.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await first.start()
    await first.at(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
    assert len(poster.posts) == 1
    await first.stop()

    clock.set(dt.datetime(2024, 5, 1, 8, 5, tzinfo=UTC))  # back five minutes after the post
    add_article(sessions, "b.txt", clock())
    second = Harness(sessions, poster, clock)
    await second.start()
    assert len(poster.posts) == 1, "the 08:00 digest was posted again after the restart"
    assert second.scheduler.next_run(1) == dt.datetime(2024, 5, 2, 8, 0, tzinfo=UTC)

    await second.at(dt.datetime(2024, 5, 2, 8, 0, tzinfo=UTC))
    await second.stop()
    assert [[s.path for s in p.digest.sources] for p in poster.posts] == [["a.txt"], ["b.txt"]]


async def test_run_missed_during_downtime_posts_once(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    add_article(sessions, "a.txt", clock())
    first = Harness(sessions, poster, clock)
    await first.service.configure(1, 10, "0 8,14 * * *", "UTC", silent=False)
    await first.start()
    await first.stop()

    # Down from 07:00 to 14:20: the 08:00 run is past the grace time, the 14:00 run within it.
    clock.set(dt.datetime(2024, 5, 1, 14, 20, tzinfo=UTC))
    second = Harness(sessions, poster, clock)
    await second.start()
    await second.at(dt.datetime(2024, 5, 1, 14, 21, tzinfo=UTC))
    await second.stop()
    assert len(poster.posts) == 1
    assert [s.path for s in poster.posts[0].digest.sources] == ["a.txt"]


async def test_long_downtime_posts_nothing_old_then_catches_up_in_one_digest(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    first = Harness(sessions, poster, clock)
    await first.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await first.start()
    await first.stop()
    add_article(sessions, "a.txt", dt.datetime(2024, 5, 2, 9, 0, tzinfo=UTC))
    add_article(sessions, "b.txt", dt.datetime(2024, 5, 3, 9, 0, tzinfo=UTC))

    clock.set(dt.datetime(2024, 5, 5, 12, 0, tzinfo=UTC))  # four days down: no flood of old runs
    second = Harness(sessions, poster, clock)
    await second.start()
    assert poster.posts == []
    await second.at(dt.datetime(2024, 5, 6, 8, 0, tzinfo=UTC))
    await second.stop()
    assert [[s.path for s in p.digest.sources] for p in poster.posts] == [["a.txt", "b.txt"]]


async def test_forbidden_channel_is_reported_and_other_guilds_go_on(
    harness: Harness, poster: RecordingPoster, clock: FakeClock, sessions: sessionmaker[Session]
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    add_article(sessions, "a.txt", clock())
    poster.forbidden.add(10)
    await harness.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await harness.service.configure(2, 20, "daily 08:00", "UTC", silent=False)
    await harness.start()
    await harness.at(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))

    assert [p.channel_id for p in poster.posts] == [20]
    failed = await harness.service.settings(1)
    assert failed is not None and failed.last_error is not None and "403" in failed.last_error
    assert failed.last_posted_at is None
    assert harness.scheduler.next_run(1) == dt.datetime(2024, 5, 2, 8, 0, tzinfo=UTC)

    poster.forbidden.clear()  # permission given back: the next run posts and clears the problem
    await harness.at(dt.datetime(2024, 5, 2, 8, 0, tzinfo=UTC))
    fixed = await harness.service.settings(1)
    assert fixed is not None and fixed.last_error is None
    assert [p.channel_id for p in poster.posts].count(10) == 1


async def test_two_runs_racing_for_one_channel_post_once(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    add_article(sessions, "a.txt", clock())
    one = DigestService(sessions, poster, clock=clock)
    other = DigestService(sessions, poster, clock=clock)  # a second process on the same database
    await one.configure(1, 10, "daily 08:00", "UTC", silent=False)
    clock.set(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))

    results = await asyncio.gather(
        one.deliver(1, scheduled=True),
        one.deliver(1, scheduled=True),
        other.deliver(1, scheduled=True),
    )
    assert sorted(r.outcome for r in results) == ["not-due", "not-due", "posted"]
    assert len(poster.posts) == 1


async def test_digest_now_and_scheduled_run_never_post_the_same_news_twice(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
    add_article(sessions, "a.txt", dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    service = DigestService(sessions, poster, clock=clock)
    await service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    clock.set(dt.datetime(2024, 5, 2, 8, 0, tzinfo=UTC))
    await asyncio.gather(service.deliver(1, scheduled=False), service.deliver(1, scheduled=True))
    assert sorted(len(p.digest.sources) for p in poster.posts) == [0, 1]


async def test_silent_guild_posts_nothing_when_nothing_is_new(
    harness: Harness, poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    await harness.service.configure(1, 10, "daily 08:00", "UTC", silent=True)
    await harness.service.configure(2, 20, "daily 08:00", "UTC", silent=False)
    await harness.start()
    await harness.at(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
    assert [(p.channel_id, p.digest.empty) for p in poster.posts] == [(20, True)]


@pytest.mark.parametrize(
    ("schedule", "zone", "message"),
    [
        ("daily 25:00", "UTC", "not a time of day"),
        ("every morning", "UTC", "Cannot read the schedule"),
        ("61 8 * * *", "UTC", "not a valid cron expression"),
        ("* * * * *", "UTC", "more often than once an hour"),
        ("daily 08:00", "Europe/Pariss", "Did you mean Europe/Paris"),
        ("daily 08:00", "Mars/Olympus", "Unknown time zone"),
    ],
)
async def test_bad_schedule_or_zone_is_refused_and_changes_nothing(
    harness: Harness, clock: FakeClock, schedule: str, zone: str, message: str
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    await harness.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await harness.start()
    before = await harness.service.settings(1)

    with pytest.raises(ScheduleError, match=message):
        await harness.service.configure(1, 99, schedule, zone, silent=True)

    assert await harness.service.settings(1) == before
    assert harness.scheduler.next_run(1) == dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


async def test_periodic_ingest_runs_off_loop_and_feeds_the_next_digest(
    sessions: sessionmaker[Session], poster: RecordingPoster, clock: FakeClock
) -> None:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    loop_thread: list[bool] = []

    def ingest() -> int:
        import threading

        loop_thread.append(threading.current_thread() is threading.main_thread())
        add_article(sessions, f"new-{len(loop_thread)}.txt", clock())
        return 1

    harness = Harness(sessions, poster, clock)
    harness.scheduler.ingest = ingest
    # Every 7 minutes from 07:00, so no ingest falls due at 08:00 with the digest: two jobs due
    # at one instant run side by side, and which of them reads first is the machine's choice.
    harness.scheduler.ingest_interval = dt.timedelta(minutes=7)
    await harness.service.configure(1, 10, "daily 08:00", "UTC", silent=False)
    await harness.start()
    await harness.at(dt.datetime(2024, 5, 1, 7, 10, tzinfo=UTC))
    await harness.at(dt.datetime(2024, 5, 1, 7, 59, tzinfo=UTC))
    await harness.at(dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC))
    await harness.stop()
    assert len(loop_thread) == 3 and not any(loop_thread)
    assert [s.path for s in poster.posts[0].digest.sources] == [
        f"new-{n}.txt" for n in range(1, len(loop_thread) + 1)
    ]
