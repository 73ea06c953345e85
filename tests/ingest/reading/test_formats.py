"""Markdown front matter, HTML pages and plain-text datelines give each article its metadata."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest import ingest_paths
from briefings.ingest.reading.metadata import parse_byline, parse_dateline
from briefings.models import Article

HTML = """<!doctype html><html><head>
<title>Kremlin denies talks | Example News</title>
<meta property="og:title" content="Kremlin denies arms talks with Pyongyang">
<meta property="og:site_name" content="Example News">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2023-09-07T10:00:00Z">
</head><body>
<nav>Home | World | Subscribe</nav>
<article>
<h1>Kremlin denies arms talks with Pyongyang</h1>
<p>The Kremlin said on Thursday that it had nothing to announce about a meeting between the two
leaders, despite reports in American newspapers that a visit was being planned for this month.</p>
<p>Officials in Washington have warned that any deal supplying artillery shells to Russia would
break United Nations resolutions that Moscow itself voted for in the past.</p>
<p>Analysts in Seoul said the North could gain food, fuel and military technology in exchange for
old stocks of ammunition that its army no longer needs.</p>
</article>
<footer>Copyright Example News. All rights reserved.</footer>
</body></html>"""

MARKDOWN = """---
title: Seoul watches the train
outlet: The Example Herald
author: Kim Min-ji
url: https://example.org/train
published: 2023-09
---
# Seoul watches the train

South Korean officials said they were **tracking** a [special train](https://example.org) heading
north-east on Sunday.

![The train at a station](train.jpg)

The ministry declined to say more.
"""


def _stored(sessions: sessionmaker[Session], name: str) -> Article:
    with sessions() as session:
        return session.scalars(select(Article).where(Article.path.like(f"%{name}"))).one()


def test_html_main_text_and_metadata(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    (tmp_path / "kremlin.html").write_text(HTML, encoding="utf-8")
    report = ingest_paths(sessions, [tmp_path / "kremlin.html"])
    assert report.outcomes[0].status == "added", report.outcomes[0].line()
    article = _stored(sessions, "kremlin.html")
    assert article.title == "Kremlin denies arms talks with Pyongyang"
    assert article.author == "Jane Reporter"
    assert article.outlet == "Example News"
    assert (article.published, article.date_precision) == (dt.date(2023, 9, 7), "day")
    assert "nothing to announce" in article.body
    assert "Subscribe" not in article.body and "All rights reserved" not in article.body


def test_markdown_front_matter_and_month_precision(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "train.md").write_text(MARKDOWN, encoding="utf-8")
    ingest_paths(sessions, [tmp_path / "train.md"])
    article = _stored(sessions, "train.md")
    assert (article.title, article.outlet, article.author) == (
        "Seoul watches the train",
        "The Example Herald",
        "Kim Min-ji",
    )
    assert article.url == "https://example.org/train"
    assert (article.published, article.date_precision) == (dt.date(2023, 9, 1), "month")
    assert article.body.startswith("South Korean officials said they were tracking a special train")
    assert "train.jpg" not in article.body and "Seoul watches the train" not in article.body


def test_a_text_without_any_date_stays_undated(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    (tmp_path / "plain.txt").write_text(
        "Talks continue\n\nOfficials said on Tuesday that talks would continue in July.\n", "utf-8"
    )
    ingest_paths(sessions, [tmp_path / "plain.txt"])
    article = _stored(sessions, "plain.txt")
    assert (article.published, article.date_precision) == (None, "unknown")
    assert article.title == "Talks continue"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2:22 PM – Wednesday, September 6, 2023", (dt.date(2023, 9, 6), "day")),
        ("date 2023-09-06", (dt.date(2023, 9, 6), "day")),
        ("Published: 30 March 2023", (dt.date(2023, 3, 30), "day")),
        ("Thursday 30 March 2023 12:01 BST", (dt.date(2023, 3, 30), "day")),
        ("September 2023", (dt.date(2023, 9, 1), "month")),
        ("The talks began on September 6, 2023 in Vladivostok.", None),
        ("February 30, 2023", None),
    ],
)
def test_datelines(line: str, expected: tuple[dt.date, str] | None) -> None:
    dated = parse_dateline(line)
    assert (None if dated is None else (dated.date, dated.precision)) == expected


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Press Association", "Press Association", "Press Association"),
        ("OAN’s Abril Elfi", "Abril Elfi", "OAN"),
        ("By Jane Reporter | Example News", "Jane Reporter", None),
        ("By the way, nobody knows.", None, None),
    ],
)
def test_bylines(line: str, author: str | None, outlet: str | None) -> None:
    byline = parse_byline(line)
    got = (None, None) if byline is None else (byline.author, byline.outlet)
    assert got == (author, outlet)
