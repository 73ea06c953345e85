"""Slack ids (T024BE7LD, C024BE91L) as the integer keys the digest tables use, and back.

Discord snowflakes are positive; a Slack id is stored as minus its base-36 value, so the two
platforms share the digest tables and their bookkeeping without ever meeting on one key."""

from __future__ import annotations

import string

DIGITS = string.digits + string.ascii_uppercase
LONGEST = 12  # 36**12 < 2**63: the id fits a BIGINT


def to_key(slack_id: str) -> int:
    """`C024BE91L` -> a negative integer, unique to that id."""
    text = slack_id.strip().upper()
    if not text or len(text) > LONGEST or not text.isalnum() or not text[0].isalpha():
        raise ValueError(f"not a Slack id: {slack_id!r}")
    return -int(text, 36)


def from_key(key: int) -> str:
    """The Slack id a key stands for."""
    if key >= 0:
        raise ValueError(f"{key} is not a Slack key")
    value, digits = -key, []
    while value:
        value, digit = divmod(value, 36)
        digits.append(DIGITS[digit])
    return "".join(reversed(digits))


def is_slack(key: int) -> bool:
    return key < 0
