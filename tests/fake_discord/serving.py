"""Serve a fake Discord on 127.0.0.1 and point the unmodified discord.py client at it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TypeVar

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket

from tests.fake_discord.server import FakeDiscord

Fake = TypeVar("Fake", bound=FakeDiscord)


@asynccontextmanager
async def serving(server: Fake, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Fake]:
    """The server running; at the end, every request Discord would have rejected fails the test."""
    await server.start()
    # the only two changes: where discord.py finds the REST API and the gateway
    monkeypatch.setattr(discord.http.Route, "BASE", server.api_base)
    monkeypatch.setattr(DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(server.gateway_url))
    yield server
    await server.stop()
    assert server.problems == [], "Discord would have rejected some of the bot's requests"
