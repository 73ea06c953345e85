"""/story and /source: the stories a server follows and what feeds them.

The feeds, pages and folders that feed them (Manage Server to change); the due sources fetched in
a child process on a timer. A story's digest is armed on the bot's digest scheduler, delivered
exactly once like the server's."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import subprocess
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands
from discord.ext import commands

from bot.digest.render import local_time
from bot.interactions import stories
from bot.interactions.queries import Bounded, Text
from briefings.digests.schedules import complete_zones
from briefings.digests.subscriptions import DigestSettings
from briefings.sources.http import Fetcher, FetchError, Limits
from briefings.sources.poll import unannounced_pauses
from briefings.sources.stories import (
    SourceInfo,
    StoryError,
    add_source,
    add_story,
    edit_story,
    kept_note,
    list_sources,
    list_stories,
    remove_source,
    remove_story,
)

if TYPE_CHECKING:
    from bot.app import BriefBot

log = logging.getLogger(__name__)
NICE_FETCH = (
    "import os, sys; os.nice(10); from briefings.cli import main; sys.exit(main(sys.argv[1:]))"
)
manage = app_commands.checks.has_permissions(manage_guild=True)


def fetch_in_child(database_url: str, allow_private: bool) -> str:
    """`briefbot fetch` in a child process (off the event loop and its GIL, as the periodic
    ingest runs): its output."""
    argv = [sys.executable, "-c", NICE_FETCH, "fetch"] + (
        ["--allow-private"] if allow_private else []
    )
    done = subprocess.run(
        argv,
        env={**os.environ, "DATABASE_URL": database_url},
        capture_output=True,
        text=True,
        check=False,
        timeout=3600,
    )
    if done.returncode not in (0, 1):
        log.warning("fetch ended with status %s: %s", done.returncode, done.stderr[-500:])
    return done.stdout.strip()


def _words(text: str | None) -> list[str] | None:
    return None if text is None else [w.strip() for w in text.split(",") if w.strip()]


Place = discord.TextChannel | discord.Thread | discord.ForumChannel
Schedule = app_commands.Transform[str, Bounded(100)]
Zone = app_commands.Transform[str, Bounded(64)]
DIGEST_OPTIONS = {
    "channel": "Where its digests and notices go: a channel, a thread, or a forum (one post each)",
    "role": "A role its digests mention (the only mention they can make)",
    "schedule": "Its digest: daily 08:00, weekdays 18:30, monday 09:00 or cron (default daily 08:00)",
    "timezone": "IANA time zone of the schedule, e.g. Europe/Paris (default UTC)",
    "silent": "Post nothing when nothing is new (default: yes)",
}


async def zones(_: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=z, value=z) for z in complete_zones(current)]


def digest_line(settings: DigestSettings | None, next_run: object) -> str:
    """`digest daily 08:00 (UTC) in #x, next Thu 03 Dec 2026, 08:00 UTC`, or that it has none."""
    if settings is None or not settings.enabled:
        return "no digest (no channel)"
    tz = settings.schedule.timezone
    when = local_time(next_run, tz) if isinstance(next_run, dt.datetime) else "not scheduled"
    return f"digest `{settings.schedule.text}` ({tz}) in <#{settings.channel_id}>, next {when}"


class StoryCog(commands.GroupCog, group_name="story"):
    """Several stories per server, each with its keywords, channel, role and digest schedule."""

    def __init__(self, bot: BriefBot) -> None:
        self.bot = bot

    @app_commands.command(name="add", description="Follow a new story")
    @app_commands.describe(
        name="The story's name",
        keywords="Words or names an article must contain to join it, comma-separated",
        exclude="Words that keep an article out, comma-separated",
        **DIGEST_OPTIONS,
    )
    @app_commands.autocomplete(timezone=zones)
    @manage
    async def add(
        self,
        interaction: discord.Interaction[BriefBot],
        name: Text,
        keywords: Text | None = None,
        exclude: Text | None = None,
        channel: Place | None = None,
        role: discord.Role | None = None,
        schedule: Schedule | None = None,
        timezone: Zone | None = None,
        silent: bool | None = None,
    ) -> None:
        sessions = self.bot.story.sessions

        def work() -> tuple[str, DigestSettings | None]:
            add_story(sessions, name, _words(keywords), _words(exclude))
            try:
                digest = edit_story(
                    sessions,
                    name,
                    channel_id=(channel.id if channel else interaction.channel_id) or 0,
                    role_id=role.id if role else None,
                    schedule=schedule,
                    timezone=timezone,
                    silent=silent,
                )
            except StoryError:
                remove_story(sessions, name)  # a schedule that cannot be read: nothing added
                raise
            return f"Now following **{name}**. Add a feed with `/source add`.", digest

        await self._reply(interaction, work)

    @app_commands.command(name="list", description="The stories this server follows")
    async def list(self, interaction: discord.Interaction[BriefBot]) -> None:
        sessions = self.bot.story.sessions

        def work() -> tuple[str, DigestSettings | None]:
            found = list_stories(sessions)
            lines = [
                f"**{s.name}**: {s.sources} sources, {s.articles} articles"
                + (f" (keywords: {', '.join(s.include)})" if s.include else "")
                + f"; {digest_line(s.digest, self._next_run(s.digest))}"
                for s in found
            ]
            return "\n".join(lines) or "No stories besides the default one (every article).", None

        await self._reply(interaction, work)

    @app_commands.command(name="edit", description="Change a story's keywords, channel or digest")
    @app_commands.describe(
        name="The story",
        keywords="Words an article must contain, comma-separated (empty: any)",
        exclude="Words that keep an article out, comma-separated",
        **DIGEST_OPTIONS,
    )
    @app_commands.autocomplete(name=stories.names, timezone=zones)
    @manage
    async def edit(
        self,
        interaction: discord.Interaction[BriefBot],
        name: Text,
        keywords: Text | None = None,
        exclude: Text | None = None,
        channel: Place | None = None,
        role: discord.Role | None = None,
        schedule: Schedule | None = None,
        timezone: Zone | None = None,
        silent: bool | None = None,
    ) -> None:
        sessions = self.bot.story.sessions

        def work() -> tuple[str, DigestSettings | None]:
            digest = edit_story(
                sessions,
                name,
                include=_words(keywords),
                exclude=_words(exclude),
                channel_id=channel.id if channel else None,
                role_id=role.id if role else None,
                schedule=schedule,
                timezone=timezone,
                silent=silent,
            )
            return f"**{name}** changed.", digest

        await self._reply(interaction, work)

    @app_commands.command(name="remove", description="Stop following a story")
    @app_commands.describe(name="The story")
    @app_commands.autocomplete(name=stories.names)
    @manage
    async def remove(self, interaction: discord.Interaction[BriefBot], name: Text) -> None:
        sessions = self.bot.story.sessions

        def work() -> tuple[str, DigestSettings | None]:
            wanted = name.strip().lower()
            gone = next(
                (s.digest for s in list_stories(sessions) if s.name.lower() == wanted), None
            )
            remove_story(sessions, name)
            return f"Stopped following **{name}**; its articles stay stored.", gone

        await self._reply(interaction, work, removed=True)

    def _next_run(self, settings: DigestSettings | None) -> dt.datetime | None:
        if settings is None or self.bot.digests is None:
            return None
        return self.bot.digests.next_run(settings.guild_id)

    async def _reply(
        self,
        interaction: discord.Interaction[BriefBot],
        work: Callable[[], tuple[str, DigestSettings | None]],
        *,
        removed: bool = False,
    ) -> None:
        """Run `work` off the event loop, arm (or disarm) the story's digest, and answer."""
        try:
            text, digest = await asyncio.to_thread(work)
        except StoryError as exc:
            text, digest = str(exc), None
        scheduler = self.bot.digests
        if digest is not None and scheduler is not None:
            if removed or not digest.enabled:
                scheduler.disarm(digest.guild_id)
            else:
                scheduler.arm(digest)
                text += f"\nIts {digest_line(digest, scheduler.next_run(digest.guild_id))}."
        await interaction.response.send_message(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )


