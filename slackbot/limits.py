"""Slack's message limits as data, and the check that a message stays inside them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Block = dict[str, Any]


@dataclass(frozen=True)
class SlackLimits:
    """What chat.postMessage, chat.update and response_url accept (api.slack.com/reference/block-kit)."""

    blocks: int = 50  # blocks in one message
    section_text: int = 3000  # a section block's text
    context_elements: int = 10
    message_text: int = 40000  # the whole message
    button_text: int = 75
    button_value: int = 2000
    action_id: int = 255
    option_text: int = 75  # an option of a select menu
    option_value: int = 150
    options: int = 100  # options an external select may list
    placeholder: int = 150


LIMITS = SlackLimits()


def _texts(value: Any) -> list[str]:
    """Every `text` string in a block tree."""
    if isinstance(value, dict):
        found = [value["text"]] if isinstance(value.get("text"), str) else []
        return found + [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def characters(text: str, blocks: list[Block]) -> int:
    """The characters a message carries: its fallback text and every text in its blocks."""
    return len(text) + sum(len(t) for t in _texts(blocks))


def problems(text: str, blocks: list[Block], limits: SlackLimits = LIMITS) -> list[str]:
    """Every limit a message breaks; empty when Slack would accept it."""
    found = []
    if len(blocks) > limits.blocks:
        found.append(f"{len(blocks)} blocks")
    if characters(text, blocks) > limits.message_text:
        found.append("message text")
    for block in blocks:
        if block.get("type") == "section" and len(block["text"]["text"]) > limits.section_text:
            found.append("section text")
        if block.get("type") == "context" and len(block["elements"]) > limits.context_elements:
            found.append("context elements")
        for element in block.get("elements", []) if block.get("type") == "actions" else []:
            if len(element.get("value", "")) > limits.button_value:
                found.append("button value")
            if len(element.get("action_id", "")) > limits.action_id:
                found.append("action id")
    return found
