"""The five seed articles as a user sees them after `briefbot ingest seeds/`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest import ingest_paths
from briefings.models import Article
from tests.conftest import SEEDS

EXPECTED = {
    # file: (title, outlet, author, published, precision)
    "000_763c91094624ead8.txt": (None, "OAN", "Abril Elfi", dt.date(2023, 9, 6), "day"),
    "001_1e48b94bf6827798.txt": (
        "White House Warns North Korea Will ‘Pay A Price’ If It Supplies Russia With Weapons",
        None,
        None,
        None,
        "unknown",
    ),
    "002_719f9bf2ecabd5d0.txt": (None, None, None, None, "unknown"),
    "003_48fb225f04140536.txt": (None, None, None, None, "unknown"),
    "004_872fef4d90f23d82.txt": (
        "Russia aiming to trade food for weapons from North Korea, says White House",
        "Press Association",
        "Press Association",
        dt.date(2023, 3, 30),  # from seeds/manifest.json: the text says only "on Thursday"
        "day",
    ),
}

GONE = [
    "Photo by",
    "Getty Images",
    "AP Photo",
    "via AP",
    "https://t.co",
    "(@AP)",
    "Join the conversation",
    "VIP Member",
    "North Korea Koreas Tensions",
    "OAN’s Abril Elfi",
    "By Press Association",
    "2:22 PM",
    "date 2023-09-06",
    "John Kirby revealed the details",  # a photo caption, printed twice in the source
    "Russia wants to trade commodities for food",  # another caption
]


@pytest.fixture
def stored(sessions: sessionmaker[Session]) -> dict[str, Article]:
    report = ingest_paths(sessions, [SEEDS])
    assert not report.failed, report.outcomes
    with sessions() as session:
        return {Path(a.path).name: a for a in session.scalars(select(Article))}


def test_the_five_seeds_are_stored_with_their_metadata(stored: dict[str, Article]) -> None:
    assert set(stored) == set(EXPECTED)
    for name, (title, outlet, author, published, precision) in EXPECTED.items():
        article = stored[name]
        assert (article.title, article.outlet, article.author) == (title, outlet, author), name
        assert (article.published, article.date_precision) == (published, precision), name


@pytest.mark.parametrize("fragment", GONE)
def test_boilerplate_is_gone_from_every_body(stored: dict[str, Article], fragment: str) -> None:
    for name, article in stored.items():
        assert fragment not in article.body, f"{fragment!r} left in {name}"


def test_bodies_keep_the_reporting(stored: dict[str, Article]) -> None:
    body = stored["004_872fef4d90f23d82.txt"].body
    assert body.startswith("The White House on Thursday said it has new evidence")
    assert "Schemes like the arms deal pursued by this individual" in body
    assert "Sullivan promised that the U.S." in stored["000_763c91094624ead8.txt"].body
    # the tweet's text goes with the embed, the article's own paragraphs stay
    tweet_body = stored["002_719f9bf2ecabd5d0.txt"].body
    assert "The White House says it has new evidence" not in tweet_body
    assert "Specifics of the deal between the two nations" in tweet_body