class SourceCog(commands.GroupCog, group_name="source"):
    """Feeds and pages; fetched on a timer in a child process, broken ones reported once."""

    def __init__(self, bot: BriefBot) -> None:
        self.bot = bot
        self.task: asyncio.Task[None] | None = None

    async def cog_load(self) -> None:
        if self.bot.settings.fetch_in_bot and self.bot.backend and self.bot.backend.sessions:
            self.task = asyncio.create_task(self._fetching())

    async def cog_unload(self) -> None:
        if self.task is not None:
            self.task.cancel()

    async def fetch_now(self) -> str:
        """One pass over the due sources, off the event loop; then the pause notices."""
        settings = self.bot.settings
        if not await asyncio.to_thread(list_sources, self.bot.story.sessions):
            return "no sources to fetch"  # no child process started for nothing
        out = await asyncio.to_thread(
            fetch_in_child, settings.database_url, settings.fetch_allow_private
        )
        await self.notify_pauses()
        return out

    async def notify_pauses(self) -> None:
        """A paused source is reported once, in its story's channel (and the log)."""
        sessions = self.bot.story.sessions
        for source_id, url, error, channel_id in await asyncio.to_thread(
            unannounced_pauses, sessions
        ):
            text = (
                f"Source #{source_id} <{url}> is paused after repeated failures: {error[:500]}. "
                "It is no longer fetched; `/source list` shows it."
            )
            log.warning("%s", text)
            channel = self.bot.get_channel(channel_id) if channel_id else None
            if isinstance(channel, discord.abc.Messageable):
                try:
                    await channel.send(text, allowed_mentions=discord.AllowedMentions.none())
                except discord.HTTPException:
                    log.warning("could not post the pause notice in %s", channel_id)

    async def _fetching(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            try:
                log.info("%s", await self.fetch_now())
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("fetching the sources failed")
            await asyncio.sleep(self.bot.settings.fetch_poll_seconds)

    @app_commands.command(name="add", description="Feed a story from an RSS/Atom feed or a page")
    @app_commands.describe(
        url="The feed's or the article's address (https://…)",
        story="The story it feeds",
        kind="What it is (detected when left out)",
        every="Minutes between two fetches (default 15)",
    )
    @app_commands.autocomplete(story=stories.names)
    @manage
    async def add(
        self,
        interaction: discord.Interaction[BriefBot],
        url: Text,
        story: Text,
        kind: Literal["feed", "page"] | None = None,
        every: app_commands.Range[int, 5, 1440] = 15,
    ) -> None:
        limits = Limits(allow_private=self.bot.settings.fetch_allow_private)
        try:
            async with Fetcher(limits) as fetcher:
                await fetcher.check_address(url)  # never a proxy into the host's network
            info = await asyncio.to_thread(
                add_source,
                self.bot.story.sessions,
                url,
                story,
                kind=kind,
                interval_seconds=every * 60,
            )
        except (FetchError, StoryError) as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)
            return
        await interaction.response.send_message(
            f"Source #{info.id} ({info.kind}) now feeds **{info.story}**: <{info.url}>. "
            "Fetching it now; what it holds today is stored, not posted.",
            ephemeral=True,
            allowed_mentions=discord.AllowedMentions.none(),
        )
        if self.bot.settings.fetch_in_bot:
            asyncio.create_task(self.fetch_now())  # noqa: RUF006 (its own errors are logged)

    @app_commands.command(name="remove", description="Stop fetching a source (its articles stay)")
    @app_commands.describe(
        source="The source's number (#3, from /source list) or its address",
        story="The story it feeds, when two stories follow the same address",
    )
    @app_commands.autocomplete(story=stories.names)
    @manage
    async def remove(
        self,
        interaction: discord.Interaction[BriefBot],
        source: Text,
        story: Text | None = None,
    ) -> None:
        try:
            info, brought = await asyncio.to_thread(
                remove_source, self.bot.story.sessions, source, story
            )
        except StoryError as exc:
            text = str(exc)
        else:
            text = f"Source #{info.id} <{info.url}> removed from **{info.story}**. " + kept_note(
                brought
            )
        await interaction.response.send_message(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )

    @app_commands.command(name="list", description="The sources and their health")
    @app_commands.describe(story="Only this story's sources")
    @app_commands.autocomplete(story=stories.names)
    async def list(
        self, interaction: discord.Interaction[BriefBot], story: Text | None = None
    ) -> None:
        try:
            found = await asyncio.to_thread(list_sources, self.bot.story.sessions, story)
        except StoryError as exc:
            await interaction.response.send_message(str(exc), ephemeral=True)
            return
        lines = [source_line(s) for s in found] or ["No sources yet: `/source add`."]
        text = "\n".join(lines)
        if len(text) > 1900:
            text = text[:1900].rsplit("\n", 1)[0] + "\n…"
        await interaction.response.send_message(
            text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )


def source_line(s: SourceInfo) -> str:
    """One source and its health: paused or failing (how often, the last error, the last
    success), else when it was last fetched."""
    ok = f"last ok {discord.utils.format_dt(s.last_success, 'R')}" if s.last_success else "never ok"
    if s.paused:
        state = f"⛔ paused after {s.failures} failures ({ok}): {s.last_error}"
    elif s.failures:
        state = f"⚠️ failing ({s.failures}×, {ok}): {s.last_error}"
    elif s.last_success:
        state = f"ok, fetched {discord.utils.format_dt(s.last_success, 'R')}"
    else:
        state = "not fetched yet"
    return f"#{s.id} **{s.story}** {s.kind} <{s.url}>: {state}"[:400]


async def setup(bot: BriefBot) -> None:
    await bot.add_cog(StoryCog(bot))
    await bot.add_cog(SourceCog(bot))
