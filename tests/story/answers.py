"""Ask a story's database what a user asks through the CLI: quotes as JSON, `who` as text."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.cli import main


def quotes(capsys: pytest.CaptureFixture[str], db: str, *name: str) -> dict[str, Any]:
    """`briefbot quote NAME --json`'s answer (the command must succeed)."""
    capsys.readouterr()
    assert main(["quote", *name, "--db", db, "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def quoted(capsys: pytest.CaptureFixture[str], db: str, name: str) -> set[str]:
    """The texts of the quotes `briefbot quote NAME` lists."""
    return {q["text"] for q in quotes(capsys, db, name)["items"]}


def who(capsys: pytest.CaptureFixture[str], db: str, name: str) -> tuple[int, str]:
    """`briefbot who NAME`'s exit code and printed answer."""
    capsys.readouterr()
    code = main(["who", *name.split(), "--db", db])
    return code, capsys.readouterr().out
