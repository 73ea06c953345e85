"""Post a digest into a Slack channel, turning Slack's refusals into DeliveryError."""

from __future__ import annotations

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from briefings.digests.compose import Digest
from briefings.digests.service import DeliveryError
from briefings.digests.subscriptions import DigestSettings
from slackbot.digest.render import digest_page
from slackbot.ids import from_key

# Slack's error codes for a channel the bot cannot post in, and what to do about each.
REFUSALS = {
    "not_in_channel": "The bot is not in <#{channel}>: invite it there with /invite @briefbot.",
    "channel_not_found": "The channel <#{channel}> no longer exists, or the bot cannot see it.",
    "is_archived": "The channel <#{channel}> is archived.",
    "restricted_action": "This workspace does not let the bot post in <#{channel}>.",
}


class SlackPoster:
    """The Poster the Slack adapter gives the digest service: chat.postMessage with blocks."""

    def __init__(self, client: AsyncWebClient) -> None:
        self.client = client

    # Slack's chat.postMessage takes no idempotency key: a post whose fate a crash left unknown is
    # not repeated (the digest service gives it up instead, and its news comes in the next one).
    dedupes = False

    async def post(
        self, channel_id: int, digest: Digest, settings: DigestSettings, nonce: str
    ) -> int:
        """Post the digest; the message's `ts` as a number (its digits)."""
        channel = from_key(channel_id)
        page = digest_page(digest)
        try:
            answer = await self.client.chat_postMessage(
                channel=channel,
                text=page.text,
                blocks=page.blocks,
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as error:
            code = str(error.response.get("error", "unknown_error"))
            text = REFUSALS.get(code, "Slack refused the digest ({code}).")
            raise DeliveryError(text.format(channel=channel, code=code)) from error
        return int(str(answer.get("ts", "0")).replace(".", "") or 0)
