"""What Slack rejects in a message, written from Slack's documentation independently of slackbot."""

from __future__ import annotations

import re
from typing import Any

MENTION = re.compile(r"<[!@]")  # <!channel>, <!here>, <!everyone>, <@U123>, <!subteam^S1>


def texts(value: Any) -> list[str]:
    if isinstance(value, dict):
        own = [value["text"]] if isinstance(value.get("text"), str) else []
        return own + [t for v in value.values() for t in texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in texts(v)]
    return []


def message_problems(payload: dict[str, Any]) -> list[str]:
    """Every reason Slack would refuse (or a reader would be pinged by) this message."""
    found: list[str] = []
    blocks = payload.get("blocks") or []
    if isinstance(blocks, str):
        import json

        blocks = json.loads(blocks)
    if len(blocks) > 50:
        found.append(f"{len(blocks)} blocks (Slack allows 50)")
    everything = [payload.get("text") or "", *texts(blocks)]
    if sum(len(t) for t in everything) > 40000:
        found.append("more than 40,000 characters")
    for block in blocks:
        kind = block.get("type")
        if kind == "section":
            text = block.get("text", {}).get("text", "")
            if not 0 < len(text) <= 3000:
                found.append(f"section text of {len(text)} characters")
        if kind == "header" and len(block["text"]["text"]) > 150:
            found.append("header over 150")
        if kind == "context" and len(block.get("elements", [])) > 10:
            found.append("context over 10 elements")
        if kind == "actions":
            for element in block.get("elements", []):
                if len(element.get("value", "")) > 2000:
                    found.append("button value over 2000")
                if len(element.get("text", {}).get("text", "")) > 75:
                    found.append("button text over 75")
        if len(block.get("block_id", "")) > 255:
            found.append("block_id over 255")
    for text in everything:
        if MENTION.search(text):
            found.append(f"a mention in {text[:80]!r}")
    return found
