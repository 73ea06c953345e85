"""`/help` is true to what each command accepts, in Discord and in the console."""

from __future__ import annotations

import re

from discord import app_commands

from bot.cogs.brief import Brief
from bot.cogs.quotes import Quotes
from bot.cogs.sources import Sources
from bot.cogs.timeline import Timeline
from bot.cogs.who import Who
from bot.console.shell import CONSOLE_COMMANDS, parse
from bot.digest.cog import DigestCog
from bot.interactions.queries import HELP
from briefings.chat.commands import COMMANDS


def helped() -> dict[str, set[str]]:
    """Per command (and digest action), the option names its /help line shows."""
    shown: dict[str, set[str]] = {}
    for usage, _ in HELP:
        words = usage.lstrip("/").split()
        name = " ".join(words[:2]) if words[0] == "digest" else words[0]
        options = set(re.findall(r"([a-z]+):", usage))
        if name == "digest set":  # written as bare words: channel schedule timezone [silent]
            options = {w.strip("[]") for w in words[2:]}
        shown[name] = options
    return shown


def test_every_discord_option_is_in_help_and_nothing_more() -> None:
    cogs = {"brief": Brief, "quote": Quotes, "who": Who, "sources": Sources, "timeline": Timeline}
    shown = helped()
    for name, cog in cogs.items():
        command = next(c for c in cog.__cog_app_commands__ if c.name == name)
        assert isinstance(command, app_commands.Command)
        options = {p.name for p in command.parameters} - {"private"}  # help: all take it
        assert options == shown[name], name
    digest = {c.name: c for c in DigestCog.__cog_app_commands__}
    assert set(digest) == {"set", "off", "status", "now"}
    for action, command in digest.items():
        assert isinstance(command, app_commands.Command)
        assert {p.name for p in command.parameters} == shown[f"digest {action}"], action


def test_every_console_command_in_help_is_accepted_as_written() -> None:
    for usage, _ in HELP:
        example = usage.replace("NAME", "Kim").replace("WORD", "price")
        example = example.replace("YYYY-MM-DD", "2023-09-01").replace("[", "").replace("]", "")
        if example.startswith("/digest set"):
            continue  # Discord only, as its line says
        name, options = parse(example)
        assert name in COMMANDS, usage
        assert set(options) <= set(CONSOLE_COMMANDS[name][0]), usage
