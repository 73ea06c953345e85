"""Per-guild digest settings and each channel's last-posted mark, read and written in a session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    Integer,
    String,
    Text,
    TypeDecorator,
    func,
    select,
)
from sqlalchemy import update as sql_update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, Session, mapped_column

from briefings.digests.schedules import Schedule, parse_schedule
from briefings.digests.utc import as_utc
from briefings.models import Base, StoryRow

# A story's digest is kept under its story id as its key: a Discord snowflake is at least 2**22
# (its creation time fills the bits above 22) and a Slack key is negative, so no key is shared.
STORY_KEYS = 1 << 22


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC datetime on every database, SQLite included."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else as_utc(value)


class DigestSubscription(Base):
    """One guild's digest: where, when, and how the last delivery went."""

    __tablename__ = "digest_subscriptions"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    schedule: Mapped[str] = mapped_column(String(128))
    timezone: Mapped[str] = mapped_column(String(64))
    silent_when_empty: Mapped[bool] = mapped_column(Boolean, default=False)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    # A scheduled run serves the first fire time after `due_from`; each run moves it to its own
    # time, so a run repeated by a restart or a race finds nothing due and posts nothing.
    due_from: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, default=0)  # bumped by every claim or change
    last_posted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    # Set for a story's digest (migration 0021): only that story's articles, its mark, its role.
    story_id: Mapped[int | None] = mapped_column(Integer, unique=True, index=True)


class DigestMark(Base):
    """What a channel has been shown: the newest article time its last digest covered."""

    __tablename__ = "digest_marks"

    channel_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    mark: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    posted_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class StoryTarget:
    """The story a digest is about: its name (in titles), its role to mention, if any."""

    id: int
    name: str
    role_id: int | None


@dataclass(frozen=True)
class DigestSettings:
    """A plain snapshot of one guild's digest settings, safe to pass around outside a session."""

    guild_id: int
    channel_id: int
    schedule: Schedule
    silent_when_empty: bool
    enabled: bool
    due_from: dt.datetime
    version: int
    last_posted_at: dt.datetime | None
    last_error: str | None
    last_error_at: dt.datetime | None
    story: StoryTarget | None = None  # a story's digest; None: the server's, of every article
    last_message_id: int | None = None  # a story's: the newest digest recorded in its channel

    @property
    def job_id(self) -> str:
        return job_id(self.guild_id)

    @property
    def story_id(self) -> int | None:
        return None if self.story is None else self.story.id


def job_id(guild_id: int) -> str:
    """The scheduler job id of a guild's digest."""
    return f"digest:{guild_id}"


def story_key(story_id: int) -> int:
    """The key of a story's digest in the digest tables (see STORY_KEYS)."""
    if not 0 < story_id < STORY_KEYS:
        raise ValueError(f"story id {story_id} is outside the story keys")
    return story_id


def _last_message(session: Session, channel_id: int) -> int | None:
    from briefings.digests.deliveries import DigestDelivery  # it imports this module

    return session.scalar(
        select(func.max(DigestDelivery.message_id)).where(
            DigestDelivery.channel_id == channel_id, DigestDelivery.state == "posted"
        )
    )


def _snapshot(row: DigestSubscription) -> DigestSettings:
    story, last_message_id = None, None
    if row.story_id is not None:
        session = Session.object_session(row)
        found = None if session is None else session.get(StoryRow, row.story_id)
        if session is not None and found is not None:
            story = StoryTarget(found.id, found.name, found.role_id)
            last_message_id = _last_message(session, row.channel_id)
    return DigestSettings(
        guild_id=row.guild_id,
        channel_id=row.channel_id,
        schedule=parse_schedule(row.schedule, row.timezone),
        silent_when_empty=row.silent_when_empty,
        enabled=row.enabled,
        due_from=row.due_from,
        version=row.version,
        last_posted_at=row.last_posted_at,
        last_error=row.last_error,
        last_error_at=row.last_error_at,
        story=story,
        last_message_id=last_message_id,
    )


def get_settings(session: Session, guild_id: int) -> DigestSettings | None:
    row = session.get(DigestSubscription, guild_id)
    return None if row is None else _snapshot(row)


