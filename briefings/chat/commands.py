"""Command options typed as text (`/brief focus:Kim since:2023-09-01`), parsed alike by every adapter."""

from __future__ import annotations

import datetime as dt
import re

MAX_TEXT = 100  # longest name or word option, as Discord enforces it
OPTION = re.compile(r"(?:^|\s)([a-z_]+):")
TRUE = ("true", "yes", "on", "1")
FALSE = ("false", "no", "off", "0")

# command -> (its options, the option a bare value after the command fills)
COMMANDS: dict[str, tuple[tuple[str, ...], str | None]] = {
    "brief": (("focus", "since", "private"), "focus"),
    "quote": (("speaker", "about", "private"), "speaker"),
    "who": (("name", "private"), "name"),
    "sources": (("private",), None),
    "timeline": (("private",), None),
    "digest": (("action",), "action"),  # console: now (a preview) | status | set | off
    "help": ((), None),
}


# The reading commands take `story:NAME` too, in the console and Slack (Discord: its `story` option).
STORIED = ("brief", "quote", "who", "sources", "timeline", "digest")
WITH_STORY: dict[str, tuple[tuple[str, ...], str | None]] = {
    name: ((*given, "story"), bare) if name in STORIED else (given, bare)
    for name, (given, bare) in COMMANDS.items()
}


class BadInput(ValueError):
    """A value the user typed that cannot be used; its message is shown to them as is."""


def clean(value: str | None, option: str) -> str | None:
    """A typed text option trimmed and checked: None when empty, BadInput when unusable."""
    if value is None:
        return None
    text = re.sub(r"\s+", " ", value).strip()
    if not text:
        return None
    if len(text) > MAX_TEXT:
        raise BadInput(f"{option} can be at most {MAX_TEXT} characters.")
    if any(ord(c) < 32 for c in text):
        raise BadInput(f"{option} cannot contain control characters.")
    return text


def parse_since(value: str | None) -> dt.date | None:
    """A `since` option as a date: YYYY-MM-DD."""
    text = clean(value, "since")
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise BadInput(f"since must be a date like 2023-09-01, not “{text}”.") from None


def parse_flag(value: str | None, option: str) -> bool:
    """A yes/no option typed as text: `private:true`; absent means no."""
    text = (value or "").strip().lower()
    if not text or text in FALSE:
        return False
    if text in TRUE:
        return True
    raise BadInput(f"{option} is true or false, not “{value}”.")


def parse(
    line: str, commands: dict[str, tuple[tuple[str, ...], str | None]] = COMMANDS
) -> tuple[str, dict[str, str]]:
    """`/who name:Kim Jong Un` -> ("who", {"name": "Kim Jong Un"}); `/who Kirby` the same way."""
    head, _, rest = line.strip().lstrip("/").partition(" ")
    name = head.lower()
    if name not in commands:
        raise BadInput(f"Unknown command /{head}: type /help for the list.")
    allowed, bare = commands[name]
    marks = list(OPTION.finditer(rest))
    options: dict[str, str] = {}
    leading = rest[: marks[0].start()] if marks else rest
    if leading.strip():
        if bare is None:
            raise BadInput(f"/{name} takes no value; try /{name} alone.")
        options[bare] = unquoted(leading)
    for mark, following in zip(marks, [*marks[1:], None][: len(marks)], strict=True):
        key = mark.group(1)
        if key not in allowed:
            listed = ", ".join(allowed) or "no options"
            raise BadInput(f"/{name} has no option {key}: it has {listed}.")
        options[key] = unquoted(rest[mark.end() : following.start() if following else None])
    return name, options


_PAIRS = {'"': '"', "'": "'", "“": "”", "‘": "’", "«": "»"}


def unquoted(value: str) -> str:
    """A typed value without the one pair of quotation marks around it, as a shell would read it:
    `/who "Mr Kirby"` asks for Mr Kirby, not for a name written with quotation marks."""
    text = value.strip()
    if len(text) >= 2 and _PAIRS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text
