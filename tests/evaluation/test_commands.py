"""The evaluations' names: every module runs as `python -m evaluation NAME` and as before the groups."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaluation import __main__ as command
from evaluation.commands import MODULES

ROOT = Path(__file__).resolve().parents[2]


def test_every_evaluation_module_has_its_name() -> None:
    runnable = {
        path.stem
        for path in (ROOT / "evaluation").rglob("*.py")
        if 'if __name__ == "__main__":' in path.read_text(encoding="utf-8")
        and path.name != "__main__.py"
    }
    assert runnable == set(MODULES)
    for name, module in MODULES.items():
        assert module.rsplit(".", 1)[1] == name
        assert hasattr(importlib.import_module(module), "main")
    assert set(command.EVALUATIONS) <= set(MODULES)


def test_names_and_options_are_checked(capsys: pytest.CaptureFixture[str]) -> None:
    assert command.main(["no_such_evaluation"]) == 2
    assert "unknown evaluation(s): no_such_evaluation" in capsys.readouterr().out
    assert command.main(["seed_quotes", "seed_people", "--errors"]) == 2
    assert "options go to one of seed_quotes" in capsys.readouterr().out


@pytest.mark.parametrize(
    "command_line",
    [
        ["-m", "evaluation", "quotes_written", "--help"],
        ["-m", "evaluation.quotes_written", "--help"],  # the command before the groups
    ],
)
def test_an_evaluation_runs_by_its_name_with_its_options(command_line: list[str]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, *command_line], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "--errors" in done.stdout


def test_an_import_finds_only_the_new_path() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("evaluation.quotes_written")
