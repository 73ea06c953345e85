"""The README's compose example matches the repository: its commands are briefbot subcommands
run through the Dockerfile's ENTRYPOINT, and every variable it sets is one briefbot reads and
`.env.example` documents. (No Docker here: the files are read, not run.)"""

from __future__ import annotations

import argparse
import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.cli import build_parser
from briefings.config import Settings

ROOT = Path(__file__).resolve().parent.parent


def compose() -> dict[str, Any]:
    """The YAML block of the README that starts with `# compose.yaml`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(# compose\.yaml.*?)```", readme, flags=re.S)
    assert len(blocks) == 1, "one compose example in the README"
    parsed = yaml.safe_load(blocks[0])
    assert isinstance(parsed, dict)
    return parsed


def built_services() -> dict[str, dict[str, Any]]:
    """The services built from this repository (not the postgres image)."""
    services = compose()["services"]
    built = {name: s for name, s in services.items() if s.get("build") == "."}
    assert {"bot", "worker"} <= set(built)
    return built


def entrypoint() -> list[str]:
    lines = (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
    (line,) = [x for x in lines if x.startswith("ENTRYPOINT ")]
    words = json.loads(line.removeprefix("ENTRYPOINT "))  # the exec form: signals reach briefbot
    assert isinstance(words, list)
    return [str(w) for w in words]


def subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def documented() -> set[str]:
    text = (ROOT / ".env.example").read_text(encoding="utf-8")
    return set(re.findall(r"^([A-Z_]+)=", text, flags=re.M))


@pytest.mark.parametrize("service", ["bot", "worker"])
def test_each_command_is_a_briefbot_subcommand(service: str) -> None:
    spec = built_services()[service]
    argv = entrypoint() + shlex.split(str(spec["command"]))
    assert argv[0] == "briefbot"
    assert argv[1] in subcommands(), f"{service}: `{' '.join(argv)}` names no briefbot command"
    args = build_parser().parse_args(argv[1:])  # exits (SystemExit) on an unknown option
    assert callable(args.handler)
    expected = {"bot": "run", "worker": "worker"}[service]
    assert argv[1] == expected


def test_each_variable_is_read_by_briefbot_and_documented(monkeypatch: pytest.MonkeyPatch) -> None:
    samples = {"DISCORD_TOKEN": "a-token"}  # a `${VAR}` from the user's environment
    seen: set[str] = set()
    for name, spec in built_services().items():
        for var, value in spec.get("environment", {}).items():
            seen.add(var)
            assert var in documented(), f"{name}: {var} is not in .env.example"
            value = samples.get(var, str(value)) if "${" in str(value) else str(value)
            monkeypatch.delenv(var, raising=False)
            before = Settings.from_env(dotenv=False)
            monkeypatch.setenv(var, value)
            assert Settings.from_env(dotenv=False) != before, f"{var} changes nothing"
            monkeypatch.delenv(var)
    assert {"DATABASE_URL", "FETCH_IN_BOT", "DISCORD_TOKEN"} <= seen


def test_the_bot_leaves_fetching_to_the_workers_on_one_database(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = built_services()
    bot, worker = services["bot"]["environment"], services["worker"]["environment"]
    monkeypatch.setenv("FETCH_IN_BOT", str(bot["FETCH_IN_BOT"]))
    assert Settings.from_env(dotenv=False).fetch_in_bot is False
    assert bot["DATABASE_URL"] == worker["DATABASE_URL"]
    assert bot["DATABASE_URL"].startswith("postgresql+psycopg://")  # claims need PostgreSQL
    assert "db" in compose()["services"]


def test_the_image_copies_only_what_it_needs() -> None:
    """`.dockerignore` lets through nothing but what the Dockerfile copies: never `.env`."""
    rules = [
        line
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rules[0] == "*"
    allowed = {r.removeprefix("!").rstrip("/") for r in rules if r.startswith("!")}
    copied = set(re.findall(r"^COPY (?:--\S+ )*(.+) \S+$", (ROOT / "Dockerfile").read_text(), re.M))
    sources = {word for line in copied for word in line.split()}
    assert sources == allowed
    assert all((ROOT / s).exists() for s in sources)
    assert not {".env", ".venv", ".git"} & allowed
