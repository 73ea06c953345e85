"""The console's line editor: history across sessions, line editing and Tab completion."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from platformdirs import user_data_path
from prompt_toolkit import PromptSession
from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document
from prompt_toolkit.history import FileHistory

from bot.console.shell import DIGEST_ACTIONS
from briefings.chat.commands import COMMANDS
from briefings.config import APP
from briefings.story import Story

NAMED = {"focus": "names", "name": "names", "speaker": "speakers"}  # options naming someone
VALUE = re.compile(r"(?:^|\s)([a-z_]+):([^:]*)$")


def history_file() -> Path:
    """Where typed lines are kept between sessions: BRIEFBOT_HISTORY, else the per-user data
    folder (~/.local/share/briefbot/console_history on Linux)."""
    given = os.environ.get("BRIEFBOT_HISTORY", "").strip()
    path = Path(given) if given else user_data_path(APP) / "console_history"
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


class ConsoleCompleter(Completer):
    """Commands, then their options, then names from the same lookups the bot's autocomplete
    uses (`Story.complete_names`, `Story.complete_speakers`)."""

    def __init__(self, story: Story) -> None:
        self.story = story

    def get_completions(self, document: Document, _event: CompleteEvent) -> Iterator[Completion]:
        text = document.text_before_cursor.lstrip()
        head, space, rest = text.partition(" ")
        if not space:
            yield from _starting(head.lstrip("/"), [f"/{c}" for c in COMMANDS], head)
            return
        command = head.lstrip("/").lower()
        if command not in COMMANDS:
            return
        options, bare = COMMANDS[command]
        typed = VALUE.search(rest)
        option, value = (typed.group(1), typed.group(2)) if typed else (bare, rest)
        word = rest.rsplit(" ", 1)[-1]
        if typed is None and ":" not in rest:  # an option's name, or a bare value
            yield from _starting(word, [f"{o}:" for o in options], word)
        if option == "action":
            yield from _starting(value, DIGEST_ACTIONS, value)
        elif option in NAMED:
            lookup = (
                self.story.complete_speakers
                if NAMED[option] == "speakers"
                else self.story.complete_names
            )
            prefix = " ".join(value.split())
            try:
                names = lookup(prefix, 25)
            except Exception:  # a completion never breaks the prompt
                return
            yield from (Completion(n, start_position=-len(value)) for n in names)


def _starting(typed: str, words: Iterable[str], replaced: str) -> Iterator[Completion]:
    low = typed.lower()
    for word in words:
        if word.lower().lstrip("/").startswith(low.lstrip("/")):
            yield Completion(word, start_position=-len(replaced))


def prompt_lines(story: Story) -> Iterator[str]:
    """Lines typed at the `> ` prompt until Ctrl-D (Ctrl-C clears the line)."""
    session: PromptSession[str] = PromptSession(
        history=FileHistory(str(history_file())),
        completer=ConsoleCompleter(story),
        complete_while_typing=False,
    )
    while True:
        try:
            yield session.prompt("> ")
        except KeyboardInterrupt:
            continue
        except EOFError:
            print()  # Ctrl-D: leave on a fresh line
            return
