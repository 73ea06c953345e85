"""Previous/Next buttons and the name picker, their state riding in the message.

So any process (and a restarted one) can turn the page; only the user who ran the command may
press them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from slackbot.blocks import SlackPage
from slackbot.limits import LIMITS, Block
from slackbot.text import context, plain

PREVIOUS, NEXT = "page_previous", "page_next"
PICK = "pick_name"  # action id prefix; the command follows: pick_name:who
NOT_YOURS = "Only the person who ran the command can use these buttons; run it yourself to browse."


@dataclass(frozen=True)
class State:
    """Who asked what, and the page shown."""

    owner: str
    command: str
    options: dict[str, str]
    page: int = 0

    def value(self, page: int) -> str:
        data = {"u": self.owner, "c": self.command, "o": self.options, "p": page}
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if len(text) > LIMITS.button_value:
            raise ValueError("paging state too long for a button")
        return text

    @classmethod
    def from_value(cls, value: str) -> State:
        data = json.loads(value)
        options = {str(k): str(v) for k, v in dict(data.get("o", {})).items()}
        return cls(str(data["u"]), str(data["c"]), options, int(data.get("p", 0)))


def button(label: str, action_id: str, value: str, *, primary: bool = False) -> Block:
    element: Block = {
        "type": "button",
        "text": plain(label, LIMITS.button_text),
        "action_id": action_id,
        "value": value,
    }
    if primary:
        element["style"] = "primary"
    return element


def with_pager(page: SlackPage, state: State, index: int, total: int) -> SlackPage:
    """The page with "Page i/n" and the buttons that lead on (none at either end)."""
    if total <= 1:
        return page
    buttons = []
    if index > 0:
        buttons.append(button("Previous", PREVIOUS, state.value(index - 1)))
    if index < total - 1:
        buttons.append(button("Next", NEXT, state.value(index + 1), primary=True))
    blocks = [
        *page.blocks,
        context(f"Page {index + 1}/{total}"),
        {"type": "actions", "block_id": "pager", "elements": buttons},
    ]
    return SlackPage(page.text, blocks)


def picker(state: State, placeholder: str) -> Block:
    """An external-data select menu of names; the choice reruns the command with it."""
    return {
        "type": "actions",
        "block_id": f"pick|{state.owner}",
        "elements": [
            {
                "type": "external_select",
                "action_id": f"{PICK}:{state.command}",
                "placeholder": plain(placeholder, LIMITS.placeholder),
                "min_query_length": 1,
            }
        ],
    }


def option(name: str) -> dict[str, Any]:
    return {"text": plain(name, LIMITS.option_text), "value": name[: LIMITS.option_value]}
