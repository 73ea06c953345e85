"""Ingest on every core stores what one process stores, and the story grows while a run works."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy.orm import Session, sessionmaker

from briefings.analysis.results import ArticleText
from briefings.cli import main
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.ingest.outcomes import FileOutcome
from briefings.ingest.parallel import ingest_parallel
from briefings.ingest.pipeline import read_article
from briefings.ingest.workers import start_worker
from briefings.story import Story
from tests.conftest import ROOT, SEEDS
from tests.ingest.test_incremental import _answers
from tests.story.rebuilds import dump


def _folder(tmp_path: Path) -> Path:
    """The seeds, a file that cannot be read as an article, and a duplicate of a seed."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for seed in sorted(SEEDS.glob("*.txt")):
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "zz_copy.txt").write_bytes(sorted(SEEDS.glob("*.txt"))[0].read_bytes())
    (folder / "broken.txt").write_bytes(b"\x00\x01binary")
    return folder


def test_two_processes_store_and_answer_what_one_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = _folder(tmp_path)
    parallel = ingest_parallel(sessions, [folder], workers=2)
    one_process = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    single = ingest_paths(one_process, [folder])
    outcomes = [(Path(o.path).name, o.status) for o in parallel.outcomes]
    assert outcomes == [(Path(o.path).name, o.status) for o in single.outcomes]
    assert [status for _, status in outcomes].count("added") == 5
    assert ("broken.txt", "failed") in outcomes and ("zz_copy.txt", "duplicate") in outcomes
    assert _answers(Story(sessions)) == _answers(Story(one_process))
    one_process.kw["bind"].dispose()


