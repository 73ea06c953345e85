"""A query starts at once: it loads neither the adapters nor Alembic nor the ORM, nor the analysis it
does not run."""

from __future__ import annotations

import gc
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy.orm import Session, sessionmaker

from briefings.db import alembic_config, at_head, head_revisions
from tests.conftest import ROOT, SEEDS

HEAVY = (
    "discord",
    "aiohttp",
    "apscheduler",
    "alembic",
    "slack_bolt",
    "matplotlib",
    "rich",
    "prompt_toolkit",
    "numpy",
    "trafilatura",
    # the analysis a query does not run: names (nameparser), fuzzy matching (rapidfuzz, only for a
    # name nobody has), sentence splitting and the quote extractor (syntok), grouping
    "nameparser",
    "rapidfuzz",
    "syntok",
    "briefings.analysis.quotes.extract",
    "briefings.analysis.grouping",
    # a briefing's support check tells first names by `common.given_names.gender`, not the attribution rules
    # (their regexes: 3-8 ms of `brief` on the seeds), nor the analysis' result classes
    "briefings.analysis.speech",
    "briefings.analysis.results",
    # a query reads the Core tables of briefings.schema through a connection: neither the ORM
    # (its import and the mapping of the models: about 0.1 s, a quarter of `brief --json` on the
    # seeds) nor the ORM classes
    "sqlalchemy.orm",
    "briefings.models",
)
# Runs the command as `briefbot` does, then prints which of HEAVY it loaded.
PROBE = """
import contextlib, io, json, sys
from bot.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[2:])
loaded = [m for m in json.loads(sys.argv[1]) if m in sys.modules]
print(json.dumps({"code": code, "loaded": loaded}))
"""


def _loaded(*argv: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY), *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def test_query_commands_load_no_heavy_module(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'seeds.db'}"
    assert _loaded("ingest", "--db", db, str(SEEDS))["code"] == 0
    for command in (
        ["brief", "--json"],
        ["brief", "--json", "--focus", "Putin"],
        ["quote", "--json"],
        ["quote", "--json", "Putin"],
        ["who", "Putin", "--json"],
        ["people"],
        ["sources", "--json"],
        ["timeline", "--json"],
        ["digest", "--preview", "--json"],
    ):
        assert _loaded(*command, "--db", db) == {"code": 0, "loaded": []}, command


def test_what_start_up_imports_is_frozen_before_collection_resumes() -> None:
    """The first collection after the imports walks none of the modules' objects (30-50 ms of
    every command's start-up when it did): they are frozen before collection is enabled again."""
    probe = "import gc; import bot.cli; print(gc.get_freeze_count(), gc.isenabled())"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    frozen, enabled = done.stdout.split()
    assert int(frozen) > 50_000 and enabled == "True"


def test_heads_read_from_the_files_are_alembic_heads(sessions: sessionmaker[Session]) -> None:
    script = ScriptDirectory.from_config(alembic_config(sessions.kw["bind"]))
    assert head_revisions() == set(script.get_heads())
    assert at_head(sessions.kw["bind"])


def test_an_old_schema_is_not_taken_for_the_newest(sessions: sessionmaker[Session]) -> None:
    from alembic import command

    engine = sessions.kw["bind"]
    command.downgrade(alembic_config(engine), "-1")
    assert not at_head(engine)
    command.upgrade(alembic_config(engine), "head")
    assert at_head(engine)


def test_the_console_settles_the_heap_as_the_bot_does(
    sessions: sessionmaker[Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.cli import _console_on
    from briefings.story import Story

    monkeypatch.setattr(sys, "stdin", io.StringIO("/people\n"))
    gc.unfreeze()
    try:
        assert _console_on(Story(sessions)) == 0
        assert gc.get_freeze_count() > 0  # start-up objects left out of full collections
    finally:
        gc.unfreeze()
