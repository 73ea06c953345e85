"""Ingest is idempotent: the same file changes nothing, an edit replaces, a syndicated copy is refused."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest import ingest_paths
from briefings.models import Article, Point


def _count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_reingesting_the_same_files_changes_nothing(
    sessions: sessionmaker[Session], seeds_copy: Path
) -> None:
    first = ingest_paths(sessions, [seeds_copy])
    assert first.count("added") == 5
    with sessions() as session:
        before = {(a.id, a.content_hash, a.ingested_at) for a in session.scalars(select(Article))}
    second = ingest_paths(sessions, [seeds_copy])
    assert second.count("unchanged") == 5 and not second.changed
    with sessions() as session:
        after = {(a.id, a.content_hash, a.ingested_at) for a in session.scalars(select(Article))}
    assert before == after


def test_an_edited_file_replaces_its_record_and_everything_derived(
    sessions: sessionmaker[Session], seeds_copy: Path
) -> None:
    ingest_paths(sessions, [seeds_copy])
    with sessions() as session:
        old_id = session.scalars(select(Article.id).where(Article.path.like("%001_%"))).one()
        others_before = session.scalars(
            select(func.count()).select_from(Point).where(Point.article_id != old_id)
        ).one()
    path = seeds_copy / "001_1e48b94bf6827798.txt"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            "It is unclear whether North Korea will heed", "Nobody knows if North Korea heeds"
        ),
        encoding="utf-8",
    )
    report = ingest_paths(sessions, [path])
    assert [o.status for o in report.outcomes] == ["updated"]
    with sessions() as session:
        articles = session.scalars(select(Article).where(Article.path.like("%001_%"))).all()
        assert len(articles) == 1
        assert "Nobody knows if North Korea heeds" in articles[0].body
        assert "It is unclear whether" not in articles[0].body
        derived = session.scalars(select(Point).where(Point.article_id == articles[0].id)).all()
        assert derived and all(p.article_id == articles[0].id for p in derived)
    assert _count(sessions, Article) == 5
    # old points went with the old record: every point is the new record's or another's
    assert _count(sessions, Point) == others_before + len(derived)


def test_a_syndicated_copy_is_reported_not_stored(
    sessions: sessionmaker[Session], seeds_copy: Path, tmp_path: Path
) -> None:
    ingest_paths(sessions, [seeds_copy])
    original = (seeds_copy / "004_872fef4d90f23d82.txt").read_text(encoding="utf-8")
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "same.txt").write_text(original, encoding="utf-8")
    (other / "syndicated.txt").write_text(
        original.replace("By Press Association", "By PA Reporters").replace(
            "US authorities believe", "American authorities believe"
        ),
        encoding="utf-8",
    )
    report = ingest_paths(sessions, [other])
    statuses = {Path(o.path).name: (o.status, o.reason) for o in report.outcomes}
    assert statuses["same.txt"][0] == "duplicate" and "same text as" in statuses["same.txt"][1]
    assert statuses["syndicated.txt"][0] == "duplicate"
    assert "near-duplicate of" in statuses["syndicated.txt"][1]
    assert "004_872fef4d90f23d82.txt" in statuses["syndicated.txt"][1]
    assert _count(sessions, Article) == 5
    assert not report.failed