def test_a_long_run_refreshes_the_story_as_it_goes(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("briefings.ingest.pipeline.REFRESH_EVERY", 2)
    story = Story(sessions)
    people_seen: list[int] = []
    report = ingest_paths(
        sessions, [SEEDS], on_outcome=lambda _outcome: people_seen.append(len(story.people()))
    )
    assert report.count("added") == 5 and report.story_error is None
    # seen as each file's outcome is reported: refreshed after the 2nd and 4th, before the end
    assert people_seen[0] == people_seen[1] == 0
    assert 0 < people_seen[2] == people_seen[3] < people_seen[4]


def test_a_parallel_run_refreshes_the_story_while_its_workers_analyse_the_last_files(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refresh left for the end runs alone, the workers done: a parallel run refreshes
    the story shortly before (here long before REFRESH_EVERY), so that one covers the last few."""
    from benchmarks.data.corpus import Corpus

    monkeypatch.setattr("briefings.ingest.parallel.CLOSING_LEAST", 4)
    folder = tmp_path / "generated"
    Corpus(seed=3).write(folder, 30)
    story = Story(sessions)
    people_seen: list[int] = []
    report = ingest_parallel(
        sessions, [folder], 2, on_outcome=lambda _outcome: people_seen.append(len(story.people()))
    )
    assert report.count("added") == 30 and report.story_error is None
    assert people_seen[0] == 0  # the first batch: nothing refreshed yet
    assert 0 < people_seen[-1] < len(story.people())  # refreshed before the last files, and after


def _running_children() -> list[int]:
    """This process's children that have not exited (Linux: read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            state, parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[:2]
        except (OSError, ValueError):
            continue  # exited meanwhile
        if int(parent) == os.getpid() and state not in ("Z", "X"):
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_workers_exit_while_the_last_refresh_runs(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file handed over, the workers have nothing left to do: they exit while the story's
    last refresh runs (not after it), and none outlives the ingest."""
    from briefings.ingest import parallel, pipeline

    real = pipeline.refresh_owed
    during: list[list[int]] = []
    groupers: list[int] = []  # the process grouping points and events stays: the refresh asks it
    grouper = parallel.Grouper

    def recorded(*args: Any) -> parallel.Grouper:
        made = grouper(*args)
        groupers.append(cast(int, made.process.pid))
        return made

    def workers() -> list[int]:
        return [pid for pid in _running_children() if pid not in groupers]

    def refresh(*args: object, **kwargs: bool) -> object:
        deadline = time.monotonic() + 5
        while workers() and time.monotonic() < deadline:
            time.sleep(0.02)
        during.append(workers())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "Grouper", recorded)
    monkeypatch.setattr(pipeline, "refresh_owed", refresh)
    report = ingest_parallel(sessions, [_folder(tmp_path)], workers=2)
    assert report.count("added") == 5 and report.story_error is None
    assert len(groupers) == 1
    assert during == [[]]  # the last refresh (the only one here) ran with no worker left
    assert _running_children() == []


def test_cli_ingest_with_workers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["ingest", "--workers", "2", "--db", db, str(SEEDS)]) == 0
    assert "ingest: 5 added" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["ingest", "--workers", "-1", "--db", db, str(SEEDS)])
    assert "is not a number of processes" in capsys.readouterr().err


def _children(pid: int) -> list[int]:
    """The live (not zombie) processes whose parent is `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_workers_die_with_their_parent_killed_with_sigkill(tmp_path: Path) -> None:
    """The two workers and the grouper beside them (three children) all go with the parent."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text()
    for number in range(400):  # enough work that the run is still going when it is killed
        (folder / f"{number:03d}.txt").write_text(f"Copy {number}\n\n{text}")
    command = [sys.executable, "-m", "bot.cli", "ingest", "--workers", "2"]
    db = f"sqlite:///{tmp_path / 'killed.db'}"
    parent = subprocess.Popen(
        [*command, "--db", db, str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    workers: list[int] = []
    while len(workers) < 3:
        assert parent.poll() is None and time.monotonic() < deadline, "no workers started"
        time.sleep(0.05)
        workers = _children(parent.pid)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 5
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [w for w in workers if _alive(w)], "children outlived their killed parent"


def _no_analysis(path: str, _doc: object) -> FileOutcome:
    return FileOutcome(path, "failed", "analysed although already stored")


def test_workers_look_files_up_before_analysing_them(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    first = ingest_parallel(sessions, [folder], workers=2)
    assert first.count("added") == 5
    # the workers are forked from this process: they inherit an analysis that fails
    monkeypatch.setattr("briefings.ingest.parallel.analysed", _no_analysis)
    again = ingest_parallel(sessions, [folder], workers=2)
    statuses = {Path(o.path).name: o.status for o in again.outcomes}
    assert statuses.pop("broken.txt") == "failed"
    assert statuses.pop("zz_copy.txt") == "duplicate"
    assert set(statuses.values()) == {"unchanged"}, statuses


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [int(pool["num_threads"]) for pool in threadpool_info()]


def test_a_worker_runs_numeric_code_on_one_thread() -> None:
    import numpy as np  # loaded before the worker is forked, as in the CLI

    assert np.ones(2) @ np.ones(2) == 2.0
    with ProcessPoolExecutor(1, initializer=start_worker, initargs=(os.getpid(), None)) as pool:
        threads = pool.submit(_blas_threads).result()
    assert threads and set(threads) == {1}


def _niceness() -> int:
    return os.nice(0)


def test_workers_yield_the_cores_to_the_parent_that_stores() -> None:
    """The parent alone stores and refreshes the story: when it and the workers want more cores
    than there are, its work goes first (else it falls behind and finishes alone at the end)."""
    with ProcessPoolExecutor(1, initializer=start_worker, initargs=(os.getpid(), None)) as pool:
        worker = pool.submit(_niceness).result()
    assert worker > os.nice(0)


ONE_PROCESS_THREADS = """
import numpy as np
from threadpoolctl import threadpool_info
from briefings.db import open_database
from briefings.ingest import ingest_paths
assert np.ones(2) @ np.ones(2) == 2.0
ingest_paths(open_database("sqlite://"), [])
print(sorted({int(pool["num_threads"]) for pool in threadpool_info()}))
"""


def test_one_process_ingest_runs_numeric_code_on_one_thread() -> None:
    """BLAS threads spinning beside the analysis cost a third of one process's CPU time."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2", "OMP_NUM_THREADS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", ONE_PROCESS_THREADS],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    )
    assert done.stdout.strip().splitlines()[-1] == "[1]"


def _mixed_folder(tmp_path: Path) -> Path:
    """Three dozen distinct generated articles, then near-duplicates (one word changed) and exact
    copies of some of them, named so that each lands next to its original (same batch, the
    other worker) or far from it (after the original is committed)."""
    from benchmarks.data.corpus import Corpus

    folder = tmp_path / "mixed"
    paths = Corpus(seed=7).write(folder, 36)
    for number, original in enumerate(paths[::5]):
        text = original.read_text(encoding="utf-8")
        (folder / f"{original.stem}_copy.txt").write_text(text, encoding="utf-8")
        near = text.replace(" the ", " a ", 1)
        (folder / f"zz_{number:02d}_near.txt").write_text(near, encoding="utf-8")
    return folder


def test_one_and_two_workers_give_the_same_outcomes_with_duplicates_in_the_run(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    folder = _mixed_folder(tmp_path)
    one_process = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    single = ingest_parallel(one_process, [folder], workers=1)
    one_process.kw["bind"].dispose()
    parallel = ingest_parallel(sessions, [folder], workers=2)  # on each backend
    outcomes = [(Path(o.path).name, o.status) for o in parallel.outcomes]
    assert outcomes == [(Path(o.path).name, o.status) for o in single.outcomes]
    statuses = [status for _, status in outcomes]
    assert statuses.count("added") == 36 and statuses.count("duplicate") == 16, outcomes


def test_one_worker_or_one_file_is_one_process_run(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    seed = sorted(SEEDS.glob("*.txt"))[0]
    one_file = ingest_parallel(sessions, [seed], workers=2)
    assert [o.status for o in one_file.outcomes] == ["added"]
    one_worker = ingest_parallel(sessions, [_folder(tmp_path)], workers=1)
    assert one_worker.count("added") == 4 and one_worker.story_error is None


def _failing_on(opening: str) -> object:
    from briefings.analysis.pipeline import analyse

    def analyse_or_fail(article: ArticleText) -> object:
        if article.paragraphs[:1] == (opening,):
            raise ValueError("an analyser bug")
        return analyse(article)

    return analyse_or_fail


def test_a_file_failing_in_the_middle_of_a_workers_chunk_fails_alone(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker is handed several files at once: one whose analysis fails is reported failed,
    and the files before and after it in the same chunk are stored, in order."""
    from benchmarks.data.corpus import Corpus
    from briefings.ingest.parallel import chunks

    folder = tmp_path / "generated"
    paths = Corpus(seed=5).write(folder, 40)
    first = chunks(len(paths), 2)[0]
    assert len(first) >= 3  # the first chunk holds several files: fail its middle one
    middle = sorted(paths)[first.start + len(first) // 2]
    found = read_article(middle, {})
    assert not isinstance(found, FileOutcome)
    opening = found.doc.paragraphs[0]
    # the workers are forked from this process: they inherit an analysis failing on one file
    monkeypatch.setattr("briefings.ingest.pipeline.analyse", _failing_on(opening))
    report = ingest_parallel(sessions, [folder], workers=2)
    outcomes = [(Path(o.path).name, o.status) for o in report.outcomes]
    assert [name for name, _ in outcomes] == sorted(p.name for p in paths)
    assert [name for name, status in outcomes if status != "added"] == [middle.name]
    failed = report.failed[0]
    assert "analysis failed (ValueError: an analyser bug)" in failed.reason
    assert report.count("added") == 39 and report.story_error is None


def test_chunks_cover_every_file_once_in_order_and_shrink_toward_the_end() -> None:
    """Few round trips while there is much to do; toward the end one file at a time, so that
    the workers finish together and the last results are not held back by a chunk's others."""
    from briefings.ingest.parallel import CHUNK, chunks

    for count in (1, 2, 7, 40, 1000):
        parts = chunks(count, 2)
        assert [i for part in parts for i in part] == list(range(count))
        assert all(1 <= len(part) <= CHUNK for part in parts)
    parts = chunks(1000, 2)
    assert len(parts[0]) == CHUNK and [len(p) for p in parts[-4:]] == [1, 1, 1, 1]
    assert len(parts) < 1000 / CHUNK + 40


def _many_bytes(size: int) -> bytes:
    return b"x" * size


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="F_SETPIPE_SZ is Linux's")
def test_the_pipe_the_workers_hand_results_over_holds_more_than_a_chunks_results() -> None:
    """A chunk's results (about 65 kB) outgrow a pipe's 64 kB: the pipe they go through is made
    larger, so that a worker's write does not wait for the parent's thread to read it."""
    from briefings.ingest.parallel import RESULT_PIPE, _pool, _roomy

    with _pool(2, None) as pool:
        assert _roomy(pool) == RESULT_PIPE
        sizes = [70_000, 300_000, 1]
        assert [len(b) for b in pool.map(_many_bytes, sizes)] == sizes


def test_a_pipe_that_cannot_be_made_larger_is_left_as_it_is() -> None:
    from briefings.ingest.parallel import _roomy

    class NotAPool:
        pass

    assert _roomy(cast(ProcessPoolExecutor, NotAPool())) is None


def test_a_run_stopped_by_an_error_does_not_analyse_the_files_left(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When storing fails (a bug, Ctrl-C), the run stops at once: the workers finish the few
    files they have begun and are not made to analyse the rest before the error is reported."""
    from benchmarks.data.corpus import Corpus
    from briefings.ingest import pipeline

    folder = tmp_path / "generated"
    Corpus(seed=9).write(folder, 240)
    log = tmp_path / "analysed.log"
    analyse = pipeline.analyse

    def logged(article: ArticleText) -> object:
        with log.open("a", encoding="utf-8") as out:  # the workers inherit it: one line a file
            out.write("x\n")
        return analyse(article)

    def broken(*_args: object) -> None:
        raise RuntimeError("a storing bug")

    monkeypatch.setattr(pipeline, "analyse", logged)
    monkeypatch.setattr("briefings.ingest.batch.Batch.add", broken)
    with pytest.raises(RuntimeError, match="a storing bug"):
        ingest_parallel(sessions, [folder], workers=2)
    assert len(log.read_text(encoding="utf-8").splitlines()) < 120  # of 240


@contextlib.contextmanager
def _no_grouper(_url: object) -> Iterator[None]:
    """In place of `parallel._grouper`: the refreshes group the new points and events themselves."""
    yield None


def test_the_new_points_and_events_are_grouped_in_a_process_of_their_own(
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A parallel run's incremental refreshes leave the grouping of the new points and events
    to a process of its own while they link and cluster (the last refreshes, run as the workers
    finish, take about half as long): the same story as grouping them in the refresh. Its plans
    arrive (pickled), never grouped again in the refresh."""
    from benchmarks.data.corpus import Corpus
    from briefings.ingest import parallel

    monkeypatch.setattr("briefings.ingest.pipeline.REFRESH_EVERY", 15)
    monkeypatch.setattr("briefings.ingest.parallel.CLOSING_LEAST", 4)
    folder = tmp_path / "generated"
    Corpus(seed=5).write(folder, 50)
    planned_by = tmp_path / "planned.log"
    plan = parallel.plan_new_groups

    def logged(session: Session) -> object:
        with planned_by.open("a", encoding="utf-8") as out:  # the grouper inherits it
            out.write(f"{os.getpid()}\n")
        return plan(session)

    monkeypatch.setattr(parallel, "plan_new_groups", logged)
    report = ingest_parallel(sessions, [folder], workers=2)
    assert report.count("added") == 50 and report.story_error is None
    planners = planned_by.read_text(encoding="utf-8").split()
    assert len(planners) >= 3 and os.getpid() not in {int(p) for p in planners}
    assert len(set(planners)) == 1  # one process for the whole run, its caches kept
    assert "planning the new groups elsewhere failed" not in caplog.text
    monkeypatch.setattr(parallel, "_grouper", _no_grouper)
    here = open_database(f"sqlite:///{tmp_path / 'here.db'}")
    assert ingest_parallel(here, [folder], workers=2).count("added") == 50
    assert dump(sessions) == dump(here)
    here.kw["bind"].dispose()


def test_a_refresh_groups_the_new_points_and_events_itself_when_planning_fails(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmarks.data.corpus import Corpus
    from briefings.ingest import parallel

    def broken(_session: Session) -> object:
        raise RuntimeError("a planning bug")

    monkeypatch.setattr("briefings.ingest.pipeline.REFRESH_EVERY", 15)
    monkeypatch.setattr("briefings.ingest.parallel.CLOSING_LEAST", 4)
    folder = tmp_path / "generated"
    Corpus(seed=5).write(folder, 40)
    monkeypatch.setattr(parallel, "plan_new_groups", broken)
    report = ingest_parallel(sessions, [folder], workers=2)
    assert report.count("added") == 40 and report.story_error is None
    monkeypatch.undo()
    one = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    monkeypatch.setattr("briefings.ingest.pipeline.REFRESH_EVERY", 15)
    monkeypatch.setattr("briefings.ingest.parallel.CLOSING_LEAST", 4)
    monkeypatch.setattr(parallel, "_grouper", _no_grouper)
    assert ingest_parallel(one, [folder], workers=2).count("added") == 40
    assert dump(sessions) == dump(one)
    one.kw["bind"].dispose()
