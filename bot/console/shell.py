"""The bot's slash commands typed in a terminal, answered with the same embeds rendered as text."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import TextIO

from bot.interactions import queries
from bot.render.limits import Page
from bot.render.paging import numbered
from bot.render.text import page_text
from briefings.chat import commands
from briefings.chat.outage import DATABASE_DOWN, SORRY, database_down
from briefings.story import Story

log = logging.getLogger(__name__)
RULE = "-" * 60
DIGEST_ACTIONS = ("now", "status", "set", "off")
WELCOME = (
    "briefbot console: type /help for the commands; Tab completes, Up recalls; "
    "/quit or Ctrl-D to leave."
)
QUIT = ("/quit", "/exit", "quit", "exit")


# The reading commands take story: here as in Discord (a story added with `briefbot story add`).
CONSOLE_COMMANDS = commands.WITH_STORY


def parse(line: str) -> tuple[str, dict[str, str]]:
    """`/who name:Kim Jong Un` -> ("who", {"name": "Kim Jong Un"}); `/who Kirby` the same way."""
    name, options = commands.parse(line, CONSOLE_COMMANDS)
    options.pop("private", None)  # a terminal is private anyway
    return name, options


def answer(story: Story, name: str, options: dict[str, str]) -> list[Page]:
    if options.get("story"):
        from bot.interactions.stories import scoped
        from briefings.sources.stories import StoryError

        try:
            story = scoped(story, options["story"], None)
        except StoryError as exc:
            raise queries.BadInput(str(exc)) from None
    calls: dict[str, Callable[[], list[Page]]] = {
        "brief": lambda: queries.brief(story, options.get("focus"), options.get("since")),
        "quote": lambda: queries.quote(story, options.get("speaker"), options.get("about")),
        "who": lambda: queries.who(story, options.get("name", "")),
        "sources": lambda: queries.sources(story),
        "timeline": lambda: queries.timeline(story),
        "digest": lambda: digest(story, options.get("action")),
        "help": queries.help_,
    }
    return numbered(calls[name]())


def digest(story: Story, action: str | None) -> list[Page]:
    """/digest and /digest now preview the digest; status lists the servers' schedules; set and
    off need a Discord server."""
    action = (action or "now").lower()
    if action not in DIGEST_ACTIONS:
        raise queries.BadInput(f"/digest takes {'|'.join(DIGEST_ACTIONS)}, not “{action}”.")
    if action == "now":
        return queries.digest(story)
    if action == "status":
        return queries.digest_status(story)
    raise queries.BadInput(
        f"/digest {action} changes a Discord server's schedule: use it in Discord. "
        "Here, /digest previews the digest and /digest status shows the schedules."
    )


def respond(story: Story, line: str) -> str:
    """The text answer to one typed line."""
    try:
        name, options = parse(line)
        pages = answer(story, name, options)
    except queries.BadInput as error:
        return str(error)
    except Exception as error:
        if database_down(error):
            log.warning("%s: the database is not answering", line.strip(), exc_info=True)
            return DATABASE_DOWN
        log.exception("%s failed", line.strip())
        return SORRY
    return f"\n{RULE}\n".join(page_text(page) for page in pages)


def run_console(story: Story, stdin: TextIO, stdout: TextIO) -> None:
    """Answer typed commands until /quit or the end of input (at once when there is no input).
    On a terminal, lines are read with editing, history across sessions and Tab completion;
    from a pipe or file, plainly, each line echoed before its answer."""
    print(WELCOME, file=stdout)
    if stdin.isatty() and stdout.isatty():
        from bot.console.prompt import prompt_lines  # only a terminal needs prompt_toolkit

        lines: Iterator[str] = prompt_lines(story)
    else:
        lines = _piped(stdin, stdout)
    for line in lines:
        if line.strip() in QUIT:
            break
        if line.strip():
            print(respond(story, line), file=stdout, flush=True)
            print(file=stdout)


def _piped(stdin: TextIO, stdout: TextIO) -> Iterator[str]:
    for line in iter(stdin.readline, ""):
        if line.strip() and line.strip() not in QUIT:
            print(f"> {line.strip()}", file=stdout)
        yield line
