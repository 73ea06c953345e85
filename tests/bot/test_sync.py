"""The command definitions the bot syncs are valid for Discord and reach the test server."""

from __future__ import annotations

from tests.bot.story_double import StoryDouble
from tests.fake_discord import rules

PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)  # members, presences, message content
STRING, BOOLEAN = 3, 5


async def test_commands_synced_to_the_test_server_are_valid(fake, start_bot):
    await start_bot(StoryDouble())
    synced = fake.commands[fake.guild_id]
    assert {c["name"] for c in synced} == {
        "brief",
        "quote",
        "who",
        "sources",
        "timeline",
        "help",
        "story",
        "source",
    }
    assert rules.command_problems(synced) == []
    assert "global" not in fake.commands  # only the test server, where they appear at once


async def test_without_a_server_id_commands_sync_globally(fake, start_bot):
    await start_bot(StoryDouble(), guild=False)
    assert {c["name"] for c in fake.commands["global"]} >= {"brief", "quote", "who"}
    assert fake.guild_id not in fake.commands


async def test_options_have_types_limits_and_autocomplete(fake, start_bot):
    await start_bot(StoryDouble())
    options = {
        c["name"]: {o["name"]: o for o in c.get("options", [])}
        for c in fake.commands[fake.guild_id]
    }
    assert options["who"]["name"]["required"] is True
    for command, option in (("who", "name"), ("brief", "focus"), ("quote", "speaker")):
        assert options[command][option]["type"] == STRING
        assert options[command][option]["autocomplete"] is True
        assert options[command][option]["max_length"] == 100
    assert options["brief"]["since"]["max_length"] == 10
    for command in ("brief", "quote", "who", "sources", "timeline"):
        assert options[command]["private"]["type"] == BOOLEAN
        assert not options[command]["private"].get("required")


async def test_only_default_intents_are_requested(fake, start_bot):
    await start_bot(StoryDouble())
    assert fake.intents & PRIVILEGED_INTENTS == 0


def test_rules_catch_what_discord_rejects():
    bad = [
        {
            "name": "Brief",
            "description": "",
            "options": [{"name": "x", "description": "d", "type": 99}],
        }
    ]
    assert len(rules.command_problems(bad)) == 3
    assert rules.message_problems({"content": "x" * 2001}) == [
        "content has 2001 characters (max 2000)"
    ]
