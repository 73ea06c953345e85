"""Dates, titles and sidecar metadata read at ingest, measured on copies of PolNeAR articles.

Each PolNeAR train article (its first line is its headline; `metadata.tsv` gives its real
publication date) is copied with a dateline inserted under the title, in each format below,
with its real date, and read by the ingest (`read_document` + `build_document`, as
`briefbot ingest` does). Copies are made with and without notices: an update line, a
correction ("An earlier version of this article … June 10"), a "first published" note, a
copyright line and an NYT-style appended correction with its own date. Reported:

- datelines found: the stored publication date is the inserted date, at day precision;
- dates invented: a stored publication date other than the one the dateline states (any date at
  all for copies with no dateline, and for lines that state no year: "LONDON, Oct 9 (Reuters)");
- updated found: the update note's date stored as `updated`, not as the publication date;
- titles: the title stored for the unaltered article is its headline (metadata.tsv's title);
- first paragraph kept: the body still holds the article's first paragraph after the title, and
  in copies with the title line removed, that paragraph is not taken for a title.

The rules were tuned on the first half of the articles (sorted by file name: breitbart,
huff-post, nyt and part of politico) with the five formats of issue 14 ("tuned"); the second
half and the "held-out" formats and notices, written before the rules were, measure how they
generalise.

Run: .venv/bin/python -m evaluation dates_polnear [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from briefings.ingest.errors import ArticleError
from briefings.ingest.reading.document import Document, build_document
from briefings.ingest.reading.readers import read_document
from evaluation.described import described

DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "polnear-train"
if not DATA.exists():
    DATA = Path("/work/shared/data/polnear-train")
RESULTS = Path(__file__).resolve().parents[1] / "results" / "dates_polnear.json"

Format = Callable[[dt.date], str]


def _month(d: dt.date) -> str:
    return d.strftime("%B")


def _mon(d: dt.date) -> str:
    short = d.strftime("%b")
    return short if short == "May" else short + "."


# The five formats issue 14 names: the rules were written for these.
TUNED: dict[str, Format] = {
    "place — date": lambda d: f"WASHINGTON — {_month(d)} {d.day}, {d.year}",
    "byline | mm/dd/yyyy": lambda d: f"By Staff Writer | {d:%m/%d/%Y}",
    "ISO timestamp": lambda d: f"{d:%Y-%m-%d}T14:03:00Z",
    "Posted on … by": lambda d: f"Posted on {_month(d)} {d.day}, {d.year} by Jane Doe",
    "date at time zone": lambda d: f"{_month(d)} {d.day}, {d.year} at 4:05 p.m. EDT",
}
# Written before the rules were extended, and not looked at while tuning them.
HELD_OUT: dict[str, Format] = {
    "wire place (AP) — Mon. d": lambda d: f"LOS ANGELES (AP) — {_mon(d)} {d.day}, {d.year}",
    "Published: weekday, time": lambda d: (
        f"Published: {d:%A}, {_month(d)} {d.day}, {d.year}, 8:15 PM"
    ),
    "Guardian style": lambda d: f"{d:%a} {d.day} {d:%b} {d.year} 20.15 BST",
    "byline · d Month yyyy": lambda d: f"By Jane Doe, Staff Writer · {d.day} {_month(d)} {d.year}",
    "Date: yyyy/mm/dd": lambda d: f"Date: {d:%Y/%m/%d}",
    "Mon d, yyyy | time": lambda d: f"{d:%b} {d.day}, {d.year} | 8:15pm ET",
    "ordinal day": lambda d: f"{d.day}{_ordinal(d.day)} {_month(d)} {d.year}",
    "ISO with offset": lambda d: f"{d:%Y-%m-%d} 20:15:00 -0400",
    "two-digit year": lambda d: f"Posted: {d.month}/{d.day}/{d:%y}",
}
# Lines that state no full date: nothing may be read from them.
NO_DATE: dict[str, Format] = {
    "no year (Reuters)": lambda d: f"LONDON, {d:%b} {d.day} (Reuters) -",
    "relative": lambda d: "Updated 3 hours ago",
    "weekday only": lambda d: f"{d:%A}",
}


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _later(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def tuned_notices(d: dt.date) -> tuple[list[str], list[str], dt.date]:
    """Paragraphs to put under the dateline and after the body; the update date they state."""
    updated = _later(d, 2)
    head = [f"Updated: {_month(updated)} {updated.day}, {updated.year} 9:30 a.m."]
    wrong = dt.date(d.year, 6, 10) if d != dt.date(d.year, 6, 10) else dt.date(d.year, 6, 11)
    first = _later(d, -3)
    fixed = _later(d, 5)
    tail = [
        "Correction: An earlier version of this article misstated the date of the debate. "
        f"It was held on {_month(wrong)} {wrong.day}, {wrong.year}.",
        f"This article was first published on {_month(first)} {first.day}, {first.year}.",
        f"© {d.year} The Example Times. All rights reserved.",
        "CORRECTION:",
        "As published in the International New York Times.",
        f"An article on {d:%A} about the campaign misstated the name of a county.",
        f"{fixed:%A}, {_month(fixed)} {fixed.day}, {fixed.year}.",
    ]
    return head, tail, updated


def held_out_notices(d: dt.date) -> tuple[list[str], list[str], dt.date]:
    updated = _later(d, 1)
    head = [f"Last updated {_mon(updated)} {updated.day}, {updated.year}, 11:02 a.m. ET"]
    first = _later(d, -7)
    fixed = _later(d, 4)
    tail = [
        f"Editor's note: This story was originally published {_month(first)} {first.day}, "
        f"{first.year}.",
        f"Clarification ({_month(fixed)} {fixed.day}, {fixed.year}): A previous version of this "
        "story misidentified the state senator's district.",
        f"Copyright {d.year} The Associated Press. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed.",
        f"{_mon(fixed)} {fixed.day}, {fixed.year}",
    ]
    return head, tail, updated


@dataclass(frozen=True)
class Article:
    name: str
    title: str  # metadata.tsv's title
    published: dt.date
    blocks: list[str]  # the text's blank-line blocks; the first is the headline


def load(limit: int | None) -> list[Article]:
    with (DATA / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        rows = sorted(csv.DictReader(handle, delimiter="\t"), key=lambda r: r["filename"])
    articles = []
    for row in rows[:limit]:
        text = (DATA / "text" / f"{row['filename']}.txt").read_text(encoding="utf-8")
        blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
        published = dt.date.fromisoformat(row["publication_date"])
        articles.append(Article(row["filename"], row["title"], published, blocks))
    return articles


# Section labels of database copies ("ABSTRACT.", "FULL TEXT."): no paragraph of the article.
_LABEL = re.compile(r"^(?:ABSTRACT|FULL TEXT|CORRECTION APPENDED|LETTERS|TOP STORIES)\.?$")


def _norm(text: str | None) -> str:
    text = " ".join((text or "").replace("’", "'").replace("‘", "'").split())
    text = re.sub(r"\.(?=[)'\"”])", "", text)  # "(… not to.)" as metadata.tsv's "(… not to)"
    return text.rstrip(" .;'\"”").lower()


def read(folder: Path, name: str, text: str) -> Document | None:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return build_document(read_document(path))
    except ArticleError:
        return None


def copy_text(article: Article, dateline: str | None, notices: bool, held_out: bool) -> str:
    head: list[str] = []
    tail: list[str] = []
    if notices:
        maker = held_out_notices if held_out else tuned_notices
        head, tail, _ = maker(article.published)
    lines = [article.blocks[0]]
    if dateline is not None:
        lines.append(dateline)
    return "\n\n".join(lines + head + article.blocks[1:] + tail) + "\n"


def measure(articles: list[Article], folder: Path) -> dict[str, object]:
    half = (len(articles) + 1) // 2
    parts = {"tuned articles": articles[:half], "held-out articles": articles[half:]}
    results: dict[str, object] = {}
    for part, chosen in parts.items():
        results[part] = _measure_part(chosen, folder)
    return results


def _measure_part(articles: list[Article], folder: Path) -> dict[str, object]:
    out: dict[str, object] = {"articles": len(articles)}
    for group, formats in (("tuned formats", TUNED), ("held-out formats", HELD_OUT)):
        per_format: dict[str, dict[str, object]] = {}
        totals: Counter[str] = Counter()
        for label, make in formats.items():
            counts: Counter[str] = Counter()
            for article in articles:
                line = make(article.published)
                for notices in (False, True):
                    text = copy_text(article, line, notices, held_out=group != "tuned formats")
                    doc = read(folder, article.name, text)
                    suffix = " with notices" if notices else ""
                    counts["copies" + suffix] += 1
                    if doc is None:
                        continue
                    if (doc.published, doc.date_precision) == (article.published, "day"):
                        counts["found" + suffix] += 1
                    elif doc.published is not None:
                        counts["invented" + suffix] += 1
            per_format[label] = _rates(counts, example=make(dt.date(2016, 10, 9)))
            totals.update(counts)
        out[group] = {"all": _rates(totals), **per_format}
    out["no dateline"] = _no_dateline(articles, folder)
    out["lines with no full date"] = _no_date_lines(articles, folder)
    out["titles"] = _titles(articles, folder)
    return out


def _rates(counts: Counter[str], example: str | None = None) -> dict[str, object]:
    copies = counts["copies"]
    row: dict[str, object] = {}
    if example is not None:
        row["example"] = example
    for suffix in ("", " with notices"):
        n = counts["copies" + suffix]
        row["found" + suffix] = round(counts["found" + suffix] / n, 4) if n else 0.0
        row["invented" + suffix] = counts["invented" + suffix]
    row["copies"] = copies
    return row


def _no_dateline(articles: list[Article], folder: Path) -> dict[str, object]:
    """Copies with notices and no dateline: nothing may become the publication date."""
    counts: Counter[str] = Counter()
    for held_out in (False, True):
        kind = "held-out notices" if held_out else "tuned notices"
        maker = held_out_notices if held_out else tuned_notices
        for article in articles:
            doc = read(folder, article.name, copy_text(article, None, True, held_out))
            counts[kind + " copies"] += 1
            if doc is None:
                continue
            counts[kind + " invented"] += doc.published is not None
            updated = maker(article.published)[2]
            counts[kind + " updated found"] += getattr(doc, "updated", None) == updated
    return dict(counts)


def _no_date_lines(articles: list[Article], folder: Path) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for label, make in NO_DATE.items():
        for article in articles:
            doc = read(
                folder, article.name, copy_text(article, make(article.published), False, False)
            )
            counts[label + " copies"] += 1
            counts[label + " invented"] += doc is not None and doc.published is not None
    return dict(counts)


def _titles(articles: list[Article], folder: Path) -> dict[str, object]:
    counts: Counter[str] = Counter()
    for article in articles:
        doc = read(folder, article.name, "\n\n".join(article.blocks) + "\n")
        body = [b for b in article.blocks[1:] if not _LABEL.match(b)]
        lede = _norm(body[0].split("\n")[0]) if body else ""  # its first line: a paragraph
        counts["articles"] += 1
        if doc is None:
            continue
        counts["title found"] += _norm(doc.title) == _norm(article.title)
        counts["first paragraph kept"] += bool(lede) and lede in _norm(doc.body)
        untitled = read(folder, article.name, "\n\n".join(body) + "\n")
        if untitled is not None and lede:
            counts["untitled copies"] += 1
            counts["untitled: first paragraph taken as title"] += _norm(untitled.title) == lede
            counts["untitled: first paragraph kept"] += lede in _norm(untitled.body)
    return dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=described(__doc__))
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = parser.parse_args()
    started = time.perf_counter()
    articles = load(args.limit)
    with tempfile.TemporaryDirectory() as tmp:
        results = measure(articles, Path(tmp))
    results["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.limit is None:
        RESULTS.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
