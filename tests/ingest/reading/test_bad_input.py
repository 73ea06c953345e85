"""Bad files get one clear line each; everything else is ingested; the exit code tells."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from briefings.ingest import ingest_paths
from briefings.ingest.reading.readers import MAX_BYTES
from briefings.models import Article
from briefings.story import Story

GOOD = "Title of a good article\n\nThe ministry said on Monday that talks would resume.\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.md").write_text("   \n\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (folder / "windows.txt").write_bytes(
        "Caf\u00e9 talks\n\nThe minister\u2019s aide said talks went well.\n".encode("cp1252")
    )
    (folder / "huge.txt").write_bytes(b"word " * (20 * 1024 * 1024 // 5))
    (folder / "broken-front-matter.md").write_text(
        "---\ntitle: [unclosed\nauthor: x\n---\nBody text here.\n", encoding="utf-8"
    )
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    return folder


def test_each_bad_file_gets_one_clear_reason(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    report = ingest_paths(sessions, [_folder(tmp_path)])
    by_name = {Path(o.path).name: o for o in report.outcomes}
    expected = {
        "empty.txt": ("failed", "empty file"),
        "blank.md": ("failed", "empty file"),
        "binary.txt": ("failed", "binary file"),
        "huge.txt": ("failed", "too large"),
        "broken-front-matter.md": ("failed", "malformed front matter"),
        "notes.pdf": ("skipped", "not an article file (.pdf)"),
        "dangling.txt": ("failed", "broken link"),
        "good.txt": ("added", ""),
        "windows.txt": ("added", ""),
    }
    for name, (status, reason) in expected.items():
        assert by_name[name].status == status, (name, by_name[name].line())
        assert reason in by_name[name].reason, (name, by_name[name].reason)
        assert name in by_name[name].line()
    assert "read as Windows-1252" in by_name["windows.txt"].warnings[0]
    with sessions() as session:
        bodies = {Path(a.path).name: a.body for a in session.scalars(select(Article))}
    assert set(bodies) == {"good.txt", "windows.txt"}
    assert "minister’s aide" in bodies["windows.txt"]


def test_an_impossible_front_matter_date_leaves_the_article_undated(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "a.md").write_text(
        "---\ntitle: Talks resume\npublished: 2023-13-45\n---\n" + GOOD, encoding="utf-8"
    )
    (tmp_path / "b.md").write_text(
        "---\ntitle: Talks end\npublished: 2023-09-05\n---\nThe envoy left on Friday.\n",
        encoding="utf-8",
    )
    report = ingest_paths(sessions, [tmp_path])
    outcomes = {Path(o.path).name: o for o in report.outcomes}
    assert [outcomes[n].status for n in ("a.md", "b.md")] == ["added", "added"]
    assert "'2023-13-45' not understood" in outcomes["a.md"].warnings[0]
    with sessions() as session:
        dates = {a.title: a.published for a in session.scalars(select(Article))}
    assert dates["Talks resume"] is None
    assert str(dates["Talks end"]).startswith("2023-09-05")


def test_the_size_limit_is_what_the_message_says() -> None:
    assert MAX_BYTES < 20 * 1024 * 1024


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_an_unreadable_file_is_reported(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    report = ingest_paths(sessions, [path])
    assert report.outcomes[0].status == "failed"
    assert "permission denied" in report.outcomes[0].reason


def test_exit_code_says_whether_anything_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    folder = _folder(tmp_path)
    assert main(["ingest", "--db", db, str(folder)]) == 1
    out = capsys.readouterr().out
    assert "failed    " in out and "empty.txt: empty file" in out
    assert main(["ingest", "--db", db, str(folder / "good.txt")]) == 0
    assert main(["ingest", "--db", db, str(tmp_path / "nope.txt")]) == 1
    assert "no such file or folder" in capsys.readouterr().out


def test_a_failure_while_storing_leaves_the_database_as_it_was(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD.replace("Monday", "Friday") + "Another line.\n", "utf-8")
    import briefings.ingest.batch as batch

    real, together = batch.save_article, batch.save_new_articles

    def failing(session: Session, **kwargs: object) -> int:
        article_id = real(session, **kwargs)  # type: ignore[arg-type]
        if str(kwargs["path"]).endswith("a.txt"):
            raise batch.SQLAlchemyError("disk full")
        return article_id

    def failing_together(session: Session, articles: list[batch.NewArticle]) -> list[int]:
        ids = together(session, articles)
        if any(a.path.endswith("a.txt") for a in articles):
            raise batch.SQLAlchemyError("disk full")
        return ids

    monkeypatch.setattr(batch, "save_article", failing)
    monkeypatch.setattr(batch, "save_new_articles", failing_together)
    report = ingest_paths(sessions, [folder])
    assert [o.status for o in report.outcomes] == ["failed", "added"]
    assert "nothing stored" in report.outcomes[0].reason
    with sessions() as session:
        assert [Path(a.path).name for a in session.scalars(select(Article))] == ["b.txt"]


def test_a_title_longer_than_the_column_is_cut_not_refused(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    words = " ".join(["Sanctions"] + ["and more sanctions"] * 60)  # over 1,000 characters
    path = tmp_path / "long.md"
    path.write_text(
        f"---\ntitle: {words}\nauthor: {'A. ' * 150}Writer\n---\n"
        "Kim Jong Un met Vladimir Putin at the Vostochny cosmodrome on Wednesday.\n",
        encoding="utf-8",
    )
    report = ingest_paths(sessions, [path])
    assert report.count("added") == 1, report.summary()
    assert any("title longer than 512" in w for w in report.outcomes[0].warnings)
    stored = Story(sessions).sources()[0]
    assert stored.title is not None and len(stored.title) <= 512
    assert stored.title.startswith("Sanctions and more sanctions") and stored.title.endswith("…")
    assert stored.author is not None and len(stored.author) <= 256


@pytest.mark.parametrize("workers", [1, 2])
def test_an_analyser_failing_on_one_article_fails_that_file_only(
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    workers: int,
) -> None:
    from briefings.ingest import pipeline
    from briefings.ingest.parallel import ingest_parallel

    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD.replace("talks", "cursed talks"), encoding="utf-8")
    (folder / "b.txt").write_text(GOOD, encoding="utf-8")
    real = pipeline.analyse

    def fragile(article: pipeline.ArticleText) -> pipeline.ArticleAnalysis:
        if any("cursed" in p for p in article.paragraphs):
            raise ValueError("a bug in an analyser")
        return real(article)

    monkeypatch.setattr(pipeline, "analyse", fragile)  # the workers are forked: they see it too
    report = ingest_parallel(sessions, [folder], workers)
    assert [o.status for o in report.outcomes] == ["failed", "added"]
    assert report.outcomes[0].reason == "analysis failed (ValueError: a bug in an analyser)"
    with sessions() as session:
        assert [Path(a.path).name for a in session.scalars(select(Article))] == ["b.txt"]


@pytest.mark.parametrize("parallel", [False, True])
def test_a_broken_manifest_is_one_failed_line_and_its_folder_is_still_ingested(
    sessions: sessionmaker[Session], tmp_path: Path, parallel: bool
) -> None:
    from briefings.ingest import FileOutcome
    from briefings.ingest.parallel import ingest_parallel

    folder = tmp_path / "feed"
    folder.mkdir()
    (folder / "manifest.json").write_text("{not json", encoding="utf-8")
    (folder / "a.txt").write_text(GOOD, encoding="utf-8")
    shown: list[FileOutcome] = []
    if parallel:
        report = ingest_parallel(sessions, [folder], 2, on_outcome=shown.append)
    else:
        report = ingest_paths(sessions, [folder], on_outcome=shown.append)
    lines = [(Path(o.path).name, o.status) for o in shown]
    assert lines == [("manifest.json", "failed"), ("a.txt", "added")]
    assert "not valid" in shown[0].reason
    assert [(Path(o.path).name, o.status) for o in report.outcomes] == lines
