"""Sources fetched from a local site that misbehaves: stored once, first fetch silent, health kept."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestServer
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.models import Article, Source, StoryArticle
from briefings.sources.http import Limits
from briefings.sources.poll import fetch_pass
from briefings.sources.stories import add_source, add_story, list_sources
from tests.sources.server import Site, make_app

FAST = Limits(timeout=2.0, retries=1, backoff=0.05, host_delay=0.0, allow_private=True)


@pytest.fixture
async def site() -> AsyncIterator[Site]:
    state = Site()
    server = TestServer(make_app(state), host="127.0.0.1")
    await server.start_server()
    state.base = str(server.make_url("")).rstrip("/")
    yield state
    await server.close()


async def _due_now(sessions: sessionmaker[Session]) -> None:
    with sessions.begin() as session:
        for source in session.scalars(select(Source)):
            source.next_due = None


def _count(sessions: sessionmaker[Session], model: type) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


async def test_growing_feed_stores_new_items_once_and_first_fetch_is_silent(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/feed.xml", "Bridge")
    first = await fetch_pass(sessions, limits=FAST)
    assert [o.ok for o in first] == [True] and first[0].first
    assert _count(sessions, Article) == 2
    with sessions() as session:
        assert not any(session.scalars(select(StoryArticle.announce)))  # back catalogue: not posted
        stored = session.scalar(select(Article.path).limit(1))
    assert stored is not None and "utm_source" not in stored  # canonical URL
    # Not due yet: nothing fetched.
    assert await fetch_pass(sessions, limits=FAST) == []
    await _due_now(sessions)
    again = await fetch_pass(sessions, limits=FAST)
    assert again[0].not_modified  # ETag honoured: 304
    site.items = 3
    await _due_now(sessions)
    grown = await fetch_pass(sessions, limits=FAST)
    assert grown[0].new_items == 1 and grown[0].report.count("added") == 1
    assert site.hits["/news/1.html"] == 1  # an item already handled is never fetched again
    with sessions() as session:
        announced = session.scalars(select(StoryArticle.announce)).all()
    assert sorted(announced) == [False, False, True]


async def test_same_article_in_two_feeds_is_stored_once(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    add_story(sessions, "Harbour")
    add_source(sessions, f"{site.base}/feed.xml", "Bridge")
    add_source(sessions, f"{site.base}/feed.xml?x=1", "Harbour")
    await fetch_pass(sessions, limits=FAST)
    assert _count(sessions, Article) == 2
    assert _count(sessions, StoryArticle) == 4  # each article in both stories
    assert site.most_in_flight == 1  # one request at a time to the host


async def test_broken_sources_fail_alone_with_clear_errors(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    for path in ("/broken.xml", "/bad.xml", "/html.xml", "/loop", "/huge.xml", "/feed.xml"):
        add_source(sessions, site.base + path, "Bridge", kind="feed")
    limits = Limits(timeout=5.0, retries=1, backoff=0.05, host_delay=0.0, allow_private=True)
    outcomes = {o.url.removeprefix(site.base): o for o in await fetch_pass(sessions, limits=limits)}
    assert outcomes["/feed.xml"].ok and _count(sessions, Article) == 2
    assert "HTTP 500" in (outcomes["/broken.xml"].error or "")
    assert "not an RSS or Atom feed" in (outcomes["/bad.xml"].error or "")
    assert "text/html" in (outcomes["/html.xml"].error or "")
    assert "redirect loop" in (outcomes["/loop"].error or "")
    assert "cap" in (outcomes["/huge.xml"].error or "")
    shown = {s.url.removeprefix(site.base): s for s in list_sources(sessions)}
    assert shown["/broken.xml"].failures == 1 and shown["/broken.xml"].broken
    assert shown["/feed.xml"].last_success is not None and not shown["/feed.xml"].broken


async def test_repeated_failures_pause_the_source(
    sessions: sessionmaker[Session], site: Site
) -> None:
    from briefings.sources.poll import unannounced_pauses

    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/broken.xml", "Bridge")
    for _ in range(5):
        await _due_now(sessions)
        await fetch_pass(sessions, limits=Limits(retries=0, host_delay=0.0, allow_private=True))
    assert list_sources(sessions)[0].paused
    await _due_now(sessions)
    assert await fetch_pass(sessions, limits=FAST) == []  # paused: not fetched
    assert len(unannounced_pauses(sessions)) == 1
    assert unannounced_pauses(sessions) == []  # reported once


async def test_odd_items_and_huge_feeds(sessions: sessionmaker[Session], site: Site) -> None:
    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/odd.xml", "Bridge")
    add_source(sessions, f"{site.base}/many.xml", "Bridge")
    outcomes = {o.url.removeprefix(site.base): o for o in await fetch_pass(sessions, limits=FAST)}
    assert outcomes["/odd.xml"].new_items == 3  # a duplicate GUID counted once
    assert outcomes["/many.xml"].ok  # 10,000 items: read, cut to the newest, nothing lost
    with sessions() as session:
        dates = dict(session.execute(select(Article.path, Article.published)).all())
    future = next(d for p, d in dates.items() if p.endswith("/news/3.html"))
    assert future is None or future <= dt.datetime.now(dt.UTC).date()  # never a future date


async def test_retry_after_is_honoured_and_private_addresses_refused(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/retry.xml", "Bridge")
    outcome = (await fetch_pass(sessions, limits=FAST))[0]
    assert outcome.ok and site.hits["/retry.xml"] == 2
    add_source(sessions, f"{site.base}/feed.xml", "Bridge")
    refused = await fetch_pass(sessions, limits=Limits(retries=0))
    assert not refused[0].ok and "private or loopback" in (refused[0].error or "")


async def test_robots_txt_is_respected_for_pages(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/private/1.html", "Bridge")
    add_source(sessions, f"{site.base}/news/7.html", "Bridge")
    outcomes = {o.url.removeprefix(site.base): o for o in await fetch_pass(sessions, limits=FAST)}
    assert "robots.txt" in (outcomes["/private/1.html"].error or "")
    assert outcomes["/news/7.html"].ok and "/private/1.html" not in site.hits


async def test_a_page_that_fails_for_now_is_fetched_again(
    sessions: sessionmaker[Session], site: Site
) -> None:
    add_story(sessions, "Bridge")
    add_source(sessions, f"{site.base}/feed.xml", "Bridge")
    site.failing = {2}
    await fetch_pass(sessions, limits=FAST)
    assert _count(sessions, Article) == 1
    site.failing = set()
    await _due_now(sessions)
    again = await fetch_pass(sessions, limits=FAST)  # no 304: page 2 is tried again
    assert again[0].new_items == 1 and _count(sessions, Article) == 2
