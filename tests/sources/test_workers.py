"""Two workers on one PostgreSQL database: each source claimed by one of them (FOR UPDATE SKIP
LOCKED), never fetched twice at once, no article stored twice."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from briefings.db import open_database
from briefings.models import Article, SourceItem
from briefings.sources.http import Limits
from briefings.sources.poll import SourceOutcome, fetch_pass
from briefings.sources.stories import add_source, add_story
from tests.sources.server import Site, ThreadedSite

SOURCES = 12


@pytest.fixture
def site() -> Iterator[Site]:
    with ThreadedSite() as served:
        yield served


@pytest.mark.postgres
def test_two_workers_never_fetch_one_source_at_once(postgres_server: str, site: Site) -> None:
    from tests.conftest import _fresh_postgres_database

    url = _fresh_postgres_database(postgres_server)
    setup = open_database(url)
    add_story(setup, "Bridge")
    for i in range(SOURCES):
        add_source(setup, f"{site.base}/feeds/{i}.xml", "Bridge")
    limits = Limits(host_delay=0.0, retries=0, allow_private=True)
    results: list[list[SourceOutcome]] = [[], []]
    start = threading.Barrier(2)

    def worker(n: int) -> None:
        sessions = open_database(url)  # its own engine, as another process would have
        start.wait()
        results[n] = asyncio.run(fetch_pass(sessions, limits=limits, batch=4))

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    fetched = [o.id for r in results for o in r]
    assert sorted(fetched) == sorted(set(fetched)) and len(fetched) == SOURCES
    assert all(results), [len(r) for r in results]  # claimed 4 at a time: both took a share
    assert all(o.ok for r in results for o in r)
    assert all(site.hits[f"/feeds/{i}.xml"] == 1 for i in range(SOURCES))
    with setup() as session:
        paths = session.scalars(select(Article.path)).all()
        assert len(paths) == len(set(paths)) == SOURCES + 1  # the shared page stored once
        linked = session.scalar(
            select(func.count()).select_from(SourceItem).where(SourceItem.article_id.is_not(None))
        )
    assert linked == 2 * SOURCES  # every feed's items point at their articles, the shared one too
