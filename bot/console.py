"""The bot's slash commands typed in a terminal, answered with the same embeds rendered as text."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TextIO

from bot import queries
from bot.limits import Page
from bot.paging import numbered
from bot.text import page_text
from briefings import commands
from briefings.story import Story

log = logging.getLogger(__name__)
RULE = "-" * 60
WELCOME = "briefbot console: type /help for the commands; /quit or Ctrl-D to leave."


def parse(line: str) -> tuple[str, dict[str, str]]:
    """`/who name:Kim Jong Un` -> ("who", {"name": "Kim Jong Un"}); `/who Kirby` the same way."""
    name, options = commands.parse(line)
    options.pop("private", None)  # a terminal is private anyway
    return name, options


def answer(story: Story, name: str, options: dict[str, str]) -> list[Page]:
    calls: dict[str, Callable[[], list[Page]]] = {
        "brief": lambda: queries.brief(story, options.get("focus"), options.get("since")),
        "quote": lambda: queries.quote(story, options.get("speaker"), options.get("about")),
        "who": lambda: queries.who(story, options.get("name", "")),
        "sources": lambda: queries.sources(story),
        "timeline": lambda: queries.timeline(story),
        "digest": lambda: queries.digest(story),
        "help": queries.help_,
    }
    return numbered(calls[name]())


def respond(story: Story, line: str) -> str:
    """The text answer to one typed line."""
    try:
        name, options = parse(line)
        pages = answer(story, name, options)
    except queries.BadInput as error:
        return str(error)
    except Exception:
        log.exception("%s failed", line.strip())
        return "Sorry, something went wrong while answering; it has been logged."
    return f"\n{RULE}\n".join(page_text(page) for page in pages)


def run_console(story: Story, stdin: TextIO, stdout: TextIO) -> None:
    """Answer typed commands until /quit or the end of input (at once when there is no input)."""
    interactive = stdin.isatty()
    print(WELCOME, file=stdout)
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line or line.strip() in ("/quit", "/exit", "quit", "exit"):
            break
        if not line.strip():
            continue
        if not interactive:
            print(f"> {line.strip()}", file=stdout)
        print(respond(story, line), file=stdout, flush=True)
        print(file=stdout)
