"""Dates and metadata an article states, or unknown: datelines, notices, titles, bylines, sidecars."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from bot.cli import main
from bot.render.embeds import source_field
from briefings.answers import SourceItem
from briefings.ingest import ingest_paths
from briefings.ingest.reading.cleaning import clean_text
from briefings.ingest.reading.datelines import read_date_line
from briefings.ingest.reading.document import build_document
from briefings.ingest.reading.metadata import parse_byline
from briefings.ingest.reading.readers import read_document
from briefings.models import Article

D = dt.date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the formats of issue 14
        ("WASHINGTON — October 9, 2016", (D(2016, 10, 9), "day", "published")),
        ("By Staff Writer | 10/09/2016", (D(2016, 10, 9), "day", "published")),
        ("2016-10-13T14:03:00Z", (D(2016, 10, 13), "day", "published")),
        ("Posted on October 13, 2016 by Jane Doe", (D(2016, 10, 13), "day", "published")),
        ("October 13, 2016 at 4:05 p.m. EDT", (D(2016, 10, 13), "day", "published")),
        # others, and what dateparser reads
        ("NASHUA, N.H. — Oct. 13, 2016", (D(2016, 10, 13), "day", "published")),
        ("13/10/2016", (D(2016, 10, 13), "day", "published")),
        ("13.10.2016", (D(2016, 10, 13), "day", "published")),
        ("Published: October 2016", (D(2016, 10, 1), "month", "published")),
        # updates and notices
        ("Updated: October 14, 2016 9:30 a.m.", (D(2016, 10, 14), "day", "updated")),
        ("Last updated 10:15 a.m. EDT June 14, 2016", (D(2016, 6, 14), "day", "updated")),
        ("First published on June 3, 2016", (D(2016, 6, 3), "day", "notice")),
        ("Copyright 2016", (D(2016, 1, 1), "year", "notice")),
        # no full date stated: nothing
        ("LONDON, Oct 13 (Reuters) -", None),
        ("Updated 3 hours ago", None),
        ("2 days ago 2016", None),
        ("Tuesday", None),
        ("2016", None),
        ("The talks began on September 6, 2023 in Vladivostok.", None),
    ],
)
def test_date_lines(line: str, expected: tuple[dt.date, str, str] | None) -> None:
    found = read_date_line(line)
    got = None if found is None else (found.dated.date, found.dated.precision, found.kind)
    assert got == expected


BODY = (
    "The Senate passed the budget bill on Sunday after a long debate among its members.\n\n"
    "It now goes to the House, where its fate is unclear.\n"
)


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: An earlier version of this article misstated the date of the vote, "
        "which was June 10, 2016.",
        "An earlier version of this article gave the wrong day.\n\nJune 10, 2016",
        "CORRECTION:\n\nAs published in the International New York Times.\n\n"
        "An article on Friday misstated the name of a county.\n\nFriday, June 10, 2016.",
        "This article was first published on June 10, 2016.",
        "First published June 10, 2016",
        "© 2016 The Example Times. All rights reserved.",
    ],
)
def test_notices_never_give_the_publication_date(notice: str) -> None:
    cleaned = clean_text(f"Senate passes the budget bill\n\n{BODY}\n{notice}\n")
    assert cleaned.dated is None
    body = " ".join(cleaned.paragraphs)
    assert "June" not in body and "earlier version" not in body  # a notice is not the story


def test_an_update_note_gives_updated_not_published() -> None:
    cleaned = clean_text(
        "Senate passes the budget bill\n\nWASHINGTON — October 9, 2016\n\n"
        f"Updated: October 11, 2016 9:30 a.m.\n\n{BODY}\n"
        "Update, October 12, 2016: The House scheduled its vote for Friday afternoon.\n"
    )
    assert cleaned.dated is not None and cleaned.dated.date == D(2016, 10, 9)
    assert cleaned.updated is not None and cleaned.updated.date == D(2016, 10, 11)
    assert cleaned.paragraphs[-1].endswith("scheduled its vote for Friday afternoon.")


def test_one_line_with_both_dates() -> None:
    cleaned = clean_text(
        "Senate passes the budget bill\n\n"
        f"Published: June 3, 2016 | Updated: June 4, 2016 10:02 a.m.\n\n{BODY}"
    )
    assert cleaned.dated is not None and cleaned.dated.date == D(2016, 6, 3)
    assert cleaned.updated is not None and cleaned.updated.date == D(2016, 6, 4)


def test_a_date_line_after_the_body_is_not_the_dateline() -> None:
    cleaned = clean_text(f"Senate passes the budget bill\n\n{BODY}\nFriday, June 10, 2016.\n")
    assert cleaned.dated is None


@pytest.mark.parametrize(
    ("text", "title", "first_paragraph"),
    [
        # PolNeAR's headlines end with a full stop
        ("All eggs in N.H. and Iowa baskets.", "All eggs in N.H. and Iowa baskets.", BODY[:30]),
        ("Rep. Welch to back Sanders for president.", "Rep. Welch to back", BODY[:30]),
        ("Ben Carson Slams Hillary And The Media.", "Ben Carson Slams", BODY[:30]),
        ("Superdelegates? Dems have too many.", "Superdelegates?", "Superdelegates?"),  # maybe
        # a headline and its deck (NYT, USA Today)
        (
            "Jobs report gives Democrats a lift; \nSolid upturn could blunt Republican claims.",
            "Jobs report gives Democrats a lift; Solid upturn could blunt Republican claims.",
            BODY[:30],
        ),
        # a lede is no title, and stays in the body
        ("DALLAS (AP) — Martin O’Malley is shifting staff to Iowa.", None, "DALLAS (AP)"),
        ("He said on Tuesday that the talks would go on.", None, "He said on Tuesday"),
        # could be either: the title, and kept in the body
        (
            "Ben Carson says he is under attack because of his rise in the polls.",
            "Ben Carson says he is under attack",
            "Ben Carson says he is under attack",
        ),
    ],
)
def test_the_first_line_is_the_title_when_it_reads_as_a_headline(
    text: str, title: str | None, first_paragraph: str
) -> None:
    cleaned = clean_text(f"{text}\n\n{BODY}")
    if title is None:
        assert cleaned.title is None
    else:
        assert cleaned.title is not None and cleaned.title.startswith(title)
    assert cleaned.paragraphs[0].startswith(first_paragraph)


@pytest.mark.parametrize(
    ("line", "author", "outlet"),
    [
        ("By Jane Doe and John Smith", "Jane Doe and John Smith", None),
        ("By AMY CHOZICK, ALEXANDER BURNS and JONATHAN MARTIN", None, None),
        ("By Aamer Madhani, and Kevin Johnson, USA TODAY", "Aamer Madhani and Kevin Johnson", None),
        ("By Abby Phillip,David Weigel", "Abby Phillip and David Weigel", None),
        (
            "By Jane Doe and John Smith, Staff Writers | Example News",
            "Jane Doe and John Smith",
            None,
        ),
        ("By Staff Writer", None, None),
        ("By AP", "The Associated Press", "The Associated Press"),
        ("Hillary Clinton Wins Delaware’s Democratic Primary.", "-", "-"),
    ],
)
def test_bylines_keep_every_author(line: str, author: str | None, outlet: str | None) -> None:
    byline = parse_byline(line)
    if author == "-":
        assert byline is None  # a headline with a possessive is no "OAN’s Abril Elfi" byline
        return
    assert byline is not None
    if author is None and "CHOZICK" in line:
        assert byline.author == "AMY CHOZICK, ALEXANDER BURNS and JONATHAN MARTIN"
    else:
        assert (byline.author, byline.outlet) == (author, outlet)


POLNEAR_TSV = (
    "compartment\tfilename\tlevel\tpublisher\tpublication_date\tauthor\ttitle\n"
    "train\tpolitico_2016-02-19_rep-welch\t3\tpolitico\t2016-02-19\tNick Gass\tRep. Welch\n"
    "train\twash-post_2016-03-24_stop\t3\twash-post\t2016-03-24\tAnne Gearan,Dan Balz\tStop\n"
    "train\tnyt_2016-01-01_undated\t3\tnyt\tNone\tNone\tUndated\n"
)


STORIES = [
    "The governor signed the water bill into law after months of talks with farmers and cities.",
    "Two candidates met in a debate that turned on trade, taxes and the future of coal mining.",
    "A court in the capital threw out the challenge to the new voting maps on procedural grounds.",
]


def _article(headline: str, story: str) -> str:
    return f"{headline}\n\n{story}\n\nMore details of this story were not yet known.\n"


def _stored(sessions: sessionmaker[Session]) -> dict[str, Article]:
    with sessions() as session:
        return {Path(a.path).name: a for a in session.scalars(select(Article))}


def test_a_metadata_tsv_beside_the_text_folder_gives_what_the_texts_lack(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    root = tmp_path / "polnear"
    (root / "text").mkdir(parents=True)
    (root / "metadata.tsv").write_text(POLNEAR_TSV, encoding="utf-8")
    for name, story in zip(
        ("politico_2016-02-19_rep-welch", "wash-post_2016-03-24_stop"), STORIES, strict=False
    ):
        (root / "text" / f"{name}.txt").write_text(_article(f"Headline of {name}.", story), "utf-8")
    (root / "text" / "nyt_2016-01-01_undated.txt").write_text(
        _article("Its own headline\n\nWASHINGTON — May 2, 2016", STORIES[2]), "utf-8"
    )
    report = ingest_paths(sessions, [root])  # the folder above: metadata.tsv is no article
    assert sorted(o.status for o in report.outcomes) == ["added"] * 3, report.outcomes
    stored = _stored(sessions)
    welch = stored["politico_2016-02-19_rep-welch.txt"]
    assert (welch.outlet, welch.published, welch.date_precision) == (
        "politico",
        D(2016, 2, 19),
        "day",
    )
    assert welch.author == "Nick Gass"
    assert welch.title == "Headline of politico_2016-02-19_rep-welch."  # the text's own first
    assert stored["wash-post_2016-03-24_stop.txt"].author == "Anne Gearan and Dan Balz"
    undated = stored["nyt_2016-01-01_undated.txt"]
    assert (undated.outlet, undated.author) == ("nyt", None)  # "None" in the table is no one
    assert (undated.published, undated.date_precision) == (D(2016, 5, 2), "day")  # text's own


def test_a_csv_and_a_manifest_in_the_folder_give_title_and_author(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    root = tmp_path / "articles"
    root.mkdir()
    (root / "metadata.csv").write_text(
        "file,headline,source,authors,date\n"
        'a.txt,Talks go on,Example News,"Jane Doe, John Smith",2016-10\n'
        "b.txt,From the table,Table News,,2016\n",
        encoding="utf-8",
    )
    manifest = {"articles": {"b.txt": {"title": "From the manifest", "author": "Ann Lee"}}}
    (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (root / "a.txt").write_text(
        "officials met again on Monday to talk about the plan.\n\n" + STORIES[0], "utf-8"
    )
    (root / "b.txt").write_text(
        "the second article begins here, with a first line that is no headline.\n\n" + STORIES[1],
        "utf-8",
    )
    ingest_paths(sessions, [root])
    stored = _stored(sessions)
    a, b = stored["a.txt"], stored["b.txt"]
    assert (a.title, a.outlet, a.author) == (
        "Talks go on",
        "Example News",
        "Jane Doe and John Smith",
    )
    assert (a.published, a.date_precision) == (D(2016, 10, 1), "month")
    assert (b.title, b.outlet, b.author) == ("From the manifest", "Table News", "Ann Lee")
    assert (b.published, b.date_precision) == (D(2016, 1, 1), "year")


def test_sources_show_the_update_date_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(
        "Senate passes the budget bill\n\nWASHINGTON — October 9, 2016\n\n"
        f"Updated: October 11, 2016 9:30 a.m.\n\nBy Jane Doe and John Smith\n\n{BODY}",
        "utf-8",
    )
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    assert main(["ingest", "--db", url, str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    main(["sources", "--db", url])
    assert "9 Oct 2016; updated 11 Oct 2016; by Jane Doe and John Smith" in capsys.readouterr().out
    main(["sources", "--db", url, "--json"])
    item = json.loads(capsys.readouterr().out)["items"][0]
    assert (item["published"], item["updated"], item["updated_precision"]) == (
        "2016-10-09",
        "2016-10-11",
        "day",
    )


def test_the_date_evaluation_runs_on_four_polnear_articles(tmp_path: Path) -> None:
    from evaluation.articles import dates_polnear

    if not dates_polnear.DATA.is_dir():
        pytest.skip("the shared PolNeAR data is not here")
    results = dates_polnear.measure(dates_polnear.load(4), tmp_path)
    for part in ("tuned articles", "held-out articles"):
        found = results[part]
        assert isinstance(found, dict)
        tuned = found["tuned formats"]["all"]
        assert (tuned["found"], tuned["found with notices"]) == (1.0, 1.0)
        assert tuned["invented"] == tuned["invented with notices"] == 0
        assert found["no dateline"]["tuned notices invented"] == 0
        assert found["titles"]["title found"] == found["titles"]["articles"] == 2


def test_an_update_label_alone_keeps_the_news_under_it() -> None:
    cleaned = clean_text(
        f"Senate passes the budget bill\n\n{BODY}\nUPDATE:\n\n"
        "The House scheduled its own vote on the bill for Friday afternoon.\n"
    )
    assert cleaned.paragraphs[-1].startswith("The House scheduled its own vote")
    assert "UPDATE:" not in cleaned.paragraphs


HTML = """<!doctype html><html><head>
<title>Kremlin denies talks | Example News</title>
<meta property="og:title" content="Kremlin denies arms talks with Pyongyang">
<meta property="article:published_time" content="2023-09-07T10:00:00Z">
<meta property="article:modified_time" content="2023-09-08T16:30:00Z">
</head><body><article>
<h1>Kremlin denies arms talks with Pyongyang</h1>
<p>The Kremlin said on Thursday that it had nothing to announce about a meeting between the two
leaders, despite reports in American newspapers that a visit was being planned for this month.</p>
<p>Officials in Washington have warned that any deal supplying artillery shells to Russia would
break United Nations resolutions that Moscow itself voted for in the past.</p>
</article></body></html>"""


def test_an_html_page_gives_its_modification_time_as_updated(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, encoding="utf-8")
    doc = build_document(read_document(tmp_path / "page.html"))
    assert (doc.published, doc.date_precision) == (D(2023, 9, 7), "day")
    assert (doc.updated, doc.updated_precision) == (D(2023, 9, 8), "day")
    (tmp_path / "same.html").write_text(HTML.replace("09-08T16", "09-07T16"), encoding="utf-8")
    assert build_document(read_document(tmp_path / "same.html")).updated is None  # same day


def test_the_sources_embed_shows_the_update_date_as_such() -> None:
    item = SourceItem(
        1,
        "a.txt",
        "Senate passes the budget bill",
        "politico",
        "Jane Doe and John Smith",
        None,
        D(2016, 10, 9),
        "day",
        ["The Senate passed the bill."],
        dt.datetime.now(dt.UTC),
        updated=D(2016, 10, 11),
        updated_precision="day",
    )
    _, value = source_field(item)
    assert value.startswith("politico, 9 Oct 2016 · Jane Doe and John Smith · updated 11 Oct 2016")
