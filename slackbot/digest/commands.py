"""`/digest status|now|off|set` in Slack, with its permission check.

Changes need a workspace admin or the configured user group, checked by the bot itself with
users.info (and usergroups.users.list)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from briefings.chat import commands
from briefings.chat.commands import BadInput, parse_flag
from briefings.chat.outage import failure_sentence
from briefings.digests.schedules import ScheduleError
from briefings.digests.service import Delivery
from slackbot.answers import USAGE
from slackbot.digest.render import channel, local_time, status_text
from slackbot.ids import from_key, to_key
from slackbot.text import escape, unescape

if TYPE_CHECKING:
    from slackbot.app import SlackBot

log = logging.getLogger(__name__)
ACTIONS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "set": (("channel", "schedule", "timezone", "silent"), None),
    "off": ((), None),
    "now": ((), None),
    "status": ((), None),
}
CHANNEL = re.compile(r"^<#([A-Z0-9]+)(?:\|[^>]*)?>$|^#?([A-Z0-9]{9,12})$")
NOT_ALLOWED = "Only workspace admins{group} can change the digest."
OUTCOME_TEXT = {
    "posted": "Digest posted in {channel}.",
    "nothing-new": "Nothing new since the last digest; said so in {channel}.",
    "silent": "Nothing new since the last digest, and this workspace chose silence: nothing posted.",
    "off": "No digest is set up here: use `/digest set` first.",
    "not-due": "No digest was due.",
    "failed": "The digest could not be posted in {channel}: {detail}",
}


def parse_digest(text: str) -> tuple[str, dict[str, str]]:
    """`set channel:<#C1|news> schedule:daily 08:00 timezone:Europe/Paris` -> ("set", {...})."""
    action, options = commands.parse(text or "status", ACTIONS)
    for key in options:
        if key != "channel":
            options[key] = unescape(options[key])
    return action, options


def channel_id(value: str | None, here: str) -> str:
    """The channel option (a #channel link as Slack escapes it, or an id); this channel if none."""
    if not value:
        return here
    found = CHANNEL.match(value.strip())
    if not found:
        raise BadInput(f"channel must be a #channel, not “{unescape(value)}”.")
    return found.group(1) or found.group(2)


async def may_configure(client: AsyncWebClient, user: str, group: str | None) -> bool:
    """Workspace admins and owners, and the members of the configured user group."""
    info = await client.users_info(user=user)
    person = info.get("user") or {}
    if person.get("is_admin") or person.get("is_owner") or person.get("is_primary_owner"):
        return True
    if group:
        members = await client.usergroups_users_list(usergroup=group)
        return user in (members.get("users") or [])
    return False


async def membership(client: AsyncWebClient, channel_key: int) -> str | None:
    """What keeps the bot from posting in the digest's channel, if anything."""
    slack_id = from_key(channel_key)
    try:
        info = await client.conversations_info(channel=slack_id)
    except SlackApiError as error:
        code = error.response.get("error")
        if code == "channel_not_found":
            return f"The bot cannot see <#{slack_id}>: it was deleted, or it is private and the bot is not in it."
        return f"Slack would not say whether the bot is in <#{slack_id}> ({code})."
    about = info.get("channel") or {}
    if about.get("is_archived"):
        return f"<#{slack_id}> is archived."
    if not about.get("is_member"):
        return f"The bot is not in <#{slack_id}>: invite it with /invite @briefbot there."
    return None


def describe(delivery: Delivery) -> str:
    where = channel(delivery.channel_id) if delivery.channel_id else "its channel"
    return OUTCOME_TEXT[delivery.outcome].format(
        channel=where, detail=escape(delivery.detail or "")
    )


def register(app: AsyncApp, bot: SlackBot) -> None:
    async def digest(
        ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        await ack()
        try:
            text = await handle(bot, client, command)
        except BadInput as error:
            text = f"{escape(str(error))}\nUsage: `{escape(USAGE['digest'])}`"
        except Exception as error:
            log.exception("/digest %s failed", command.get("text", ""))
            text = failure_sentence(error)
        await respond(response_type="ephemeral", text=text)

    app.command("/digest")(digest)


async def handle(bot: SlackBot, client: AsyncWebClient, command: dict[str, Any]) -> str:
    """The answer to one /digest command."""
    action, options = parse_digest(command.get("text", ""))
    team, user = to_key(command["team_id"]), command["user_id"]
    service, scheduler = bot.digest_service, bot.digest_scheduler
    if action == "status":
        settings = await service.settings(team)
        problem = await membership(client, settings.channel_id) if settings else None
        return status_text(settings, scheduler.next_run(team), problem)
    group = bot.settings.slack_digest_admin_group
    if not await may_configure(client, user, group):
        return NOT_ALLOWED.format(
            group=" and members of the digest admin user group" if group else ""
        )
    if action == "off":
        was_on = await service.turn_off(team)
        scheduler.disarm(team)
        return "Digest turned off." if was_on else "The digest was not on."
    if action == "now":
        return describe(await service.deliver(team, scheduled=False))
    where = channel_id(options.get("channel"), command["channel_id"])
    if not options.get("schedule") or not options.get("timezone"):
        raise BadInput("/digest set needs a schedule and a timezone.")
    try:
        settings = await service.configure(
            team,
            to_key(where),
            options["schedule"],
            options["timezone"],
            parse_flag(options.get("silent"), "silent"),
        )
    except ScheduleError as error:
        return f"Nothing changed: {escape(str(error))}"
    scheduler.arm(settings)
    next_run = scheduler.next_run(team)
    when = local_time(next_run, settings.schedule.timezone) if next_run else "not scheduled"
    problem = await membership(client, settings.channel_id)
    lines = [
        f"Digest set: `{escape(settings.schedule.text)}` ({escape(settings.schedule.timezone)}) "
        f"in <#{where}>. Next: {when}."
    ]
    if problem:
        lines.append(f":warning: {problem}")
    return "\n".join(lines)
