"""The query commands, page buttons and name picker: ack() at once, then answer off the event loop."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

from slack_bolt.async_app import AsyncAck, AsyncApp, AsyncRespond

from briefings.chat import commands
from briefings.chat.commands import BadInput, parse_flag
from briefings.chat.outage import failure_sentence
from slackbot import answers
from slackbot.blocks import SlackPage, notice
from slackbot.paging import NEXT, NOT_YOURS, PICK, PREVIOUS, State, option, picker, with_pager
from slackbot.text import escape, unescape

if TYPE_CHECKING:
    from slackbot.app import SlackBot

log = logging.getLogger(__name__)
QUERIES = ("brief", "quote", "who", "sources", "timeline")
HEAVY = ("brief", "quote", "who", "timeline")  # the commands Discord puts a cooldown on too


def parse_command(name: str, text: str) -> tuple[dict[str, str], bool]:
    """Slack's command text as options (the console's syntax) and whether the answer is private."""
    _, options = commands.parse(f"{name} {unescape(text)}", commands.WITH_STORY)
    private = parse_flag(options.pop("private", None), "private")
    return options, private


def render(bot: SlackBot, state: State) -> tuple[SlackPage, int]:
    """The page `state` points at, with its buttons (and the picker when a name is wanted)."""
    pages, pick = answers.pages(bot.story, state.command, state.options)
    index = max(0, min(state.page, len(pages) - 1))
    page = with_pager(pages[index], state, index, len(pages))
    if pick:
        page.blocks.append(picker(state, "Pick a name"))
    return page, len(pages)


def usage_page(name: str, error: BadInput) -> SlackPage:
    return notice(f"{escape(str(error))}\nUsage: `{escape(answers.USAGE.get(name, '/' + name))}`")


def register(app: AsyncApp, bot: SlackBot) -> None:
    """The listeners for the query commands and their interactive parts."""

    async def query(ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()  # within Slack's 3 seconds, before any work
        name = str(command["command"]).lstrip("/")
        wait = bot.cooldowns.retry_after((name, command["user_id"])) if name in HEAVY else None
        if wait is not None:
            text = f"Slow down: you can run this again in {wait:.0f} s."
            await respond(response_type="ephemeral", text=text)
            return
        try:
            options, private = parse_command(name, command.get("text", ""))
            state = State(command["user_id"], name, options)
            if name == "who" and not options.get("name"):
                page = notice("Which name? Type a few letters below, or /who NAME.")
                page.blocks.append(picker(state, "Pick a name"))
            else:
                page, _ = await asyncio.to_thread(render, bot, state)
        except BadInput as error:
            await respond(response_type="ephemeral", **vars(usage_page(name, error)))
            return
        except Exception as error:
            log.exception("/%s %s failed", name, command.get("text", ""))
            await respond(response_type="ephemeral", text=failure_sentence(error))
            return
        await respond(
            response_type="ephemeral" if private else "in_channel",
            text=page.text,
            blocks=page.blocks,
        )

    for name in QUERIES:
        app.command(f"/{name}")(query)

    async def turn(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        action = body["actions"][0]
        state = State.from_value(action["value"])
        if body["user"]["id"] != state.owner:
            await respond(response_type="ephemeral", replace_original=False, text=NOT_YOURS)
            return
        try:
            page, _ = await asyncio.to_thread(render, bot, state)
        except Exception as error:
            log.exception("turning the page of /%s failed", state.command)
            text = failure_sentence(error)
            await respond(response_type="ephemeral", replace_original=False, text=text)
            return
        await respond(replace_original=True, text=page.text, blocks=page.blocks)

    app.action(PREVIOUS)(turn)
    app.action(NEXT)(turn)

    async def picked(ack: AsyncAck, body: dict[str, Any], respond: AsyncRespond) -> None:
        await ack()
        action = body["actions"][0]
        owner = str(action.get("block_id", "")).partition("|")[2]
        if body["user"]["id"] != owner:
            await respond(response_type="ephemeral", replace_original=False, text=NOT_YOURS)
            return
        name = str(action["action_id"]).partition(":")[2]
        key = answers.PICKS[name][0]
        state = State(owner, name, {key: action["selected_option"]["value"]})
        page, _ = await asyncio.to_thread(render, bot, state)
        await respond(replace_original=True, text=page.text, blocks=page.blocks)

    async def suggest(ack: AsyncAck, body: dict[str, Any]) -> None:
        name = str(body.get("action_id", "")).partition(":")[2]
        if name not in answers.PICKS:
            await ack(options=[])
            return
        lookup = answers.PICKS[name][1](bot.story)
        typed = " ".join(str(body.get("value", "")).split())[:100]
        try:
            names = await asyncio.wait_for(asyncio.to_thread(lookup, typed, 100), 2.0)
        except Exception:
            log.warning("suggestions failed for %r", typed, exc_info=True)
            names = []
        unique = list(dict.fromkeys(n for n in names if n))[:100]
        await ack(options=[option(n) for n in unique])

    for name in answers.PICKS:
        app.action(f"{PICK}:{name}")(picked)
        app.options(f"{PICK}:{name}")(suggest)
