"""Option lengths are enforced in the command definitions and again by the bot."""

from __future__ import annotations

import pytest

from bot.app import BriefBot
from tests.bot.render.discord_markdown import live

from . import test_digest_discord as end_to_end
from .fake_guild import DigestFakeDiscord
from .test_digest_discord import _reply

fake = end_to_end.fake  # the fixtures of the end-to-end digest tests
bot = end_to_end.bot
# What is checked happens before any database work: SQLite alone is enough.
pytestmark = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)


async def test_a_huge_schedule_gets_a_short_answer(fake: DigestFakeDiscord, bot: BriefBot) -> None:
    options = {o["name"]: o for o in fake.command("digest")["options"]}
    set_options = {o["name"]: o for o in options["set"]["options"]}
    assert set_options["schedule"]["max_length"] == 100
    assert set_options["timezone"]["max_length"] == 64
    fake.managers.add("alice")
    reply = await _reply(
        fake, "set", channel=fake.channel_id, schedule="x" * 10_000, timezone="Europe/Paris"
    )
    assert reply == "That value is too long: at most 100 characters."
    assert "No digest is set up here" in await _reply(fake, "status")


async def test_a_bad_schedule_is_echoed_inert(fake: DigestFakeDiscord, bot: BriefBot) -> None:
    fake.managers.add("alice")
    reply = await _reply(
        fake, "set", channel=fake.channel_id, schedule="[go](https://evil.example)", timezone="UTC"
    )
    assert reply.startswith("Nothing changed:")
    assert "masked link" not in live(reply)  # the examples' `code` is the bot's own
