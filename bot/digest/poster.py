"""Post a digest into a Discord channel, turning Discord's refusals into DeliveryError."""

from __future__ import annotations

import discord

from bot.digest.render import digest_message
from bot.digest.story_post import earlier_forum_post, forum_title, story_message
from briefings.digests.compose import Digest
from briefings.digests.service import DeliveryError
from briefings.digests.subscriptions import DigestSettings


class DiscordPoster:
    """The Poster the bot uses: sends the digest embed with every mention disabled (a story's
    digest: its role only), into a channel or thread, or as a new post in a forum channel."""

    dedupes = True  # the nonce is sent with enforce_nonce

    def __init__(self, client: discord.Client) -> None:
        self.client = client

    async def post(
        self, channel_id: int, digest: Digest, settings: DigestSettings, nonce: str
    ) -> int:
        """Send with `nonce`: discord.py adds `enforce_nonce`, so Discord answers a repeat within
        a few minutes with the first message instead of a second one. 4xx refusals become
        DeliveryError (nothing posted); a timeout or 5xx propagates (it may have arrived)."""
        await self.client.wait_until_ready()
        content, embeds = digest_message(digest)
        mentions = discord.AllowedMentions.none()
        if settings.story is not None:
            content, embeds, mentions = story_message(settings.story, content, embeds)
        try:
            channel = self.client.get_channel(channel_id) or await self.client.fetch_channel(
                channel_id
            )
            if isinstance(channel, discord.ForumChannel):
                return await self._forum_post(channel, settings, content, embeds, mentions)
            if not isinstance(channel, discord.abc.Messageable):
                raise DeliveryError(f"<#{channel_id}> is not a channel the bot can post in.")
            message = await channel.send(
                content=content, embeds=embeds, allowed_mentions=mentions, nonce=nonce
            )
        except discord.Forbidden as error:
            raise DeliveryError(
                f"The bot may not post in <#{channel_id}> (Discord said {error.status}: "
                f"{error.text or 'Forbidden'}). Give it Send Messages and Embed Links there."
            ) from error
        except discord.NotFound as error:
            raise DeliveryError(f"The channel <#{channel_id}> no longer exists.") from error
        except discord.HTTPException as error:
            if error.status >= 500:
                raise
            raise DeliveryError(
                f"Discord refused the digest ({error.status}: {error.text})."
            ) from error
        return message.id

    async def _forum_post(
        self,
        forum: discord.ForumChannel,
        settings: DigestSettings,
        content: str | None,
        embeds: list[discord.Embed],
        mentions: discord.AllowedMentions,
    ) -> int:
        """One new post per digest, titled with the story and the day; a post an earlier try
        made (Discord has no nonce for these) is returned instead of made again."""
        assert self.client.user is not None  # ready
        title = forum_title(settings, discord.utils.utcnow())
        found = await earlier_forum_post(forum, settings, title, self.client.user.id)
        if found is not None:
            return found
        made = await forum.create_thread(
            name=title, content=content, embeds=embeds, allowed_mentions=mentions
        )
        return made.message.id
