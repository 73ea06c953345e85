"""The `/digest` command handlers and the digest embed, with a stand-in for the interaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import discord
import pytest

from bot.digest.cog import NOT_ALLOWED, DigestCog
from bot.digest.render import digest_message, pack, status_text
from briefings.answers import QuoteItem, SourceRef
from briefings.digests.compose import NOTHING_NEW, Digest, NewArticle

from .conftest import FakeClock, Harness

UTC = dt.UTC
ADMIN = discord.Permissions(manage_guild=True)
MEMBER = discord.Permissions(send_messages=True, read_messages=True)


@dataclass
class Replies:
    sent: list[str] = field(default_factory=list)

    async def send_message(self, content: str, **_: Any) -> None:
        self.sent.append(content)

    async def defer(self, **_: Any) -> None:
        return None

    async def send(self, content: str, **_: Any) -> None:
        self.sent.append(content)


@dataclass
class StubInteraction:
    """Only what the handlers read: the guild, the member's permissions and the reply channel."""

    permissions: discord.Permissions
    guild_id: int = 1
    channel_id: int | None = None  # where the command was typed (no story bound to it)
    response: Replies = field(default_factory=Replies)

    @property
    def followup(self) -> Replies:
        return self.response


@dataclass
class StubChannel:
    id: int


async def _set(cog: DigestCog, who: discord.Permissions, schedule: str, zone: str) -> list[str]:
    interaction = StubInteraction(who)
    await DigestCog.set_.callback(cog, interaction, StubChannel(10), schedule, zone)  # type: ignore[arg-type]
    return interaction.response.sent


@pytest.fixture
async def cog(harness: Harness, clock: FakeClock) -> DigestCog:
    clock.set(dt.datetime(2024, 5, 1, 7, 0, tzinfo=UTC))
    await harness.start()
    return DigestCog(harness.service, harness.scheduler)


async def test_admin_sets_a_digest_and_sees_the_next_local_time(
    cog: DigestCog, harness: Harness
) -> None:
    replies = await _set(cog, ADMIN, "weekdays 08:00", "Europe/Paris")
    assert "Thu 02 May 2024, 08:00 CEST" in replies[0]
    assert harness.scheduler.next_run(1) == dt.datetime(2024, 5, 2, 6, 0, tzinfo=UTC)


async def test_member_without_manage_server_is_refused_and_nothing_changes(
    cog: DigestCog, harness: Harness
) -> None:
    await _set(cog, ADMIN, "daily 08:00", "UTC")
    before = await harness.service.settings(1)
    for command in (DigestCog.off, DigestCog.now):
        interaction = StubInteraction(MEMBER)
        await command.callback(cog, interaction)  # type: ignore[arg-type]
        assert interaction.response.sent == [NOT_ALLOWED]
    assert await _set(cog, MEMBER, "daily 09:00", "UTC") == [NOT_ALLOWED]
    assert await harness.service.settings(1) == before
    assert harness.scheduler.next_run(1) == dt.datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


async def test_malformed_schedule_is_explained_and_changes_nothing(
    cog: DigestCog, harness: Harness
) -> None:
    await _set(cog, ADMIN, "daily 08:00", "UTC")
    replies = await _set(cog, ADMIN, "daily 8 o'clock", "Europe/Paris")
    assert replies[0].startswith("Nothing changed: Cannot read the schedule")
    replies = await _set(cog, ADMIN, "daily 09:00", "Europe/Pariss")
    assert "Did you mean Europe/Paris" in replies[0]
    settings = await harness.service.settings(1)
    assert settings is not None and settings.schedule.text == "daily 08:00"


async def test_status_shows_next_run_in_guild_time_and_the_delivery_problem(
    cog: DigestCog, harness: Harness, clock: FakeClock
) -> None:
    await _set(cog, ADMIN, "daily 08:00", "America/New_York")
    harness.poster.forbidden.add(10)
    now = StubInteraction(ADMIN)
    await DigestCog.now.callback(cog, now)  # type: ignore[arg-type]
    assert "could not be posted" in now.response.sent[0]
    status = StubInteraction(MEMBER)
    await DigestCog.status.callback(cog, status)  # type: ignore[arg-type]
    text = status.response.sent[0]
    assert "Wed 01 May 2024, 08:00 EDT" in text
    assert "Last posted: never" in text and "403" in text


def _ref(n: int) -> SourceRef:
    return SourceRef(
        n, f"a{n}.txt", f"Title {n} " + "x" * 300, "Outlet", dt.date(2023, 9, n), "day"
    )


def test_long_digest_fits_discord_limits_and_keeps_source_numbers() -> None:
    refs = [_ref(n) for n in range(1, 29)]
    quotes = [
        QuoteItem("@everyone " + "word " * 120, "Jake Sullivan", None, "full", [refs[n]])
        for n in range(28)
    ]
    digest = Digest(
        since=None,
        mark=None,
        articles=[NewArticle(r, None, []) for r in refs],
        quotes=quotes,
    )
    content, embeds = digest_message(digest)
    assert content is None and len(embeds) == 1
    embed = embeds[0]
    assert len(embed) <= 6000 and len(embed.description or "") <= 4096
    assert all(len(f.value or "") <= 1024 for f in embed.fields) and len(embed.fields) <= 25
    assert (embed.description or "").splitlines()[-1].startswith("…and ")
    assert (embed.description or "").startswith("[1] Title 1")
    assert "[1]" in (embed.fields[0].value or "")


def test_nothing_new_is_one_line() -> None:
    assert digest_message(Digest(since=None, mark=None)) == (NOTHING_NEW, [])


@pytest.mark.parametrize(
    ("lines", "limit", "expected"),
    [
        (["a", "b"], 10, "a\nb"),
        (["aaaa", "bbbb", "cccc", "dddd", "eeee"], 20, "aaaa\n…and 4 more"),
        (["aaaa", "bbbb", "cccc"], 25, "aaaa\nbbbb\ncccc"),
        (["x" * 50], 20, "xxxxxxxxx…"),
        ([], 10, ""),
    ],
)
def test_pack_keeps_whole_lines_and_counts_the_rest(
    lines: list[str], limit: int, expected: str
) -> None:
    assert pack(lines, limit) == expected


def test_status_without_digest_says_how_to_set_one() -> None:
    assert "/digest set" in status_text(None, None)
