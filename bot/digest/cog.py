"""The `/digest` commands: set, off, status and now; changes need Manage Server, checked here."""

from __future__ import annotations

import asyncio
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.digest.render import local_time, status_text
from bot.digest.scheduler import DigestScheduler
from bot.interactions import stories
from bot.interactions.queries import Bounded, Text
from bot.render.markdown import escape
from briefings.db import unit_of_work
from briefings.digests.schedules import ScheduleError, complete_zones
from briefings.digests.service import Delivery, DigestService
from briefings.digests.subscriptions import DigestSettings
from briefings.sources.stories import StoryError

log = logging.getLogger(__name__)

NOT_ALLOWED = "Only members with the **Manage Server** permission can change the digest."
SCHEDULE_EXAMPLES = ["daily 08:00", "weekdays 18:30", "monday 09:00", "0 8 * * 1-5"]
OUTCOME_TEXT = {
    "posted": "Digest posted in <#{channel}>.",
    "nothing-new": "Nothing new since the last digest; said so in <#{channel}>.",
    "silent": "Nothing new since the last digest, and this server chose silence: nothing posted.",
    "off": "No digest is set up here: use `/digest set` first.",
    "not-due": "No digest was due.",
    "failed": "The digest could not be posted in <#{channel}>: {detail}",
}


def can_configure(interaction: discord.Interaction) -> bool:
    """The member's own permissions decide, whatever the command's default permissions say."""
    perms = interaction.permissions
    return bool(perms.manage_guild or perms.administrator)


