"""Discord's documented limits, checked the way Discord rejects a request: a list of problems."""

from __future__ import annotations

import re
from typing import Any

NAME = re.compile(r"^[-_a-z0-9]{1,32}$")
OPTION_TYPES = range(1, 12)  # SUB_COMMAND .. ATTACHMENT
STRING, INTEGER, NUMBER = 3, 4, 10


def command_problems(commands: list[dict[str, Any]]) -> list[str]:
    """What Discord would reject in a bulk overwrite of application commands."""
    problems: list[str] = []
    if len(commands) > 100:
        problems.append("more than 100 commands")
    names = [c.get("name") for c in commands]
    if len(names) != len(set(names)):
        problems.append("duplicate command names")
    for command in commands:
        where = f"/{command.get('name')}"
        problems += _named(command, where)
        if command.get("type", 1) == 1:
            problems += _options(command.get("options", []), where)
            if _characters(command) > 4000:
                problems.append(f"{where}: more than 4000 characters in total")
    return problems


def _named(thing: dict[str, Any], where: str) -> list[str]:
    problems = []
    if not NAME.match(str(thing.get("name", ""))):
        problems.append(f"{where}: name must be 1-32 lowercase letters, digits, - or _")
    if not 1 <= len(thing.get("description") or "") <= 100:
        problems.append(f"{where}: description must be 1-100 characters")
    return problems


def _options(options: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    if len(options) > 25:
        problems.append(f"{where}: more than 25 options")
    seen_optional = False
    names = set()
    for option in options:
        here = f"{where} {option.get('name')}"
        problems += _named(option, here)
        if option.get("name") in names:
            problems.append(f"{here}: duplicate option name")
        names.add(option.get("name"))
        if option.get("type") not in OPTION_TYPES:
            problems.append(f"{here}: unknown option type {option.get('type')}")
        if option.get("required"):
            if seen_optional:
                problems.append(f"{here}: required option after an optional one")
        else:
            seen_optional = True
        choices = option.get("choices") or []
        if len(choices) > 25:
            problems.append(f"{here}: more than 25 choices")
        if choices and option.get("autocomplete"):
            problems.append(f"{here}: choices and autocomplete together")
        if option.get("autocomplete") and option.get("type") not in (STRING, INTEGER, NUMBER):
            problems.append(f"{here}: autocomplete on a type that cannot have it")
        problems += _choices(choices, here)
        for key, low in (("min_length", 0), ("max_length", 1)):
            if key in option and not low <= option[key] <= 6000:
                problems.append(f"{here}: {key} out of range")
        if option.get("type") == 1 or option.get("type") == 2:
            problems += _options(option.get("options", []), here)
    return problems


def _choices(choices: list[dict[str, Any]], where: str) -> list[str]:
    problems = []
    for choice in choices:
        if not 1 <= len(str(choice.get("name", ""))) <= 100:
            problems.append(f"{where}: choice name must be 1-100 characters")
        value = choice.get("value")
        if isinstance(value, str) and not 1 <= len(value) <= 100:
            problems.append(f"{where}: choice value must be 1-100 characters")
    return problems


def _characters(command: dict[str, Any]) -> int:
    total = len(command.get("name", "")) + len(command.get("description", ""))
    for option in command.get("options", []):
        total += len(option.get("name", "")) + len(option.get("description", ""))
        total += sum(len(str(c["name"])) + len(str(c["value"])) for c in option.get("choices", []))
    return total


def autocomplete_problems(data: dict[str, Any]) -> list[str]:
    choices = data.get("choices", [])
    problems = [] if len(choices) <= 25 else ["autocomplete: more than 25 choices"]
    return problems + _choices(choices, "autocomplete")


def message_problems(body: dict[str, Any], *, new: bool = True) -> list[str]:
    """What Discord would reject in a message create or edit."""
    problems = []
    content = body.get("content") or ""
    embeds = body.get("embeds") or []
    if len(content) > 2000:
        problems.append(f"content has {len(content)} characters (max 2000)")
    if len(embeds) > 10:
        problems.append(f"{len(embeds)} embeds (max 10)")
    if new and not (content or embeds or body.get("components")):
        problems.append("cannot send an empty message")
    total = 0
    for number, embed in enumerate(embeds, 1):
        problems += [f"embed {number}: {p}" for p in _embed_problems(embed)]
        total += embed_characters(embed)
    if total > 6000:
        problems.append(f"embeds have {total} characters together (max 6000)")
    problems += _component_problems(body.get("components") or [])
    nonce = body.get("nonce")
    if nonce is not None and (not isinstance(nonce, str | int) or len(str(nonce)) > 25):
        problems.append("nonce must be an integer or a string of at most 25 characters")
    return problems


def _embed_problems(embed: dict[str, Any]) -> list[str]:
    problems = []
    limits = {"title": 256, "description": 4096}
    for key, limit in limits.items():
        if len(embed.get(key) or "") > limit:
            problems.append(f"{key} longer than {limit}")
    if len((embed.get("footer") or {}).get("text") or "") > 2048:
        problems.append("footer longer than 2048")
    if len((embed.get("author") or {}).get("name") or "") > 256:
        problems.append("author name longer than 256")
    fields = embed.get("fields") or []
    if len(fields) > 25:
        problems.append(f"{len(fields)} fields (max 25)")
    for field in fields:
        if not 1 <= len(field.get("name") or "") <= 256:
            problems.append("field name must be 1-256 characters")
        if not 1 <= len(field.get("value") or "") <= 1024:
            problems.append("field value must be 1-1024 characters")
    return problems


def embed_characters(embed: dict[str, Any]) -> int:
    """The characters Discord counts toward the 6000 limit of a message."""
    total = len(embed.get("title") or "") + len(embed.get("description") or "")
    total += len((embed.get("footer") or {}).get("text") or "")
    total += len((embed.get("author") or {}).get("name") or "")
    for field in embed.get("fields") or []:
        total += len(field.get("name") or "") + len(field.get("value") or "")
    return total


def _component_problems(rows: list[dict[str, Any]]) -> list[str]:
    problems = []
    if len(rows) > 5:
        problems.append("more than 5 action rows")
    for row in rows:
        buttons = row.get("components") or []
        if len(buttons) > 5:
            problems.append("more than 5 components in a row")
        for button in buttons:
            if len(button.get("label") or "") > 80:
                problems.append("button label longer than 80")
            if len(button.get("custom_id") or "") > 100:
                problems.append("custom_id longer than 100")
    return problems
