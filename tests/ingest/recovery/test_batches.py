"""Articles are committed many to a transaction: a failing article fails alone, and a crash
loses only the batch not yet committed, which the next run stores."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session, sessionmaker

import briefings.ingest.batch as batch
from benchmarks.data.corpus import Corpus
from briefings.db import open_database
from briefings.ingest import FileOutcome, ingest_paths
from briefings.models import Article, ArticleBand, Event, Mention, Point, Quote, table_of
from briefings.refresh.dump import dump_story
from briefings.store import NewArticle

WORDS = [
    "ministry",
    "border",
    "talks",
    "envoy",
    "harbour",
    "budget",
    "council",
    "river",
    "bridge",
    "tariff",
    "court",
    "senator",
    "drought",
    "wheat",
    "vaccine",
    "summit",
    "pipeline",
    "election",
    "ceasefire",
    "factory",
    "strike",
    "railway",
    "treaty",
    "satellite",
    "embassy",
    "mayor",
    "governor",
    "reactor",
    "festival",
    "museum",
    "airport",
    "bank",
    "union",
    "police",
]


def _articles(folder: Path, count: int) -> list[Path]:
    """`count` short articles that share no phrases (none is a near-copy of another)."""
    folder.mkdir()
    paths = []
    for number in range(1, count + 1):
        rng = random.Random(number)
        sentences = [
            "The {} and the {} said on Monday that the {} would reach the {}.".format(
                *rng.sample(WORDS, 4)
            )
            for _ in range(6)
        ]
        path = folder / f"{number:02d}.txt"
        path.write_text(f"Report on the {rng.choice(WORDS)}\n\n" + " ".join(sentences) + "\n")
        paths.append(path)
    return paths


def _stored(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return sorted(Path(p).name for p in session.scalars(select(Article.path)))


def _fail_on(name: str, error: Exception, monkeypatch: pytest.MonkeyPatch) -> None:
    """Storing the file `name` raises `error` once its rows are written (alone, or together
    with the other new articles of its batch)."""
    real, together = batch.save_article, batch.save_new_articles

    def failing(session: Session, **kwargs: object) -> int:
        article_id = real(session, **kwargs)  # type: ignore[arg-type]
        if str(kwargs["path"]).endswith(name):
            raise error
        return article_id

    def failing_together(session: Session, articles: list[NewArticle]) -> list[int]:
        ids = together(session, articles)
        if any(a.path.endswith(name) for a in articles):
            raise error
        return ids

    monkeypatch.setattr(batch, "save_article", failing)
    monkeypatch.setattr(batch, "save_new_articles", failing_together)


def test_a_failing_article_fails_alone_in_its_batch(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "BATCH", 4)
    paths = _articles(tmp_path / "in", 10)
    _fail_on("06.txt", batch.SQLAlchemyError("disk full"), monkeypatch)
    report = ingest_paths(sessions, [tmp_path / "in"])
    assert [o.status for o in report.outcomes] == ["added"] * 5 + ["failed"] + ["added"] * 4
    assert "nothing stored" in report.outcomes[5].reason
    assert report.story_error is None
    assert _stored(sessions) == [p.name for p in paths if p.name != "06.txt"]
    with sessions() as session:  # none of its rows stayed behind
        ids = {o.article_id for o in report.outcomes if o.status == "added"}
        assert set(session.scalars(select(Point.article_id))) <= ids


def test_an_article_is_reported_once_it_is_committed(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "BATCH", 4)
    _articles(tmp_path / "in", 6)
    seen: list[bool] = []

    def visible(outcome: FileOutcome) -> None:
        with sessions() as other:  # another connection sees only what is committed
            seen.append(other.get(Article, outcome.article_id) is not None)

    report = ingest_paths(sessions, [tmp_path / "in"], on_outcome=visible)
    assert report.count("added") == 6 and seen == [True] * 6


def test_a_crash_loses_only_the_open_batch_and_the_next_run_stores_it(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "BATCH", 4)
    paths = _articles(tmp_path / "in", 10)
    _fail_on("07.txt", RuntimeError("power cut"), monkeypatch)
    reported: list[FileOutcome] = []
    with pytest.raises(RuntimeError, match="power cut"):
        ingest_paths(sessions, [tmp_path / "in"], on_outcome=reported.append)
    first_batch = [p.name for p in paths[:4]]
    assert _stored(sessions) == first_batch  # 05 and 06 were in the batch rolled back
    assert [Path(o.path).name for o in reported] == first_batch
    monkeypatch.undo()
    again = ingest_paths(sessions, [tmp_path / "in"])
    assert [o.status for o in again.outcomes] == ["unchanged"] * 4 + ["added"] * 6
    assert _stored(sessions) == [p.name for p in paths]


def test_a_lost_connection_fails_the_open_batch_only_and_the_run_goes_on(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = sessions.kw["bind"]
    if engine.dialect.name != "postgresql":
        pytest.skip("the server ends the connection: PostgreSQL only")
    monkeypatch.setattr(batch, "BATCH", 4)
    paths = _articles(tmp_path / "in", 10)
    real, together = batch.save_article, batch.save_new_articles

    def drop(session: Session) -> None:  # the server drops the ingest's connection
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        with engine.connect() as admin:
            admin.exec_driver_sql(f"SELECT pg_terminate_backend({pid})")

    def cut(session: Session, **kwargs: object) -> int:
        if str(kwargs["path"]).endswith("06.txt"):
            drop(session)
        return real(session, **kwargs)  # type: ignore[arg-type]

    def cut_together(session: Session, articles: list[NewArticle]) -> list[int]:
        if any(a.path.endswith("06.txt") for a in articles):
            drop(session)
        return together(session, articles)

    monkeypatch.setattr(batch, "save_article", cut)
    monkeypatch.setattr(batch, "save_new_articles", cut_together)
    report = ingest_paths(sessions, [tmp_path / "in"])
    assert [o.status for o in report.outcomes] == ["added"] * 4 + ["failed"] * 2 + ["added"] * 4, (
        "; ".join(f"{Path(o.path).name} {o.status} {o.reason}" for o in report.outcomes)
    )
    assert all("nothing stored" in o.reason for o in report.failed)
    assert _stored(sessions) == [p.name for p in paths if p.name not in ("05.txt", "06.txt")]


def _rows(sessions: sessionmaker[Session]) -> dict[str, list[tuple[object, ...]]]:
    """Every article and derived row, ids included (the time of ingest aside)."""
    found = {}
    with sessions() as session:
        for model in (Article, ArticleBand, Quote, Mention, Event, Point):
            table = table_of(model)
            columns = [c for c in table.c if c.name != "ingested_at"]
            rows = session.execute(select(*columns).order_by(*table.primary_key.columns))
            found[table.name] = [tuple(r) for r in rows]
    return found


def test_new_articles_are_written_together_as_one_by_one_would_write_them(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "BATCH", 8)
    paths = Corpus(seed=19).write(tmp_path / "in", 20)
    (tmp_path / "in" / "zz_copy.txt").write_bytes(paths[3].read_bytes())
    inserts: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.startswith("INSERT INTO articles "):
            inserts.append(statement)

    event.listen(sessions.kw["bind"], "before_cursor_execute", seen)
    together = ingest_paths(sessions, [tmp_path / "in"])
    event.remove(sessions.kw["bind"], "before_cursor_execute", seen)
    assert len(inserts) == 3  # 21 files, 8 to a transaction: one INSERT each

    def fail(*_args: object) -> list[FileOutcome]:
        raise batch.SQLAlchemyError("written together")  # so: one by one, as before

    one_by_one = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    monkeypatch.setattr(batch.Batch, "_write_together", fail)
    alone = ingest_paths(one_by_one, [tmp_path / "in"])
    assert [o.status for o in together.outcomes] == [o.status for o in alone.outcomes]
    assert together.count("added") == 20 and together.count("duplicate") == 1
    assert _rows(sessions) == _rows(one_by_one)
    with sessions() as a, one_by_one() as b:
        assert dump_story(a) == dump_story(b)
    one_by_one.kw["bind"].dispose()
