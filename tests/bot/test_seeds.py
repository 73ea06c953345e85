"""End to end on the seed articles: a real SQLite database, the real Story, the bot and the console."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator

import pytest

from bot.console.shell import run_console
from briefings.db import open_database
from briefings.ingest import ingest_paths
from briefings.story import Story
from tests.bot.test_interactions import text_of
from tests.conftest import SEEDS
from tests.fake_discord import rules
from tests.seeded import seeded_story


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Story]:
    yield from seeded_story(tmp_path_factory, "seeded")


async def test_every_command_answers_on_the_seeds(fake, start_bot, seeded):
    await start_bot(seeded)
    for name, options in (
        ("brief", {}),
        ("brief", {"focus": "Kim Jong Un", "since": "2023-09-01"}),
        ("quote", {"speaker": "Sullivan"}),
        ("who", {"name": "Kirby"}),
        ("sources", {}),
        ("timeline", {}),
    ):
        body = await fake.response(await fake.slash(name, **options))
        assert body["type"] == 4, name
        assert rules.message_problems(body["data"]) == [], name
        assert body["data"]["allowed_mentions"] == {"parse": []}, name


async def test_sources_on_the_seeds_list_every_article_with_its_outlet(fake, start_bot, seeded):
    await start_bot(seeded)
    text = text_of((await fake.response(await fake.slash("sources")))["data"])
    assert "5 articles in the story." in text
    assert "OAN, 6 Sep 2023" in text


async def test_brief_on_the_seeds_cites_its_sources(fake, start_bot, seeded):
    await start_bot(seeded)
    data = (await fake.response(await fake.slash("brief")))["data"]
    assert "[1]" in data["embeds"][0]["description"]
    sources = [f for e in data["embeds"] for f in e.get("fields", []) if f["name"] == "Sources"]
    assert sources and "[1] " in sources[0]["value"]


async def test_the_bot_ingests_its_articles_folder_at_start(fake, start_bot, tmp_path):
    bot = await start_bot(
        settings={"database_url": f"sqlite:///{tmp_path / 'b.db'}", "articles_dir": SEEDS}
    )
    for _ in range(1200):  # up to a minute: the start-up ingest runs in a child process
        if len(bot.story.sources()) == 5:
            break
        await asyncio.sleep(0.05)
    text = text_of((await fake.response(await fake.slash("sources")))["data"])
    assert "5 articles in the story." in text


def test_console_answers_the_five_commands_on_the_seeds(seeded):
    typed = "/brief\n/quote speaker:Sullivan\n/who Kirby\n/sources\n/timeline\n/quit\n/help\n"
    out = io.StringIO()
    run_console(seeded, io.StringIO(typed), out)
    text = out.getvalue()
    for command in ("/brief", "/quote speaker:Sullivan", "/who Kirby", "/sources", "/timeline"):
        assert f"> {command}\n" in text
    assert "5 articles in the story." in text
    assert "something went wrong" not in text
    assert "> /help" not in text  # stopped at /quit


def test_console_with_no_input_ends_at_once(seeded):
    out = io.StringIO()
    run_console(seeded, io.StringIO(""), out)
    assert out.getvalue().count("\n") == 1


HOSTILE = """Ping test: officials warn @everyone about the arms deal

By Test Writer, September 7, 2023

The White House warned @everyone in the region on Thursday that North Korea will pay a price for \
supplying weapons to Russia.

"We tell @here and <@&123> that this will not stand," said John Kirby, a National Security Council \
spokesman.
"""


async def test_mentions_in_an_article_are_shown_but_never_ping(fake, start_bot, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ping.txt").write_text(HOSTILE, encoding="utf-8")
    sessions = open_database(f"sqlite:///{tmp_path / 'ping.db'}")
    ingest_paths(sessions, [folder])
    try:
        await start_bot(Story(sessions))
        for name in ("brief", "timeline", "sources"):
            data = (await fake.response(await fake.slash(name)))["data"]
            assert data["allowed_mentions"] == {"parse": []}
        brief = (await fake.response(await fake.slash("brief", private=True)))["data"]
        assert "@everyone" in text_of(brief)
    finally:
        sessions.kw["bind"].dispose()


async def test_autocomplete_on_the_seeds_stays_within_discord_rules(fake, start_bot, seeded):
    await start_bot(seeded)
    for command, option in (("who", "name"), ("brief", "focus"), ("quote", "speaker")):
        for typed in ("", "K", "Sull"):
            body = await fake.response(await fake.autocomplete(command, option, typed))
            assert body["type"] == 8
            assert len(body["data"]["choices"]) <= 25
