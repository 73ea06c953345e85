"""Schedules as people type them: accepted forms, clear refusals, wall-clock time across DST."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from briefings.digests.schedules import ScheduleError, complete_zones, parse_schedule

UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "zone", "normalised", "first_fires_utc"),
    [
        # From Wednesday 2024-05-01 12:00 UTC.
        ("daily 08:00", "Europe/Paris", "daily 08:00", "2024-05-02 06:00"),
        ("Daily 8:00", "europe/paris", "daily 08:00", "2024-05-02 06:00"),
        ("weekdays 18:30", "America/New_York", "weekdays 18:30", "2024-05-01 22:30"),
        ("weekends 09:15", "Asia/Tokyo", "weekends 09:15", "2024-05-04 00:15"),
        ("monday 07:00", "UTC", "monday 07:00", "2024-05-06 07:00"),
        ("0 8 * * 1-5", "UTC", "0 8 * * 1-5", "2024-05-02 08:00"),
        ("0 8 * * 0", "UTC", "0 8 * * 0", "2024-05-05 08:00"),  # cron 0 is Sunday
        ("0 8 * * 7", "UTC", "0 8 * * 7", "2024-05-05 08:00"),  # and so is 7
        ("30 6 * * sat,sun", "UTC", "30 6 * * sat,sun", "2024-05-04 06:30"),
        ("0 9 1 * *", "Europe/London", "0 9 1 * *", "2024-06-01 08:00"),
        ("0 */6 * * *", "UTC", "0 */6 * * *", "2024-05-01 18:00"),
    ],
)
def test_accepted_schedules(text: str, zone: str, normalised: str, first_fires_utc: str) -> None:
    schedule = parse_schedule(text, zone)
    assert schedule.text == normalised
    start = dt.datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    fires = schedule.next_fire(start)
    assert fires is not None
    assert fires.astimezone(UTC).strftime("%Y-%m-%d %H:%M") == first_fires_utc


@pytest.mark.parametrize(
    ("text", "zone", "message"),
    [
        ("", "UTC", "The schedule is empty"),
        ("daily", "UTC", "Cannot read the schedule 'daily'"),
        ("daily 24:00", "UTC", "24:00 is not a time of day"),
        ("daily 08:60", "UTC", "08:60 is not a time of day"),
        ("fortnightly 08:00", "UTC", "Unknown day word 'fortnightly'"),
        ("0 8 * *", "UTC", "Cannot read the schedule"),
        ("0 25 * * *", "UTC", "not a valid cron expression"),
        ("0 8 * * 8", "UTC", "'8' is not a valid day of the week"),
        ("0 8 * * fri-mon", "UTC", "runs backwards"),
        ("0 8 1 * mon", "UTC", "not both"),
        ("*/10 * * * *", "UTC", "more often than once an hour"),
        ("0 8 30 2 *", "UTC", "never fires"),
        ("daily 08:00", "Paris", "Unknown time zone 'Paris'"),
        ("daily 08:00", "Europe/Pariss", "Did you mean Europe/Paris"),
        ("daily 08:00", "CEST+2", "use an IANA name"),
    ],
)
def test_refused_schedules_say_why(text: str, zone: str, message: str) -> None:
    with pytest.raises(ScheduleError, match=message):
        parse_schedule(text, zone)


@pytest.mark.parametrize(
    ("zone", "days", "utc_hours"),
    [
        ("Europe/Paris", ((2024, 3, 30), (2024, 3, 31)), (7, 6)),
        ("Europe/Paris", ((2024, 10, 26), (2024, 10, 27)), (6, 7)),
        ("America/New_York", ((2024, 3, 9), (2024, 3, 10)), (13, 12)),
    ],
)
def test_dst_keeps_the_wall_clock_time(
    zone: str, days: tuple[tuple[int, int, int], ...], utc_hours: tuple[int, int]
) -> None:
    schedule = parse_schedule("daily 08:00", zone)
    trigger = schedule.trigger()
    first = trigger.get_next_fire_time(None, dt.datetime(*days[0], 0, 0, tzinfo=UTC))
    second = trigger.get_next_fire_time(first, first)
    assert [f.astimezone(ZoneInfo(zone)).hour for f in (first, second)] == [8, 8]
    assert [f.astimezone(UTC).hour for f in (first, second)] == list(utc_hours)


def test_time_zone_completion_offers_real_names_first_by_prefix() -> None:
    assert complete_zones("europe/pa")[0] == "Europe/Paris"
    assert "America/New_York" in complete_zones("new_york")
    assert len(complete_zones("")) == 25
