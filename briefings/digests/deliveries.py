"""Digest deliveries as intents: recorded before the post, finished when Discord has the message.

A delivery is written (with the nonce Discord will dedupe on) in the transaction that claims its
slot, marked attempted just before the post, and marked posted with the message id after it. A
restart finds the ones left pending and finishes each exactly once (see `briefings.digests.service`).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import BigInteger, Index, Integer, String, Text, func, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Mapped, Session, mapped_column

from briefings.digests.subscriptions import UTCDateTime, record_failure, record_posted
from briefings.models import Base

State = Literal["pending", "posted", "failed", "abandoned"]
NONCE_CHARS = 25  # Discord's longest message nonce


class DigestDelivery(Base):
    """One digest decided for a channel: what it covers, its nonce, and how it ended."""

    __tablename__ = "digest_deliveries"
    __table_args__ = (Index("ix_digest_deliveries_state_channel", "state", "channel_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    guild_id: Mapped[int] = mapped_column(BigInteger)
    channel_id: Mapped[int] = mapped_column(BigInteger)
    nonce: Mapped[str] = mapped_column(String(NONCE_CHARS), unique=True)
    slot: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # None: `/digest now`
    since: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # the channel's mark before
    until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)  # the mark once posted
    state: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    attempted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    detail: Mapped[str | None] = mapped_column(Text)


@dataclass(frozen=True)
class Intent:
    """A plain snapshot of a delivery, safe to pass around outside a session."""

    id: int
    guild_id: int
    channel_id: int
    nonce: str
    slot: dt.datetime | None
    since: dt.datetime | None
    until: dt.datetime | None
    state: str
    created_at: dt.datetime
    attempted_at: dt.datetime | None

    @property
    def due(self) -> dt.datetime:
        """When it was meant to be posted: its slot, or when `/digest now` asked."""
        return self.slot or self.created_at


def _snapshot(row: DigestDelivery) -> Intent:
    return Intent(
        row.id,
        row.guild_id,
        row.channel_id,
        row.nonce,
        row.slot,
        row.since,
        row.until,
        row.state,
        row.created_at,
        row.attempted_at,
    )


def new_nonce() -> str:
    """A fresh message nonce: 20 random digits (Discord takes up to 25 characters)."""
    return str(secrets.randbelow(10**20)).zfill(20)


def record_intent(
    session: Session,
    guild_id: int,
    channel_id: int,
    slot: dt.datetime | None,
    since: dt.datetime | None,
    until: dt.datetime | None,
    now: dt.datetime,
) -> Intent:
    """Write down the digest about to be posted; call in the transaction that claims its slot."""
    row = DigestDelivery(
        guild_id=guild_id,
        channel_id=channel_id,
        nonce=new_nonce(),
        slot=slot,
        since=since,
        until=until,
        state="pending",
        created_at=now,
    )
    session.add(row)
    session.flush()
    return _snapshot(row)


def pending(
    session: Session,
    channel_id: int | None = None,
    platform: Literal["discord", "slack"] = "discord",
) -> list[Intent]:
    """Deliveries decided but not known to be finished, oldest first: one channel's, or all of
    one platform's (Slack's workspace keys are negative, as in `enabled_settings`)."""
    query = select(DigestDelivery).where(DigestDelivery.state == "pending")
    if channel_id is not None:
        query = query.where(DigestDelivery.channel_id == channel_id)
    else:
        slack = platform == "slack"
        query = query.where(DigestDelivery.guild_id < 0 if slack else DigestDelivery.guild_id >= 0)
    return [_snapshot(r) for r in session.scalars(query.order_by(DigestDelivery.id))]


def mark_attempted(session: Session, intent_id: int, now: dt.datetime) -> bool:
    """Note that the post is about to be sent (the first time only: Discord's nonce window runs
    from the first post); False when the delivery is no longer pending."""
    result = session.execute(
        sql_update(DigestDelivery)
        .where(DigestDelivery.id == intent_id, DigestDelivery.state == "pending")
        .values(attempted_at=func.coalesce(DigestDelivery.attempted_at, now))
        .execution_options(synchronize_session=False)
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def finish_posted(session: Session, intent: Intent, message_id: int, now: dt.datetime) -> bool:
    """Record the message and move the channel's mark, once; False if already finished."""
    result = session.execute(
        sql_update(DigestDelivery)
        .where(DigestDelivery.id == intent.id, DigestDelivery.state == "pending")
        .values(state="posted", message_id=message_id)
        .execution_options(synchronize_session=False)
    )
    if getattr(result, "rowcount", 0) != 1:
        return False
    record_posted(session, intent.guild_id, intent.channel_id, intent.until, now)
    return True


def finish_unposted(
    session: Session, intent: Intent, state: State, detail: str, now: dt.datetime
) -> None:
    """End a delivery that put nothing in the channel (refused, or given up), for `/digest status`;
    the channel's mark stays, so its news comes in the next digest."""
    session.execute(
        sql_update(DigestDelivery)
        .where(DigestDelivery.id == intent.id, DigestDelivery.state == "pending")
        .values(state=state, detail=detail[:1000])
        .execution_options(synchronize_session=False)
    )
    record_failure(session, intent.guild_id, detail, now)


def message_of(session: Session, intent_id: int) -> int | None:
    row = session.get(DigestDelivery, intent_id)
    return None if row is None else row.message_id