def enabled_settings(
    session: Session, platform: Literal["discord", "slack"] = "discord"
) -> list[DigestSettings]:
    """The digests that are on, of one platform: Discord's guild ids are positive snowflakes, a
    Slack workspace is stored under a negative key (slackbot/ids.py)."""
    side = (
        DigestSubscription.guild_id < 0 if platform == "slack" else DigestSubscription.guild_id >= 0
    )
    rows = session.scalars(
        select(DigestSubscription)
        .where(DigestSubscription.enabled.is_(True), side)
        .order_by(DigestSubscription.guild_id)
    )
    return [_snapshot(row) for row in rows]


def save_settings(
    session: Session,
    guild_id: int,
    channel_id: int,
    schedule: Schedule,
    silent_when_empty: bool,
    now: dt.datetime,
    story_id: int | None = None,
) -> DigestSettings:
    """Create or replace a guild's digest (or, with `story_id`, that story's, under its story
    key); the first run is the schedule's next time after now."""
    if story_id is not None and guild_id != story_key(story_id):
        raise ValueError("a story's digest is kept under its story key")
    row = session.get(DigestSubscription, guild_id)
    if row is None:
        row = DigestSubscription(guild_id=guild_id, version=0, story_id=story_id)
        session.add(row)
    row.channel_id = channel_id
    row.schedule = schedule.text
    row.timezone = schedule.timezone
    row.silent_when_empty = silent_when_empty
    row.enabled = True
    row.due_from = now
    row.version = (row.version or 0) + 1
    row.last_error = None
    row.last_error_at = None
    row.updated_at = now
    session.flush()
    return _snapshot(row)


def disable(session: Session, guild_id: int, now: dt.datetime) -> bool:
    """Turn a guild's digest off (keeping its history); False when it was not on."""
    row = session.get(DigestSubscription, guild_id)
    if row is None or not row.enabled:
        return False
    row.enabled = False
    row.version += 1
    row.updated_at = now
    return True


def claim_run(session: Session, settings: DigestSettings, now: dt.datetime) -> bool:
    """Take the due slot for this run: True for exactly one of any runs that race for it."""
    result = session.execute(
        sql_update(DigestSubscription)
        .where(
            DigestSubscription.guild_id == settings.guild_id,
            DigestSubscription.version == settings.version,
        )
        .values(due_from=now, version=DigestSubscription.version + 1)
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def channel_mark(session: Session, channel_id: int) -> dt.datetime | None:
    row = session.get(DigestMark, channel_id)
    return None if row is None else row.mark


def digest_since(session: Session, settings: DigestSettings) -> dt.datetime | None:
    """Where the next digest starts: the channel's mark, or for a story its own mark (else the
    time the story was added), so a story and the server's digest sharing a channel never move
    each other's mark."""
    if settings.story is None:
        return channel_mark(session, settings.channel_id)
    story = session.get(StoryRow, settings.story.id)
    if story is None:
        return None
    mark = story.digest_mark or story.created_at
    return None if mark is None else as_utc(mark)


def record_posted(
    session: Session,
    guild_id: int,
    channel_id: int,
    mark: dt.datetime | None,
    now: dt.datetime,
) -> None:
    """Store that a digest reached `channel_id`, covering articles up to `mark` (a story's
    digest: the story's mark moves, not the channel's)."""
    sub = session.get(DigestSubscription, guild_id)
    if sub is not None and sub.story_id is not None:
        story = session.get(StoryRow, sub.story_id)  # None: removed meanwhile, nothing to move
        if story is not None and mark is not None:
            story.digest_mark = mark
    elif (row := session.get(DigestMark, channel_id)) is None:
        session.add(DigestMark(channel_id=channel_id, mark=mark, posted_at=now))
    else:
        row.mark = mark if mark is not None else row.mark
        row.posted_at = now
    if sub is not None:
        sub.last_posted_at = now
        sub.last_error = None
        sub.last_error_at = None


def record_failure(session: Session, guild_id: int, error: str, now: dt.datetime) -> None:
    """Store why the last delivery failed, for `/digest status`."""
    sub = session.get(DigestSubscription, guild_id)
    if sub is not None:
        sub.last_error = error[:1000]
        sub.last_error_at = now
