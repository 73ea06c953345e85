"""A hostile folder: every bad file is one line, every good file is stored, and the run ends."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.app import open_backend
from briefings.config import Settings
from briefings.ingest import ingest_paths
from briefings.ingest.parallel import ingest_parallel
from briefings.models import Article

CITIES = ("Oslo", "Lima", "Hanoi", "Accra")
_NEWS = {
    "Oslo": "The fishing fleet returned to port after the storm passed over the northern coast.",
    "Lima": "Copper exports rose for a third month as new mines opened in the southern highlands.",
    "Hanoi": "A new metro line opened to passengers after a decade of delays and rising costs.",
    "Accra": "Cocoa farmers said heavy rain had damaged part of this year's harvest in the west.",
    "Dakar": "The port authority said container traffic doubled since the new terminal opened.",
    "Secret": "Nothing in this file may be read by an ingest of the folder next to it.",
    "Baku": "Officials said the pipeline would carry gas to southern Europe from next spring.",
}


def good(city: str) -> str:
    """A short good article, different enough from the others not to be a near-duplicate."""
    return f"Talks in {city}\n\n{_NEWS[city]}\n"


def _hostile(tmp_path: Path) -> tuple[Path, dict[str, tuple[str, str]]]:
    """A folder of bad files among good ones, and what ingest must say of each."""
    folder = tmp_path / "articles"
    (folder / "feed").mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text(good("Secret"), encoding="utf-8")
    for n, city in enumerate(CITIES[:3]):
        (folder / f"good{n}.txt").write_text(good(city), encoding="utf-8")
    (folder / "feed" / "good3.txt").write_text(good(CITIES[3]), encoding="utf-8")
    (folder / "feed" / "manifest.json").write_text(
        '{"articles": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8"
    )
    os.mkfifo(folder / "pipe.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "passwd.txt").symlink_to(outside)
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "deep.md").write_text(
        "---\ntitle: Deep\nx: " + "[" * 1000 + "]" * 1000 + "\n---\nThe body said hello.\n",
        encoding="utf-8",
    )
    (folder / "indented.md").write_text(
        "---\ntitle: Deep\nx:\n" + "".join(" " * i + "a:\n" for i in range(1, 80)) + "---\nBody.\n",
        encoding="utf-8",
    )
    (folder / "timestamp.md").write_text(
        "---\ntitle: Impossible date\npublished: !!timestamp 2023-13-45\n---\n"
        "The envoy in Quito said on Friday that the talks went well.\n",
        encoding="utf-8",
    )
    (folder / "nul-late.txt").write_bytes(
        b"Late NUL\n\n" + b"The talks went on for a long while. " * 400 + b"\x00 and on.\n"
    )
    (folder / "private-use.txt").write_text(
        "Private use\n\n\ue100\n\nThe aide in Riga said the talks went well on Monday.\n",
        encoding="utf-8",
    )
    (folder / "one-line.txt").write_text(
        "One line\n\n" + " ".join(f"the minister said word{n} again" for n in range(12_000)),
        encoding="utf-8",
    )
    expected = {
        "good0.txt": ("added", ""),
        "good1.txt": ("added", ""),
        "good2.txt": ("added", ""),
        "good3.txt": ("added", ""),
        "manifest.json": ("failed", "nested too deeply"),
        "pipe.txt": ("skipped", "not a regular file (a FIFO)"),
        "zero.txt": ("skipped", "outside the folder"),
        "passwd.txt": ("skipped", "outside the folder"),
        "loop-a.txt": ("failed", "broken link: it leads round in a loop"),
        "loop-b.txt": ("failed", "broken link: it leads round in a loop"),
        "deep.md": ("failed", "malformed front matter: nested more than 50 deep"),
        "indented.md": ("failed", "malformed front matter: nested more than 50 deep"),
        "timestamp.md": ("added", ""),
        "nul-late.txt": ("failed", "binary file"),
        "private-use.txt": ("added", ""),
        "one-line.txt": ("added", ""),
    }
    return folder, expected


@pytest.mark.parametrize("workers", [1, 2])
def test_a_hostile_folder_stores_every_good_file_and_names_every_bad_one(
    sessions: sessionmaker[Session], tmp_path: Path, workers: int
) -> None:
    folder, expected = _hostile(tmp_path)
    started = time.monotonic()
    report = ingest_parallel(sessions, [folder], workers)
    assert time.monotonic() - started < 60
    by_name = {Path(o.path).name: o for o in report.outcomes}
    assert set(by_name) == set(expected)
    for name, (status, reason) in expected.items():
        assert (by_name[name].status, name) == (status, name), by_name[name].line()
        assert reason in by_name[name].reason, by_name[name].line()
    assert "'2023-13-45' not understood" in by_name["timestamp.md"].warnings[0]
    assert any("cut into pieces" in w for w in by_name["one-line.txt"].warnings)
    with sessions() as session:
        stored = {Path(a.path).name: a.body for a in session.scalars(select(Article))}
    assert set(stored) == {n for n, (status, _) in expected.items() if status == "added"}
    assert not any("Secret" in body or "\x00" in body for body in stored.values())


def test_a_fifo_or_device_named_on_its_own_is_skipped_without_blocking(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    os.mkfifo(tmp_path / "pipe.txt")  # nothing ever writes: opening it to read would block
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    report = ingest_paths(sessions, [tmp_path / "pipe.txt", tmp_path / "zero.txt"])
    assert [(o.status, o.reason) for o in report.outcomes] == [
        ("skipped", "not a regular file (a FIFO): not read"),
        ("skipped", "not a regular file (a device): not read"),
    ]


def test_a_link_inside_the_folder_is_followed(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "a.txt").write_text(good("Baku"), encoding="utf-8")
    (tmp_path / "today.txt").symlink_to(tmp_path / "archive" / "a.txt")
    report = ingest_paths(sessions, [tmp_path / "today.txt"])
    assert report.count("added") == 1, report.summary()


def test_the_periodic_ingest_keeps_working_beside_a_hostile_file(tmp_path: Path) -> None:
    folder, _ = _hostile(tmp_path)
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'bot.db'}", articles_dir=folder)
    backend = open_backend(settings)
    try:
        backend.refresh()  # what the bot runs at start and every INGEST_INTERVAL_MINUTES
        (folder / "later.txt").write_text(good("Dakar"), encoding="utf-8")
        backend.refresh()
        titles = {s.title for s in backend.story.sources()}
    finally:
        backend.close()
    assert {f"Talks in {c}" for c in (*CITIES, "Dakar")} <= titles


def test_a_hostile_metadata_table_gives_nothing_and_stops_nothing(
    tmp_path: Path, sessions: sessionmaker[Session]
) -> None:
    """A metadata.tsv linked out of its folder is not read (the secret file's outlet never
    appears), and a NUL in a cell is dropped, never handed to the database; the articles are
    stored all the same."""
    secret = tmp_path / "secret.tsv"
    secret.write_text("filename\tpublisher\ngood0.txt\tSecret Outlet\n", encoding="utf-8")
    linked, nul = tmp_path / "linked", tmp_path / "nul"
    for folder in (linked, nul):
        folder.mkdir()
        (folder / "good0.txt").write_text(good("Oslo"), encoding="utf-8")
    (linked / "metadata.tsv").symlink_to(secret)
    (nul / "metadata.tsv").write_text("filename\tpublisher\ngood0.txt\tBad\x00Outlet\n", "utf-8")
    for folder in (linked, nul):
        report = ingest_paths(sessions, [folder])
        assert report.count("added") + report.count("duplicate") == 1, report.outcomes
    with sessions() as session:
        outlets = set(session.scalars(select(Article.outlet)))
    assert outlets == {None}
