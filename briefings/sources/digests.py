"""Per-story digests: what each story's new articles add, since the story's own mark."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from briefings.digests.compose import Digest, compose_digest
from briefings.models import StoryRow


@dataclass(frozen=True)
class StoryDigest:
    """A digest owed to one story's channel (or thread, or forum), with its role to mention."""

    story_id: int
    name: str
    channel_id: int
    role_id: int | None
    digest: Digest


def owed_digests(sessions: sessionmaker[Session]) -> list[StoryDigest]:
    """The stories with a channel and something new since their mark (first fetches excluded)."""
    with sessions() as session:
        rows = session.scalars(select(StoryRow).where(StoryRow.channel_id.is_not(None))).all()
        owed = []
        for row in rows:
            since = row.digest_mark or row.created_at
            digest = compose_digest(session, since, story_id=row.id)
            if not digest.empty:
                target = row.thread_id or row.channel_id
                assert target is not None
                owed.append(StoryDigest(row.id, row.name, target, row.role_id, digest))
        return owed


def posted(sessions: sessionmaker[Session], story_id: int, mark: dt.datetime | None) -> None:
    """The digest up to `mark` was delivered: the next one starts after it."""
    with sessions.begin() as session:
        row = session.get(StoryRow, story_id)
        if row is not None and mark is not None:
            row.digest_mark = mark
