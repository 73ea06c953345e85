"""Each file is looked up once, before its analysis; the write looks it up again only when
another process stored articles since (or one of the run's own could be its duplicate)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

import briefings.ingest.pipeline as pipeline
import briefings.store as store
from benchmarks.data.corpus import Corpus
from briefings.ingest import ingest_paths
from briefings.ingest.parallel import ingest_parallel
from briefings.ingest.reading.document import Document
from briefings.ingest.since import OwnWrites


def _articles(folder: Path, count: int) -> list[Path]:
    """`count` generated articles, none a near-copy of another nor sharing a MinHash band."""
    return Corpus(seed=19).write(folder, count)


@contextmanager
def counted_lookups(sessions: sessionmaker[Session]) -> Iterator[list[str]]:
    """The duplicate look-ups (`store.lookup`'s statement) this process sends meanwhile: on
    SQLite the driver runs them itself (`store._lookup_rows`), unseen by the engine's events."""
    engine = sessions.kw["bind"]
    seen: list[str] = []

    def before(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "article_bands" in statement:
            seen.append(statement)

    looked_up = store._lookup_rows

    def counted(connection: Any, given: dict[str, Any]) -> list[tuple[Any, ...]]:
        if connection.dialect.name == "sqlite":
            seen.append("SELECT ... article_bands ... (the driver's)")
        return looked_up(connection, given)

    event.listen(engine, "before_cursor_execute", before)
    store._lookup_rows = counted
    try:
        yield seen
    finally:
        store._lookup_rows = looked_up
        event.remove(engine, "before_cursor_execute", before)


def test_one_process_looks_each_new_file_up_once(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _articles(tmp_path / "in", 12)
    with counted_lookups(sessions) as lookups:
        report = ingest_paths(sessions, [tmp_path / "in"])
    assert report.count("added") == 12
    assert len(lookups) == 12  # was 24: once before the analysis, once more in the write


def test_a_parallel_run_leaves_the_look_ups_to_its_workers(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _articles(tmp_path / "in", 12)
    with counted_lookups(sessions) as lookups:  # this process's; the workers look up in theirs
        report = ingest_parallel(sessions, [tmp_path / "in"], workers=2)
    assert report.count("added") == 12
    assert lookups == []


def test_a_copy_within_the_run_is_still_found_when_written(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    paths = _articles(folder, 4)
    copy = folder / "zz_copy.txt"
    copy.write_bytes(paths[1].read_bytes())  # looked up before the second was stored
    with counted_lookups(sessions) as lookups:
        report = ingest_paths(sessions, [folder])
    assert [o.status for o in report.outcomes] == ["added"] * 4 + ["duplicate"]
    assert paths[1].name in report.outcomes[4].reason
    assert len(lookups) == 6  # 5 before the analysis, the copy once more in the write


def test_an_article_another_process_stores_meanwhile_is_found_when_written(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _articles(tmp_path / "in", 3)
    other = tmp_path / "other"
    other.mkdir()
    (other / "copy.txt").write_bytes(paths[1].read_bytes())
    real = pipeline.analysed

    def analysed(path: str, doc: Document) -> Any:
        if path.endswith(paths[1].name):  # looked up already: another ingest stores a copy now
            assert ingest_paths(sessions, [other]).count("added") == 1
        return real(path, doc)

    monkeypatch.setattr(pipeline, "analysed", analysed)
    report = ingest_paths(sessions, [tmp_path / "in"])
    outcomes = {Path(o.path).name: o for o in report.outcomes}
    assert outcomes[paths[1].name].status == "duplicate", outcomes[paths[1].name]
    assert "copy.txt" in outcomes[paths[1].name].reason
    assert [outcomes[p.name].status for p in (paths[0], paths[2])] == ["added", "added"]


def test_what_the_run_stored_is_remembered_within_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(OwnWrites, "LIMIT", 4)
    own = OwnWrites()
    own.stored(["a", "b"])
    assert not own.holds(["a"], 5, 5)  # written in the open transaction: looked up again
    own.committed(6)
    assert own.holds(["c"], 5, 6) and not own.holds(["a"], 5, 6) and own.holds(["a"], 6, 6)
    assert not own.holds(["c"], 4, 6)  # mark 5 was another process's commit
    own.stored(["c", "d", "e"])
    own.committed(7)  # past the bound: forgotten, so older look-ups are made again
    assert not own.holds(["z"], 6, 7) and own.holds(["z"], 7, 7)
