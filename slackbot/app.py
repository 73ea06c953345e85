"""The Slack adapter: resources made in `setup` and closed in `close`, listeners on one AsyncApp."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.orm import Session, sessionmaker

from briefings.chat.child_ingest import ingest_in_child
from briefings.chat.cooldowns import Cooldowns
from briefings.config import Settings
from briefings.db import open_database
from briefings.digests.jobs import DigestJobs
from briefings.digests.service import Clock, DigestService, utc_now
from briefings.story import Story
from slackbot import commands
from slackbot.digest import commands as digest_commands
from slackbot.digest.poster import SlackPoster

log = logging.getLogger(__name__)
REFUSED = ("invalid_auth", "not_authed", "token_revoked", "account_inactive", "token_expired")


class SlackTokenError(Exception):
    """A Slack token is missing or refused; the message is the one line shown."""


@dataclass(frozen=True)
class SlackOptions:
    """How the adapter runs; tests set a signing secret (HTTP mode) and a clock."""

    signing_secret: str | None = None  # HTTP mode only; Socket Mode needs none
    clock: Clock = utc_now  # the digest service's idea of now
    rate_limit_retries: int = 3  # a rate-limited Web API call is retried after Retry-After
    ingest: bool = True  # ingest ARTICLES_DIR at start and every INGEST_INTERVAL_MINUTES
    cooldown_rate: int = 4  # runs of a heavier command (as in Discord) ...
    cooldown_per: float = 30.0  # ... per user in this many seconds


def web_client(settings: Settings, token: str, retries: int = 3) -> AsyncWebClient:
    """A Web API client that waits out Slack's rate limits (HTTP 429 with Retry-After)."""
    client = AsyncWebClient(token=token or None, base_url=settings.slack_api_url)
    client.retry_handlers.append(AsyncRateLimitErrorRetryHandler(max_retry_count=retries))
    return client


class SlackBot:
    """The story's commands and digests in one Slack workspace."""

    def __init__(
        self,
        settings: Settings,
        *,
        options: SlackOptions | None = None,
        sessions: Callable[[str], sessionmaker[Session]] = open_database,
    ) -> None:
        self.settings = settings
        self.options = options or SlackOptions()
        self._open = sessions
        self.sessions: sessionmaker[Session] | None = None
        self.client = web_client(
            settings, settings.slack_bot_token, self.options.rate_limit_retries
        )
        self.app = AsyncApp(
            client=self.client,
            signing_secret=self.options.signing_secret or "socket-mode",
            request_verification_enabled=self.options.signing_secret is not None,
        )
        self._story: Story | None = None
        self.cooldowns = Cooldowns(self.options.cooldown_rate, self.options.cooldown_per)
        self._service: DigestService | None = None
        self._scheduler: DigestJobs | None = None
        commands.register(self.app, self)
        digest_commands.register(self.app, self)

    @property
    def story(self) -> Story:
        if self._story is None:
            raise RuntimeError("the Slack adapter has not been set up yet")
        return self._story

    @property
    def digest_service(self) -> DigestService:
        if self._service is None:
            raise RuntimeError("the Slack adapter has not been set up yet")
        return self._service

    @property
    def digest_scheduler(self) -> DigestJobs:
        if self._scheduler is None:
            raise RuntimeError("the Slack adapter has not been set up yet")
        return self._scheduler

    async def check_token(self) -> str:
        """auth.test with the bot token: the bot's name, or SlackTokenError in one line."""
        if not self.settings.slack_bot_token:
            raise SlackTokenError("SLACK_BOT_TOKEN is not set: put it in .env (see .env.example).")
        try:
            me = await self.client.auth_test()
        except SlackApiError as error:
            code = error.response.get("error")
            if code in REFUSED:
                raise SlackTokenError(
                    f"Slack refused SLACK_BOT_TOKEN ({code}): copy the Bot User OAuth Token "
                    "again from your app's OAuth & Permissions page."
                ) from None
            raise
        return f"{me.get('user')} in {me.get('team')}"

    async def setup(self) -> None:
        """Check the token, open the database, start the digests."""
        who = await self.check_token()
        self.sessions = await asyncio.to_thread(self._open, self.settings.database_url)
        self._story = Story(self.sessions)
        self._service = DigestService(
            self.sessions, SlackPoster(self.client), clock=self.options.clock, platform="slack"
        )
        self._scheduler = DigestJobs(
            self._service,
            ingest=self._ingest if self.options.ingest else None,
            ingest_interval=dt.timedelta(minutes=self.settings.ingest_interval_minutes),
        )
        await self._scheduler.start()
        log.info("Slack: logged in as %s", who)

    def _ingest(self) -> str:
        """The periodic ingest, in a child process as the Discord bot's (blocking: the
        scheduler runs it in a thread that only waits on the child)."""
        return ingest_in_child(self.settings)

    async def close(self) -> None:
        if self._scheduler is not None:
            scheduler, self._scheduler = self._scheduler, None
            await scheduler.shutdown()
        if self.sessions is not None:
            engine = self.sessions.kw["bind"]
            self.sessions = None
            await asyncio.to_thread(engine.dispose)
