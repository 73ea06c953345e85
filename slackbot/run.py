"""Run the Slack adapter over Socket Mode (no public URL) until it is stopped."""

from __future__ import annotations

import logging

from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_sdk.errors import SlackApiError

from bot.runtime import settle_heap
from briefings.config import Settings
from slackbot.app import REFUSED, SlackBot, SlackOptions, SlackTokenError, web_client

log = logging.getLogger(__name__)
NO_TOKENS = (
    "briefbot: the Slack adapter needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN: put them in .env "
    "(see .env.example and the README's 'Run it in your Slack workspace')."
)


def has_tokens(settings: Settings) -> bool:
    return bool(settings.slack_bot_token and settings.slack_app_token)


async def check_app_token(settings: Settings) -> None:
    """apps.connections.open with the app-level token: SlackTokenError in one line if refused."""
    client = web_client(settings, "")
    try:
        await client.apps_connections_open(app_token=settings.slack_app_token)
    except SlackApiError as error:
        code = error.response.get("error")
        if code in (*REFUSED, "invalid_token", "not_allowed_token_type"):
            raise SlackTokenError(
                f"Slack refused SLACK_APP_TOKEN ({code}): make an app-level token with the "
                "connections:write scope (Basic Information → App-Level Tokens) and enable "
                "Socket Mode."
            ) from None
        raise


async def run_slack(settings: Settings, *, ingest: bool = True) -> None:
    """The Slack adapter until stopped; one clear line and exit when a token is missing or bad."""
    if not has_tokens(settings):
        raise SystemExit(NO_TOKENS)
    if not logging.getLogger().handlers:
        logging.basicConfig(
            level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
        )
    bot = SlackBot(settings, options=SlackOptions(ingest=ingest))
    try:
        await check_app_token(settings)
        await bot.setup()
    except SlackTokenError as error:
        await bot.close()
        raise SystemExit(f"briefbot: {error}") from None
    handler = AsyncSocketModeHandler(bot.app, str(settings.slack_app_token))
    settle_heap()  # as the Discord bot does once set up: fewer collection stalls per command
    try:
        log.info("Slack: connected over Socket Mode")
        await handler.start_async()
    finally:
        await handler.close_async()
        await bot.close()
