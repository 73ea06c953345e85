"""Serve a fake Discord on 127.0.0.1, point the unmodified discord.py client at it, connect one."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TypeVar

import discord
import pytest
import yarl
from discord.gateway import DiscordWebSocket

from tests.fake_discord.server import TOKEN, FakeDiscord

Fake = TypeVar("Fake", bound=FakeDiscord)
Client = TypeVar("Client", bound=discord.Client)


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


@asynccontextmanager
async def connected(client: Client) -> AsyncIterator[Client]:
    """The client started on the fake Discord, once ready (what made its start fail is raised);
    closed at the end."""
    task = asyncio.create_task(client.start(TOKEN))
    ready = asyncio.create_task(client.wait_until_ready())
    await asyncio.wait({task, ready}, timeout=10, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    yield client
    await client.close()
    await asyncio.wait({task}, timeout=5)
