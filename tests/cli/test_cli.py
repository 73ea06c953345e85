"""The command line as scripts use it: `--json` fields are a promise, and every command takes --db."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.cli import main
from briefings.analysis.quotes.confidence.model import THRESHOLD
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
    answer = _json(capsys, "sources", "--db", db)
    assert isinstance(answer, dict) and answer["total"] == 5 and answer["cut"] is False
    items = answer["items"]
    assert len(items) == 5
    assert _json(capsys, "sources", "--db", db, "--json-list") == items  # the old bare list
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
    assert brief["items"] == brief["points"] and brief["total"] == len(brief["points"])
    for point in brief["points"]:
        assert point["text"] and point["sources"]
        assert {"article_id", "path", "outlet", "published"} <= set(point["sources"][0])
    timeline = _json(capsys, "timeline", "--db", db)
    events = timeline["items"]
    assert events and timeline["total"] == len(events)
    for event in events:
        assert {"date", "date_precision", "text", "sources"} <= set(event)


def test_quote_and_people_json_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    quotes = _json(capsys, "quote", "--db", db)
    assert isinstance(quotes, dict) and quotes["items"] == quotes["quotes"]
    assert quotes["total"] == len(quotes["quotes"]) > 0
    for quote in quotes["quotes"]:
        assert {"text", "speaker", "speaker_role", "kind", "sources"} <= set(quote)
        assert quote["kind"] in ("full", "partial")
        if quote["speaker"]:  # how the speaker was found, and how sure that is
            assert quote["found_by"] and quote["confidence"] >= THRESHOLD
        assert {"article_id", "path", "outlet", "published"} <= set(quote["sources"][0])
    people = _json(capsys, "people", "--db", db)["items"]
    assert isinstance(people, list)
    for person in people:
        assert {"name", "kind", "role", "aliases", "articles", "mentions"} <= set(person)


def test_digest_preview(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    digest = _json(capsys, "digest", "--preview", "--db", db)
    assert isinstance(digest, dict) and len(digest["articles"]) == 5 == digest["total"]
    capsys.readouterr()
    assert main(["digest", "--preview", "--db", db, "--since", "2999-01-01"]) == 0
    assert "Nothing new" in capsys.readouterr().out


def test_a_bad_date_is_refused_with_a_clear_message(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["brief", "--db", db, "--since", "last tuesday"])
    assert "is not a date like 2023-09-01" in capsys.readouterr().err


def test_every_json_answer_has_items_and_total(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (
        ["sources"],
        ["brief"],
        ["quote"],
        ["who", "Kirby"],
        ["people"],
        ["timeline"],
        ["digest", "--preview"],
        ["show", "1"],
    ):
        answer = _json(capsys, *argv, "--db", db)
        assert isinstance(answer, dict), argv
        assert isinstance(answer["items"], list) and answer["total"] >= len(answer["items"]) > 0


def test_lists_are_bounded_and_say_when_cut(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    everyone = _json(capsys, "people", "--db", db, "--all")
    assert everyone["total"] == len(everyone["items"]) > 20 and not everyone["cut"]
    page = _json(capsys, "people", "--db", db, "--limit", "10", "--offset", "10")
    assert page["items"] == everyone["items"][10:20] and page["cut"] and page["total"] > 20
    capsys.readouterr()
    main(["people", "--db", db, "--limit", "3"])
    out = capsys.readouterr().out
    assert f"(showing 1-3 of {everyone['total']}; " in out
    assert "1 mentions" not in out and "1 articles" not in out
    quotes = _json(capsys, "quote", "--db", db, "--limit", "2")
    assert len(quotes["items"]) == 2 and quotes["cut"] and quotes["total"] > 2


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("briefbot ")


def test_show_gives_metadata_and_cleaned_text(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    first = _json(capsys, "sources", "--db", db)["items"][0]
    shown = _json(capsys, "show", str(first["id"]), "--db", db)
    assert shown["id"] == first["id"] and shown["outlet"] == first["outlet"]
    assert len(shown["body"].split()) == shown["word_count"] > 100
    capsys.readouterr()
    assert main(["show", first["path"], "--db", db]) == 0  # by path too
    assert shown["body"].splitlines()[0][:40] in capsys.readouterr().out
    assert main(["show", "9999", "--db", db]) == 1


def test_forget_removes_an_article_and_repairs_the_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'forget.db'}"
    assert main(["ingest", "--db", url, str(SEEDS)]) == 0
    before = _json(capsys, "who", "Kirby", "--db", url)["profile"]
    kirby_articles = {a["article_id"] for a in before["articles"]}
    gone = sorted(kirby_articles)[0]
    capsys.readouterr()
    assert main(["forget", str(gone), "--db", url]) == 0
    assert "the story was refreshed" in capsys.readouterr().out
    assert _json(capsys, "sources", "--db", url)["total"] == 4
    after = _json(capsys, "who", "Kirby", "--db", url).get("profile")
    cited = {a["article_id"] for a in after["articles"]} if after else set()
    assert gone not in cited and cited == kirby_articles - {gone}
    assert after is None or after["article_count"] == len(cited)  # counts refreshed
    brief = _json(capsys, "brief", "--db", url)
    assert all(p["sources"] for p in brief["points"])  # no point left from the forgotten one
    assert all(s["article_id"] != gone for p in brief["points"] for s in p["sources"])
    quotes = _json(capsys, "quote", "--db", url, "--all")
    assert all(s["article_id"] != gone for q in quotes["items"] for s in q["sources"])
    assert main(["forget", str(gone), "--db", url]) == 1  # already gone


def test_export_round_trips(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv

    out = tmp_path / "story.json"
    assert main(["export", "--format", "json", "--output", str(out), "--db", db]) == 0
    story = json.loads(out.read_text())
    quotes = _json(capsys, "quote", "--db", db, "--all")
    assert story["quotes"] == quotes["items"]
    assert len(story["sources"]) == 5 and story["briefing"]["points"]
    assert story["timeline"] == _json(capsys, "timeline", "--db", db, "--all")["items"]
    table = tmp_path / "story.csv"
    assert main(["export", "--format", "csv", "-o", str(table), "--db", db]) == 0
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    quoted = [r for r in rows if r["section"] == "quote"]
    assert [r["text"] for r in quoted] == [q["text"] for q in quotes["items"]]
    assert all(r["sources"].startswith("[") for r in quoted)
    assert {r["id"] for r in rows if r["section"] == "source"} == {
        str(s["id"]) for s in story["sources"]
    }
    capsys.readouterr()
    assert main(["export", "--format", "md", "--db", db]) == 0
    text = capsys.readouterr().out
    assert text.startswith("# ") and "## Quotes" in text and "## Timeline" in text


def test_an_empty_or_new_database_is_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'new.db'}"
    main(["brief", "--db", url])
    err = capsys.readouterr().err
    assert str(tmp_path / "new.db") in err and "new database" in err
    main(["sources", "--db", url])
    assert "no articles stored yet" in capsys.readouterr().err


def test_a_stored_database_is_used_quietly(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    main(["sources", "--db", db])
    assert capsys.readouterr().err == ""


def test_cli_and_console_use_the_same_marks(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    from bot.console.shell import respond
    from briefings.db import open_database
    from briefings.story import Story

    console = respond(Story(open_database(db)), "/quote speaker:Jake Sullivan")
    capsys.readouterr()
    main(["quote", "Jake Sullivan", "--db", db])
    cli = capsys.readouterr().out
    assert "(partial quote)" in console and "(partial quote)" in cli
    profile = respond(Story(open_database(db)), "/who Adrienne Watson")
    main(["who", "Adrienne", "Watson", "--db", db])
    cli = capsys.readouterr().out
    for text in (profile, cli):  # counts agree with their number
        assert re.search(r"Mentioned \d+ times? in \d+ articles?", text)
        assert not re.search(r"\b1 (times|articles|mentions)\b", text)
    brief_console = respond(Story(open_database(db)), "/brief")
    main(["brief", "--db", db])
    brief_cli = capsys.readouterr().out
    dated = re.compile(r"\b\d{1,2} [A-Z][a-z]{2} 20\d\d — ")
    assert dated.search(brief_console) and dated.search(brief_cli)  # points dated in both


def test_a_courtesy_title_before_a_unique_surname_finds_the_person(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _json(capsys, "who", "Mr Kirby", "--db", db)
    assert isinstance(profile, dict) and profile["profile"]["name"] == "John Kirby"
    other = _json(capsys, "who", "Mrs Kirby", "--db", db)  # a title of the other gender: no one
    assert isinstance(other, dict) and other["profile"] is None
