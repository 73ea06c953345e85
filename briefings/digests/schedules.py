"""Digest schedules: `daily 08:00`, `weekdays 18:30` or a 5-field cron, in an IANA time zone."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import zoneinfo
from dataclasses import dataclass
from functools import cache

from apscheduler.triggers.cron import CronTrigger

DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")  # cron numbering: 0 (and 7) is Sunday
DAY_WORDS = {
    "daily": "*",
    "everyday": "*",
    "weekdays": "mon-fri",
    "weekends": "sat,sun",
    **{name: name for name in DAYS},
    **{
        full: full[:3]
        for full in ("sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday")
    },
}
SIMPLE = re.compile(r"^(?P<days>[a-z]+)\s+(?P<hour>\d{1,2}):(?P<minute>\d{2})$")
MIN_GAP = dt.timedelta(hours=1)  # a digest more often than hourly would flood the channel
GAP_SAMPLES = 60
EXAMPLES = "`daily 08:00`, `weekdays 18:30`, `monday 09:00` or a cron expression like `0 8 * * 1-5`"


class ScheduleError(ValueError):
    """A schedule or time zone the user gave that cannot be used; the message says why."""


@dataclass(frozen=True)
class Schedule:
    """A parsed schedule: when digests fire, in the wall-clock time of `timezone`."""

    text: str  # the schedule as normalised from what the user typed
    timezone: str
    minute: str
    hour: str
    day: str
    month: str
    day_of_week: str  # APScheduler day names (mon..sun), never numbers

    def trigger(self) -> CronTrigger:
        """The APScheduler trigger in the zone itself: a DST change keeps the wall-clock time."""
        return CronTrigger(
            minute=self.minute,
            hour=self.hour,
            day=self.day,
            month=self.month,
            day_of_week=self.day_of_week,
            timezone=zone(self.timezone),
        )

    def next_fire(self, after: dt.datetime) -> dt.datetime | None:
        """The first time strictly after `after` when the digest is due."""
        return self.trigger().get_next_fire_time(None, after + dt.timedelta(microseconds=1))


@cache
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The IANA time zone `name`, or a ScheduleError naming the closest real ones."""
    cleaned = name.strip()
    if cleaned in _zone_names():
        return zoneinfo.ZoneInfo(cleaned)
    by_lower = {z.lower(): z for z in _zone_names()}
    if cleaned.lower() in by_lower:
        return zoneinfo.ZoneInfo(by_lower[cleaned.lower()])
    close = difflib.get_close_matches(cleaned.lower(), list(by_lower), n=3, cutoff=0.6)
    hint = f" Did you mean {', '.join(by_lower[c] for c in close)}?" if close else ""
    raise ScheduleError(
        f"Unknown time zone {cleaned!r}: use an IANA name such as Europe/Paris or "
        f"America/New_York.{hint}"
    )


def canonical_zone(name: str) -> str:
    """The IANA spelling of `name` (case corrected), or a ScheduleError."""
    return zone(name).key


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def complete_zones(prefix: str, limit: int = 25) -> list[str]:
    """Time zone names containing `prefix`, those starting with it first, for autocomplete."""
    needle = prefix.strip().lower().replace(" ", "_")
    names = sorted(_zone_names())
    starts = [n for n in names if n.lower().startswith(needle)]
    contains = [n for n in names if needle in n.lower() and n not in starts]
    return (starts + contains)[:limit]


def parse_schedule(text: str, timezone: str) -> Schedule:
    """Parse `text` in `timezone`; a ScheduleError says what is wrong and what is accepted."""
    tz = canonical_zone(timezone)
    cleaned = " ".join(text.strip().lower().split())
    if not cleaned:
        raise ScheduleError(f"The schedule is empty. Use {EXAMPLES}.")
    simple = SIMPLE.match(cleaned)
    if simple:
        schedule = _simple(simple, tz)
    elif len(cleaned.split()) == 5:
        schedule = _cron(cleaned, tz)
    else:
        raise ScheduleError(f"Cannot read the schedule {text.strip()!r}. Use {EXAMPLES}.")
    _check_gap(schedule)
    return schedule


def _simple(match: re.Match[str], tz: str) -> Schedule:
    word, hour, minute = match["days"], int(match["hour"]), int(match["minute"])
    if word not in DAY_WORDS:
        raise ScheduleError(
            f"Unknown day word {word!r}: use daily, weekdays, weekends or a day name like monday."
        )
    if hour > 23 or minute > 59:
        raise ScheduleError(
            f"{match['hour']}:{match['minute']} is not a time of day (00:00–23:59)."
        )
    text = f"{word} {hour:02d}:{minute:02d}"
    return Schedule(text, tz, str(minute), str(hour), "*", "*", DAY_WORDS[word])


def _cron(text: str, tz: str) -> Schedule:
    minute, hour, day, month, dow = text.split()
    if day not in ("*", "?") and dow not in ("*", "?"):
        raise ScheduleError(
            "Give either a day of the month or a day of the week in a cron expression, not both "
            f"(in {text!r})."
        )
    schedule = Schedule(text, tz, minute, hour, day.replace("?", "*"), month, _cron_days(dow))
    try:
        schedule.trigger()
    except ValueError as error:
        raise ScheduleError(f"{text!r} is not a valid cron expression: {error}.") from None
    return schedule


def _cron_days(field: str) -> str:
    """Standard cron day-of-week (0 or 7 = Sunday, names allowed) as APScheduler day names."""
    if field in ("*", "?"):
        return "*"
    days: set[int] = set()
    for part in field.split(","):
        base, _, step_text = part.partition("/")
        step = _number(step_text, "step", 1, 7) if step_text else 1
        if base == "*":
            first, last = 0, 6
        elif "-" in base:
            start, _, end = base.partition("-")
            first, last = _day(start), _day(end)
            if last == 0 and end.strip() == "7":
                last = 7
            if first > last:
                raise ScheduleError(
                    f"The day range {base!r} runs backwards; write it as two parts."
                )
        else:
            first = last = _day(base)
        days.update(d % 7 for d in range(first, last + 1, step))
    return ",".join(DAYS[d] for d in sorted(days))


def _day(token: str) -> int:
    token = token.strip().lower()
    if token[:3] in DAYS and token.isalpha():
        return DAYS.index(token[:3])
    return _number(token, "day of the week", 0, 7) % 7 if token != "7" else 0


def _number(token: str, what: str, low: int, high: int) -> int:
    if not token.isdigit() or not low <= int(token) <= high:
        raise ScheduleError(
            f"{token!r} is not a valid {what} ({low}–{high}) in the cron expression."
        )
    return int(token)


def _check_gap(schedule: Schedule) -> None:
    """Refuse schedules that fire never or more often than hourly: a digest must not flood."""
    trigger = schedule.trigger()
    when = trigger.get_next_fire_time(None, dt.datetime(2024, 1, 1, tzinfo=zone(schedule.timezone)))
    if when is None:
        raise ScheduleError(f"The schedule {schedule.text!r} never fires.")
    for _ in range(GAP_SAMPLES):
        following = trigger.get_next_fire_time(when, when)
        if following is None:
            return
        if following - when < MIN_GAP:
            raise ScheduleError(
                f"The schedule {schedule.text!r} fires more often than once an hour; "
                "a digest channel would be flooded."
            )
        when = following
