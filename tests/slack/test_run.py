"""Starting the Slack adapter: one clear line for a bad token; `briefbot start` over Socket Mode."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.cli import _adapters, main
from briefings.config import Secret, Settings
from slackbot.run import run_slack
from tests.conftest import ROOT, SEEDS
from tests.fake_discord import TOKEN as DISCORD_TOKEN
from tests.fake_discord import FakeDiscord
from tests.fake_discord.serving import serving
from tests.fake_slack import APP_TOKEN, BOT_TOKEN, FakeSlack

from .conftest import text_of


def slack_settings(fake: FakeSlack, tmp_path: Path, bot_token: str = BOT_TOKEN) -> Settings:
    return Settings(
        database_url=f"sqlite:///{tmp_path / 'run.db'}",
        articles_dir=tmp_path,
        slack_bot_token=Secret(bot_token),
        slack_app_token=Secret(APP_TOKEN),
        slack_api_url=fake.api_url,
    )


async def test_a_revoked_bot_token_gets_one_clear_line(fake: FakeSlack, tmp_path: Path) -> None:
    fake.bot_token = "xoxb-the-new-one"  # ours was revoked
    with pytest.raises(SystemExit) as stopped:
        await run_slack(slack_settings(fake, tmp_path))
    message = str(stopped.value)
    assert message.startswith("briefbot: Slack refused SLACK_BOT_TOKEN (invalid_auth)")
    assert "\n" not in message and BOT_TOKEN not in message


async def test_a_wrong_app_token_gets_one_clear_line(fake: FakeSlack, tmp_path: Path) -> None:
    settings = slack_settings(fake, tmp_path)
    settings = Settings(**{**vars(settings), "slack_app_token": Secret("xapp-wrong")})
    with pytest.raises(SystemExit) as stopped:
        await run_slack(settings)
    assert str(stopped.value).startswith("briefbot: Slack refused SLACK_APP_TOKEN (invalid_auth)")


def test_start_with_only_one_slack_token_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("DISCORD_TOKEN", "SLACK_APP_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-only-this")
    assert main(["start"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "SLACK_BOT_TOKEN and SLACK_APP_TOKEN" in err


async def test_briefbot_start_answers_brief_over_socket_mode(
    fake: FakeSlack, tmp_path: Path, db_url: str
) -> None:
    """The main job with Slack tokens: connects over Socket Mode, acks, answers by response_url."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "SLACK_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        DATABASE_URL=db_url,  # the seeds, ingested already
        ARTICLES_DIR=str(SEEDS),  # and ingested again at start: nothing changes
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_APP_TOKEN=APP_TOKEN,
        SLACK_API_URL=fake.api_url,
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "start", cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    try:
        await fake.wait_for(lambda: fake.socket_connected, within=60)
        envelope = await fake.socket_command("/brief", "focus:Kim")
        answer = await fake.response(1, within=30)
        # the ack travels over the socket, the answer over HTTP: either may reach the fake first
        await fake.wait_for(
            lambda: any(a.get("envelope_id") == envelope for a in fake.socket_acks), within=3
        )
        assert "Focus: *Kim*" in text_of(answer) and "*Sources*" in text_of(answer)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            await asyncio.wait_for(process.wait(), 20)
        except TimeoutError:
            process.kill()
            await process.wait()


async def test_one_process_answers_in_discord_and_slack_from_one_database(
    fake: FakeSlack, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefbot start` with both platforms' tokens: both adapters in one event loop."""
    async with serving(FakeDiscord(), monkeypatch) as discord_fake:
        settings = Settings(
            database_url=db_url,
            articles_dir=SEEDS,
            discord_token=Secret(DISCORD_TOKEN),
            discord_guild_id=int(discord_fake.guild_id),
            slack_bot_token=Secret(BOT_TOKEN),
            slack_app_token=Secret(APP_TOKEN),
            slack_api_url=fake.api_url,
        )
        both = asyncio.create_task(_adapters(settings))
        try:
            await fake.wait_for(lambda: fake.socket_connected or both.done(), within=30)
            await discord_fake.wait(lambda: "brief" in str(discord_fake.commands), within=30)
            await fake.socket_command("/brief", "focus:Kim")
            slack_answer = await fake.response(1, within=20)
            discord_answer = await discord_fake.response(
                await discord_fake.slash("brief", focus="Kim"), within=20
            )
        finally:
            both.cancel()
            await asyncio.gather(both, return_exceptions=True)
            gc.unfreeze()  # the Discord bot froze the test process's objects (bot/runtime.py)
    headline = discord_answer["data"]["embeds"][0]["title"]
    assert f"*{headline}*" in text_of(slack_answer), "the same answer on both platforms"
