"""Fixtures: the fake Slack on 127.0.0.1 and the unmodified Slack adapter in HTTP mode against it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from briefings.config import Secret, Settings
from briefings.db import open_database
from briefings.ingest import ingest_paths
from slackbot.app import SlackBot, SlackOptions
from tests.conftest import SEEDS
from tests.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack
from tests.fake_slack.server import ALICE, NEWS, form, interaction_form, signed


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The five seeds ingested once; each test works on its own copy."""
    path = tmp_path_factory.mktemp("slack-seeds") / "seeded.db"
    sessions = open_database(f"sqlite:///{path}")
    ingest_paths(sessions, [SEEDS])
    sessions.kw["bind"].dispose()
    return path


@pytest.fixture
def db_url(seeded_db: Path, tmp_path: Path) -> str:
    copy = tmp_path / "briefbot.db"
    shutil.copy(seeded_db, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    server = FakeSlack()
    await server.start()
    yield server
    await server.stop()
    assert server.problems == [], "Slack would have rejected (or pinged with) some messages"


class Clock:
    """The digest service's clock: real time plus an offset the test moves."""

    def __init__(self) -> None:
        self.offset = dt.timedelta()

    def __call__(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC) + self.offset


@dataclass
class Running:
    """One adapter serving HTTP on 127.0.0.1, and the helpers that talk to it as Slack does."""

    bot: SlackBot
    fake: FakeSlack
    url: str
    runner: web.AppRunner
    session: aiohttp.ClientSession
    stopped: bool = False

    async def post(self, body: str) -> aiohttp.ClientResponse:
        response = await self.session.post(self.url, data=body, headers=signed(body))
        await response.read()
        return response

    async def command(
        self, command: str, text: str = "", user: str = ALICE, channel: str = NEWS
    ) -> dict[str, Any]:
        """A signed slash command; the answer the adapter posts to its response URL."""
        before = len(self.fake.responses)
        payload = self.fake.command_payload(command, text, user, channel)
        response = await self.post(form(payload))
        assert response.status == 200, await response.text()
        return await self.fake.response(before + 1)

    async def press(self, user: str, action: dict[str, Any]) -> dict[str, Any]:
        before = len(self.fake.responses)
        response = await self.post(interaction_form(self.fake.action_payload(user, action)))
        assert response.status == 200
        return await self.fake.response(before + 1)

    async def suggest(self, user: str, action_id: str, block_id: str, typed: str) -> Any:
        payload = self.fake.action_payload(
            user,
            {"action_id": action_id, "block_id": block_id, "value": typed},
            "block_suggestion",
        )
        response = await self.post(interaction_form(payload))
        assert response.status == 200
        return json.loads(await response.text())

    async def stop(self) -> None:
        if self.stopped:
            return
        self.stopped = True
        await self.session.close()
        await self.runner.cleanup()
        await self.bot.close()


StartApp = Callable[..., Awaitable[Running]]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def start_app(
    fake: FakeSlack, db_url: str, clock: Clock, tmp_path: Path
) -> AsyncIterator[StartApp]:
    running: list[Running] = []

    async def start(options: dict[str, Any] | None = None, **settings: Any) -> Running:
        bot = SlackBot(
            Settings(
                database_url=db_url,
                slack_bot_token=Secret(BOT_TOKEN),
                slack_app_token=Secret("xapp-unused-in-http-mode"),
                slack_api_url=fake.api_url,
                **{"articles_dir": tmp_path / "no-articles", **settings},
            ),
            options=SlackOptions(
                signing_secret=SIGNING_SECRET, clock=clock, **{"ingest": False, **(options or {})}
            ),
        )
        await bot.setup()
        runner = web.AppRunner(bot.app.web_app(path="/slack/events"))
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        app = Running(
            bot, fake, f"http://127.0.0.1:{port}/slack/events", runner, aiohttp.ClientSession()
        )
        running.append(app)
        return app

    yield start
    for app in running:
        await app.stop()


@pytest.fixture
async def slack(start_app: StartApp) -> Running:
    return await start_app()


def text_of(message: dict[str, Any]) -> str:
    """Everything a reader sees in a message: its blocks' texts (or its text)."""
    from tests.fake_slack.rules import texts

    blocks = message.get("blocks") or []
    return "\n".join(texts(blocks)) if blocks else str(message.get("text", ""))


@pytest.fixture
def articles(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    yield folder
