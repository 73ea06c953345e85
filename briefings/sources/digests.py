"""A story's own scheduled digest, delivered as the server's digest is.

It is kept in `digest_subscriptions` under the story's key, so it is armed, claimed once per slot
and posted with a nonce exactly as the server's digest is (`briefings.digests.service`), into the
story's channel, thread or forum channel."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from briefings.digests.schedules import Schedule, parse_schedule
from briefings.digests.subscriptions import (
    DigestSettings,
    DigestSubscription,
    get_settings,
    save_settings,
    story_key,
)
from briefings.models import StoryRow

# A story given a channel and no schedule gets this one; `/story edit schedule:` changes it.
DEFAULT_SCHEDULE = "daily 08:00"
DEFAULT_TIMEZONE = "UTC"
# What a story's digest does when nothing is new: post nothing, as the per-story digests always did.
DEFAULT_SILENT = True


def story_digest(session: Session, story_id: int) -> DigestSettings | None:
    return get_settings(session, story_key(story_id))


def sync_story_digest(
    session: Session,
    story: StoryRow,
    now: dt.datetime,
    *,
    schedule: Schedule | None = None,
    silent: bool | None = None,
) -> DigestSettings | None:
    """Make the story's digest follow its settings: posted into its thread, else its channel (a
    forum channel gets one new post per digest), on `schedule` (else the one it had, else
    DEFAULT_SCHEDULE). Without a channel the digest is off. Unchanged settings are left as they
    are, so a slot already claimed is never claimed again."""
    key = story_key(story.id)
    current = get_settings(session, key)
    target = story.thread_id or story.channel_id
    if target is None:
        row = session.get(DigestSubscription, key)
        if row is not None and row.enabled:
            row.enabled, row.version, row.updated_at = False, row.version + 1, now
        return None if current is None else get_settings(session, key)
    if schedule is None:
        schedule = (
            current.schedule
            if current is not None
            else parse_schedule(DEFAULT_SCHEDULE, DEFAULT_TIMEZONE)
        )
    if silent is None:
        silent = current.silent_when_empty if current is not None else DEFAULT_SILENT
    if (
        current is not None
        and current.enabled
        and current.channel_id == target
        and current.schedule.text == schedule.text
        and current.schedule.timezone == schedule.timezone
        and current.silent_when_empty == silent
    ):
        return current
    return save_settings(session, key, target, schedule, silent, now, story_id=story.id)


def drop_story_digest(session: Session, story_id: int) -> None:
    """The story is gone: so is its digest (its deliveries stay, for the record)."""
    session.execute(delete(DigestSubscription).where(DigestSubscription.story_id == story_id))


def story_digests(session: Session) -> dict[str, DigestSettings]:
    """Every story's digest, by story name."""
    rows = session.scalars(
        select(DigestSubscription.guild_id).where(DigestSubscription.story_id.is_not(None))
    )
    found = [get_settings(session, key) for key in rows]
    return {s.story.name: s for s in found if s is not None and s.story is not None}


def chosen_story_digest(
    session: Session, name: str | None, channel_id: int | None
) -> tuple[str, DigestSettings | None] | None:
    """The story `name` (a StoryError when there is none), else the one bound to the channel (or
    thread), with its digest settings; None when no story was named or bound."""
    from briefings.sources.stories import need_story  # it imports this module

    if name:
        row: StoryRow | None = need_story(session, name)
    elif channel_id is None:
        return None
    else:
        row = session.scalar(
            select(StoryRow)
            .where((StoryRow.channel_id == channel_id) | (StoryRow.thread_id == channel_id))
            .order_by(StoryRow.id)
            .limit(1)
        )
    if row is None:
        return None
    return row.name, story_digest(session, row.id)
