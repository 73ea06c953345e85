"""The command line as scripts use it: `--json` fields are a promise, and every command takes --db."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from briefings.analysis.confidence import THRESHOLD
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.db'}"
    assert main(["ingest", "--db", url, str(SEEDS)]) == 0
    return url


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> object:
    capsys.readouterr()
    main([*argv, "--json"])
    return json.loads(capsys.readouterr().out)


def test_sources_json_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    items = _json(capsys, "sources", "--db", db)
    assert isinstance(items, list) and len(items) == 5
    fields = {"id", "path", "title", "outlet", "author", "published", "date_precision", "summary"}
    for item in items:
        assert fields <= set(item)
        assert 2 <= len(item["summary"]) <= 4
    by_file = {Path(i["path"]).name: i for i in items}
    oan = by_file["000_763c91094624ead8.txt"]
    assert (oan["outlet"], oan["published"], oan["date_precision"]) == ("OAN", "2023-09-06", "day")
    undated = by_file["003_48fb225f04140536.txt"]
    assert (undated["published"], undated["date_precision"]) == (None, "unknown")


def test_brief_and_timeline_json_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    brief = _json(capsys, "brief", "--db", db)
    assert isinstance(brief, dict) and brief["headline"] and brief["points"]
    for point in brief["points"]:
        assert point["text"] and point["sources"]
        assert {"article_id", "path", "outlet", "published"} <= set(point["sources"][0])
    events = _json(capsys, "timeline", "--db", db)
    assert isinstance(events, list) and events
    for event in events:
        assert {"date", "date_precision", "text", "sources"} <= set(event)


def test_quote_and_people_json_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = _json(capsys, "quote", "--db", db)
    assert isinstance(quotes, dict)
    for quote in quotes["quotes"]:
        assert {"text", "speaker", "speaker_role", "kind", "sources"} <= set(quote)
        assert quote["kind"] in ("full", "partial")
        if quote["speaker"]:  # how the speaker was found, and how sure that is
            assert quote["found_by"] and quote["confidence"] >= THRESHOLD
        assert {"article_id", "path", "outlet", "published"} <= set(quote["sources"][0])
    people = _json(capsys, "people", "--db", db)
    assert isinstance(people, list)
    for person in people:
        assert {"name", "kind", "role", "aliases", "articles", "mentions"} <= set(person)


def test_digest_preview(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    digest = _json(capsys, "digest", "--preview", "--db", db)
    assert isinstance(digest, dict) and len(digest["articles"]) == 5
    capsys.readouterr()
    assert main(["digest", "--preview", "--db", db, "--since", "2999-01-01"]) == 0
    assert "Nothing new" in capsys.readouterr().out


def test_a_bad_date_is_refused_with_a_clear_message(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["brief", "--db", db, "--since", "last tuesday"])
    assert "is not a date like 2023-09-01" in capsys.readouterr().err


def test_a_courtesy_title_before_a_unique_surname_finds_the_person(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _json(capsys, "who", "Mr Kirby", "--db", db)
    assert isinstance(profile, dict) and profile["profile"]["name"] == "John Kirby"
    other = _json(capsys, "who", "Mrs Kirby", "--db", db)  # a title of the other gender: no one
    assert isinstance(other, dict) and other["profile"] is None
