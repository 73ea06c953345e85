"""`briefbot story|source|fetch` and `--story` on the reading commands, against a local site."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bot.cli import main
from tests.sources.server import Site, ThreadedSite


@pytest.fixture
def site() -> Iterator[Site]:
    with ThreadedSite() as served:
        yield served


def _run(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> tuple[int, str]:
    code = main([*argv, "--db", db])
    return code, capsys.readouterr().out


def test_follow_a_second_story_from_a_feed(
    database_url: str, site: Site, capsys: pytest.CaptureFixture[str], seeds_copy: object
) -> None:
    db = database_url
    assert main(["ingest", "--db", db, str(seeds_copy)]) == 0
    capsys.readouterr()
    seeded = json.loads(_run(capsys, db, "sources", "--json", "--all")[1])["total"]
    assert _run(capsys, db, "story", "add", "Bridge", "--keywords", "bridge")[0] == 0
    code, out = _run(capsys, db, "source", "add", f"{site.base}/feed.xml", "--story", "Bridge")
    assert code == 0 and "(feed)" in out
    code, out = _run(capsys, db, "fetch", "--allow-private")
    assert code == 0 and "first fetch" in out, out
    listed = json.loads(_run(capsys, db, "source", "list", "--json")[1])["items"]
    assert listed[0]["last_success"] and not listed[0]["broken"]
    # The story holds the feed's two articles; the default story all of them, as before.
    mine = json.loads(_run(capsys, db, "sources", "--story", "Bridge", "--json")[1])
    assert mine["total"] == 2
    assert {i["title"] for i in mine["items"]} == {"Bridge story 1", "Bridge story 2"}
    everything = json.loads(_run(capsys, db, "sources", "--json", "--all")[1])
    assert everything["total"] == seeded + 2
    brief = json.loads(_run(capsys, db, "brief", "--story", "Bridge", "--json")[1])
    cited = {s["title"] for p in brief["points"] for s in p["sources"]}
    assert cited and cited <= {"Bridge story 1", "Bridge story 2"}
    quotes = json.loads(_run(capsys, db, "quote", "--story", "Bridge", "--json")[1])
    assert all(s["title"].startswith("Bridge story") for q in quotes["items"] for s in q["sources"])
    assert _run(capsys, db, "story", "list")[1].startswith("Bridge: 1 sources, 2 articles")
    # The first fetch stored without posting: no digest, for the story or the default one.
    quiet = json.loads(_run(capsys, db, "digest", "--story", "Bridge", "--json")[1])
    assert quiet["items"] == []
    default = json.loads(_run(capsys, db, "digest", "--json")[1])
    assert not any(
        (i["source"]["title"] or "").startswith("Bridge story") for i in default["items"]
    )
    # The feed grows: the new item is fetched, in the story's answers and in its digest, once.
    site.items = 3
    _due_now(db)
    assert "1 new items, 1 articles added" in _run(capsys, db, "fetch", "--allow-private")[1]
    digest = json.loads(_run(capsys, db, "digest", "--story", "Bridge", "--json")[1])
    assert [i["source"]["title"] for i in digest["items"]] == ["Bridge story 3"]
    assert "Nothing due" in _run(capsys, db, "fetch", "--allow-private")[1]
    # Removed: no longer fetched; the three articles it brought stay stored, in the story.
    code, out = _run(capsys, db, "source", "remove", f"{site.base}/feed.xml")
    assert code == 0 and "The 3 articles it brought stay stored, and in the story" in out
    assert json.loads(_run(capsys, db, "source", "list", "--json")[1])["items"] == []
    assert json.loads(_run(capsys, db, "sources", "--story", "Bridge", "--json")[1])["total"] == 3
    assert json.loads(_run(capsys, db, "sources", "--json", "--all")[1])["total"] == seeded + 3
    assert _run(capsys, db, "source", "remove", "#1")[0] == 1  # gone already


def _due_now(db: str) -> None:
    from sqlalchemy import update

    from briefings.db import open_database
    from briefings.models import Source

    with open_database(db).begin() as session:
        session.execute(update(Source).values(next_due=None))


def test_unknown_story_and_private_address_are_refused(
    tmp_path: object, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path}/b.db"
    with pytest.raises(SystemExit):
        main(["brief", "--db", db, "--story", "Nope"])
    assert "no story named 'Nope'" in capsys.readouterr().err
    _run(capsys, db, "story", "add", "Bridge")
    _run(capsys, db, "source", "add", f"{site.base}/feed.xml", "--story", "Bridge")
    code, out = _run(capsys, db, "fetch")
    assert code == 1 and "private or loopback" in out
    (health,) = json.loads(_run(capsys, db, "source", "list", "--json")[1])["items"]
    assert "private or loopback" in health["last_error"] and health["consecutive_failures"] == 1
    assert health["paused"] is False and health["broken"] is True
    assert health["last_success"] is None
    _run(capsys, db, "story", "add", "Tolls")
    _run(capsys, db, "source", "add", f"{site.base}/feed.xml", "--story", "Tolls")
    code = main(["source", "remove", f"{site.base}/feed.xml", "--db", db])
    assert code == 1 and "2 stories follow" in capsys.readouterr().err
    code, out = _run(capsys, db, "source", "remove", f"{site.base}/feed.xml", "--story", "Tolls")
    assert code == 0 and "It had brought no article" in out
    (left,) = json.loads(_run(capsys, db, "source", "list", "--json")[1])["items"]
    assert left["story"] == "Bridge"


def test_console_takes_story(sessions: object, seeds_copy: object) -> None:
    from sqlalchemy.orm import Session, sessionmaker

    from bot.console.shell import respond
    from briefings.ingest import ingest_paths
    from briefings.models import StoryArticle
    from briefings.sources.stories import add_story
    from briefings.story import Story

    assert isinstance(sessions, sessionmaker)
    made: sessionmaker[Session] = sessions
    report = ingest_paths(made, [seeds_copy])  # type: ignore[list-item]
    add_story(made, "One")
    first = report.outcomes[0].article_id
    with made.begin() as session:
        session.add(StoryArticle(story_id=1, article_id=first, announce=True))
    story = Story(made)
    assert "5 articles in the story" in respond(story, "/sources")
    assert "1 article in the story" in respond(story, "/sources story:One")
    assert "no story named 'Two'" in respond(story, "/sources story:Two")


def test_a_script_sets_a_storys_digest(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = database_url
    code, said = _run(
        capsys, db, "story", "add", "Bridge", "--channel", "123", "--role", "55",
        "--schedule", "weekdays 18:30", "--timezone", "Europe/Paris",
    )  # fmt: skip
    assert code == 0 and "its digest: weekdays 18:30 (Europe/Paris) in channel 123" in said
    (story,) = json.loads(_run(capsys, db, "story", "list", "--json")[1])["items"]
    assert story["role_id"] == 55 and story["digest"]["schedule"] == "weekdays 18:30"
    assert story["digest"]["silent_when_empty"] is True and story["digest"]["enabled"] is True
    assert _run(capsys, db, "story", "edit", "Bridge", "--schedule", "every 5 min")[0] == 1
    assert (
        _run(capsys, db, "story", "add", "Tolls", "--channel", "9", "--timezone", "Mars/Base")[0]
        == 1
    )
    listed = json.loads(_run(capsys, db, "story", "list", "--json")[1])["items"]
    assert [s["name"] for s in listed] == ["Bridge"]  # a bad schedule added nothing
    assert listed[0]["digest"]["schedule"] == "weekdays 18:30"  # ...and changed nothing
    assert _run(capsys, db, "story", "edit", "Bridge", "--channel", "0")[0] == 0
    (story,) = json.loads(_run(capsys, db, "story", "list", "--json")[1])["items"]
    assert story["digest"]["enabled"] is False  # no channel: no digest


def test_who_and_people_answer_per_story_everywhere(
    database_url: str, seeds_copy: object, capsys: pytest.CaptureFixture[str]
) -> None:
    """/who and people were every article's whatever the story: now the console, Slack and the
    CLI take story too, and a person the story's articles never name is not in it."""
    from sqlalchemy import select

    from bot.console.shell import respond
    from briefings.db import open_database
    from briefings.models import Entity, Mention, StoryArticle
    from briefings.sources.stories import add_story
    from briefings.story import Story
    from slackbot.answers import pages

    db = database_url
    assert main(["ingest", "--db", db, str(seeds_copy)]) == 0
    sessions = open_database(db)
    add_story(sessions, "One")
    with sessions.begin() as session:
        first = session.scalar(select(Mention.article_id).order_by(Mention.article_id))
        session.add(StoryArticle(story_id=1, article_id=first, announce=True))
        named = {
            e.name: {m.article_id for m in session.scalars(select(Mention).where(Mention.entity_id == e.id))}
            for e in session.scalars(select(Entity).where(Entity.kind == "person"))
        }  # fmt: skip
    inside = next(n for n, ids in named.items() if first in ids)
    outside = next(n for n, ids in named.items() if first not in ids)
    story = Story(sessions)
    assert f"No one called “{outside}”" not in respond(story, f"/who {outside}")
    assert "No one" in respond(story, f"/who {outside} story:One")
    assert inside in respond(story, f"/who {inside} story:One")
    slack, _ = pages(story, "who", {"name": outside, "story": "One"})
    assert slack[0].text != pages(story, "who", {"name": outside})[0][0].text
    assert _run(capsys, db, "who", outside, "--story", "One")[0] == 1  # not in that story
    assert _run(capsys, db, "who", outside)[0] == 0
    people = json.loads(_run(capsys, db, "people", "--story", "One", "--json", "--all")[1])
    assert inside in [p["name"] for p in people["items"]]
    assert outside not in [p["name"] for p in people["items"]]
    sessions.kw["bind"].dispose()