def describe(delivery: Delivery) -> str:
    return OUTCOME_TEXT[delivery.outcome].format(
        channel=delivery.channel_id, detail=delivery.detail
    )


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class DigestCog(commands.GroupCog, group_name="digest"):
    """Scheduled digests of what is new in the story."""

    def __init__(self, service: DigestService, scheduler: DigestScheduler) -> None:
        self.service = service
        self.scheduler = scheduler
        super().__init__()

    @app_commands.command(name="set", description="Post a digest of what is new on a schedule.")
    @app_commands.describe(
        channel="Where the digest is posted",
        schedule="daily 08:00, weekdays 18:30, monday 09:00, or a cron expression",
        timezone="IANA time zone of the schedule, e.g. Europe/Paris",
        silent="Post nothing (instead of one line) when nothing is new",
    )
    async def set_(
        self,
        interaction: discord.Interaction,
        channel: discord.TextChannel,
        schedule: app_commands.Transform[str, Bounded(100)],
        timezone: app_commands.Transform[str, Bounded(64)],
        silent: bool = False,
    ) -> None:
        if interaction.guild_id is None or not can_configure(interaction):
            await interaction.response.send_message(NOT_ALLOWED, ephemeral=True)
            return
        try:
            settings = await self.service.configure(
                interaction.guild_id, channel.id, schedule, timezone, silent
            )
        except ScheduleError as error:
            said = str(error)
            for typed in {schedule, schedule.strip(), timezone, timezone.strip()} - {""}:
                said = said.replace(typed, escape(typed))  # what was typed, shown inert
            await interaction.response.send_message(f"Nothing changed: {said}", ephemeral=True)
            return
        self.scheduler.arm(settings)
        next_run = self.scheduler.next_run(settings.guild_id)
        when = local_time(next_run, settings.schedule.timezone) if next_run else "not scheduled"
        await interaction.response.send_message(
            f"Digest set: `{settings.schedule.text}` ({settings.schedule.timezone}) in "
            f"<#{channel.id}>. Next: {when}.",
            ephemeral=True,
        )

    @set_.autocomplete("timezone")
    async def _zones(self, _: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in complete_zones(current)]

    @set_.autocomplete("schedule")
    async def _schedules(
        self, _: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        typed = [current.strip()] if current.strip() else []
        options = typed + [s for s in SCHEDULE_EXAMPLES if s not in typed]
        return [app_commands.Choice(name=s[:100], value=s[:100]) for s in options]

    @app_commands.command(name="off", description="Stop this server's scheduled digest.")
    async def off(self, interaction: discord.Interaction) -> None:
        if interaction.guild_id is None or not can_configure(interaction):
            await interaction.response.send_message(NOT_ALLOWED, ephemeral=True)
            return
        was_on = await self.service.turn_off(interaction.guild_id)
        self.scheduler.disarm(interaction.guild_id)
        await interaction.response.send_message(
            "Digest turned off." if was_on else "The digest was not on.", ephemeral=True
        )

    @app_commands.command(name="status", description="When the next digest comes, and any problem.")
    @app_commands.describe(
        story="A story's own digest (default: the server's, and the channel's story)"
    )
    @app_commands.autocomplete(story=stories.names)
    async def status(self, interaction: discord.Interaction, story: Text | None = None) -> None:
        if interaction.guild_id is None:
            await interaction.response.send_message("Digests are set per server.", ephemeral=True)
            return
        try:
            chosen = await self._story_digest(story, interaction.channel_id)
        except StoryError as error:
            await interaction.response.send_message(str(error), ephemeral=True)
            return
        story_part = "" if chosen is None else self._story_status(*chosen)
        if story:
            await interaction.response.send_message(story_part, ephemeral=True)
            return
        settings = await self.service.settings(interaction.guild_id)
        next_run = self.scheduler.next_run(interaction.guild_id)
        text = status_text(settings, next_run) + await self._broken_sources()
        if story_part:
            text += "\n\n" + story_part
        await interaction.response.send_message(text[:2000], ephemeral=True)

    async def _story_digest(
        self, name: str | None, channel_id: int | None
    ) -> tuple[str, DigestSettings | None] | None:
        """The named story, else the channel's, with its digest (off the event loop)."""
        from briefings.sources.digests import chosen_story_digest

        def work() -> tuple[str, DigestSettings | None] | None:
            with unit_of_work(self.service.sessions) as session:
                return chosen_story_digest(session, name, channel_id)

        return await asyncio.to_thread(work)

    def _story_status(self, name: str, settings: DigestSettings | None) -> str:
        if settings is None or not settings.enabled:
            return f"**{escape(name)}** has no digest: give it a channel with `/story edit`."
        lines = status_text(settings, self.scheduler.next_run(settings.guild_id))
        return f"**{escape(name)}** (its own digest)\n{lines}"

    async def _broken_sources(self) -> str:
        """Failing or paused sources (issue 16), under the status; nothing when all are well."""
        from briefings.sources.stories import list_sources

        try:
            found = await asyncio.to_thread(list_sources, self.service.sessions)
        except Exception:  # no sources table reachable: the status alone
            log.warning("listing the sources for /digest status failed", exc_info=True)
            return ""
        broken = [s for s in found if s.broken]
        lines = [
            f"#{s.id} <{s.url[:200]}>: {'paused' if s.paused else f'{s.failures} failures'}, "
            f"{(s.last_error or '')[:150]}"
            for s in broken[:5]
        ]
        more = f"\n…and {len(broken) - 5} more (`/source list`)" if len(broken) > 5 else ""
        return "\n**Broken sources:**\n" + "\n".join(lines) + more if broken else ""

    @app_commands.command(name="now", description="Post the digest in its channel right away.")
    @app_commands.describe(story="A story's own digest (default: the server's)")
    @app_commands.autocomplete(story=stories.names)
    async def now(self, interaction: discord.Interaction, story: Text | None = None) -> None:
        if interaction.guild_id is None or not can_configure(interaction):
            await interaction.response.send_message(NOT_ALLOWED, ephemeral=True)
            return
        key = interaction.guild_id
        if story:
            try:
                chosen = await self._story_digest(story, None)
            except StoryError as error:
                await interaction.response.send_message(str(error), ephemeral=True)
                return
            if chosen is None or chosen[1] is None or not chosen[1].enabled:
                await interaction.response.send_message(
                    self._story_status(story, None), ephemeral=True
                )
                return
            key = chosen[1].guild_id
        await interaction.response.defer(ephemeral=True, thinking=True)
        delivery = await self.service.deliver(key, scheduled=False)
        await interaction.followup.send(describe(delivery), ephemeral=True)
