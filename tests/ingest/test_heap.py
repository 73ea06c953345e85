"""An ingest makes full garbage collections rarer while it runs, and gives the process (the
bot, whose p99 depends on it) its own setting back afterwards, even when it fails."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

import briefings.ingest.batch as batch
import briefings.ingest.pipeline as pipeline
from briefings.ingest import FileOutcome, ingest_paths
from briefings.ingest.heap import RARE_FULL, RARE_MIDDLE, RARE_YOUNG
from briefings.ingest.parallel import ingest_parallel

ARTICLE = "Talks resume\n\nThe envoy, Anna Schmidt, said on Monday that the talks would resume.\n"


def test_full_collections_are_rare_during_an_ingest_and_the_setting_comes_back(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    before = gc.get_threshold()
    during: list[tuple[int, int, int]] = []
    ingest_paths(sessions, [tmp_path], on_outcome=lambda _o: during.append(gc.get_threshold()))
    assert during and all(
        young >= RARE_YOUNG and middle >= RARE_MIDDLE and full >= RARE_FULL
        for young, middle, full in during
    )
    assert gc.get_threshold() == before


def test_the_setting_comes_back_after_a_failed_ingest(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE)
    before = gc.get_threshold()

    def broken(*_args: object) -> FileOutcome:
        raise RuntimeError("analysis broke")

    monkeypatch.setattr(pipeline, "analysed", broken)
    with pytest.raises(RuntimeError):
        ingest_paths(sessions, [tmp_path])
    assert gc.get_threshold() == before


@pytest.mark.parametrize("workers", [1, 2])
def test_a_cli_ingest_leaves_what_start_up_loaded_out_of_collections(
    sessions: sessionmaker[Session], tmp_path: Path, workers: int
) -> None:
    """`briefbot ingest`: its full collections walk the articles' objects only; with workers,
    these are forked from the frozen heap (the warm-up's dictionaries included)."""
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Monday", f"Monday ({name})"))
    before = gc.get_freeze_count()
    try:
        report = ingest_parallel(sessions, [tmp_path], workers)
        assert report.count("added") + report.count("duplicate") == 2
        assert gc.get_freeze_count() > before
    finally:
        if before == 0:
            gc.unfreeze()  # the rest of the tests run as they did


def test_a_cli_ingest_sets_aside_what_each_commit_leaves_alive(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`briefbot ingest` in one process: what a stored batch leaves alive is frozen at its
    commit, so the young collections of the batches after it do not walk it again."""
    monkeypatch.setattr(batch, "BATCH", 1)  # a commit a file
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(ARTICLE.replace("Monday", f"Monday ({name})"))
    before = gc.get_freeze_count()
    frozen: list[int] = []
    try:
        ingest_parallel(
            sessions, [folder], 1, on_outcome=lambda _o: frozen.append(gc.get_freeze_count())
        )
        assert len(frozen) == 3 and frozen[0] < frozen[1] < frozen[2]
    finally:
        if before == 0:
            gc.unfreeze()  # the rest of the tests run as they did
