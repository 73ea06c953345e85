"""Real renders of the three pictures: valid PNGs of the size promised, drawing the answer's
facts (dates at their precision, names, counts) and citing the same article numbers."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import zlib

from briefings.analysis.dates.periods import date_period as span
from briefings.answers import SourceItem, SourceRef, TimelineEvent, format_date
from briefings.charts import ChartCache, coverage_chart, network_chart, timeline_chart
from briefings.charts.chart import ALT_LIMIT
from briefings.charts.timeline import ROWS
from briefings.cli import main
from tests.charts.conftest import png_size


def test_a_day_is_a_point_a_month_and_a_year_their_spans():
    day = dt.date(2023, 7, 15)
    assert span(day, "day") == (day, dt.date(2023, 7, 16))
    assert span(day, "month") == (dt.date(2023, 7, 1), dt.date(2023, 8, 1))
    assert span(dt.date(2023, 12, 9), "month") == (dt.date(2023, 12, 1), dt.date(2024, 1, 1))
    assert span(day, "year") == (dt.date(2023, 1, 1), dt.date(2024, 1, 1))


def test_the_seed_timeline_draws_every_event_with_its_date_and_article_numbers(seeded):
    events = seeded.timeline()
    chart = timeline_chart(events)
    assert chart is not None
    assert png_size(chart.png) == (chart.width, chart.height) == (1000, 150 + 120 + 72 * 9)
    assert chart.shown == chart.total == len(events) == 9
    rows = chart.labels[2 : 2 + len(events)]
    for event, label in zip(events, rows, strict=True):
        assert label.startswith(format_date(event.date, event.date_precision) + " — ")
        assert label.endswith("".join(f"[{r.article_id}]" for r in event.sources))
        assert label.split(" — ", 1)[1][:20] == event.text[:20]
    assert sorted(chart.articles) == sorted({r.article_id for e in events for r in e.sources})
    # honest precision: the two "2022" events span the year, "Jul 2023" the month, days are days
    assert [m[0] for m in chart.marks] == [e.date_precision for e in events]
    assert chart.marks[0][1:] == (dt.date(2022, 1, 1), dt.date(2023, 1, 1))
    for precision, start, end in chart.marks:
        assert (end - start).days == {"day": 1, "month": (end - start).days, "year": 365}[precision]
        assert precision != "month" or 28 <= (end - start).days <= 31
    assert {"a day: a point", "a month: its span", "a year: its span"} <= set(chart.labels)
    assert chart.alt.startswith("Timeline: 9 dated events, 2022 to 5 Sep 2023.")


def test_a_long_timeline_shows_the_latest_events_and_says_so():
    ref = SourceRef(7, "a.txt", "A", "OAN", dt.date(2023, 9, 6), "day")
    start = dt.date(2020, 1, 1)
    events = [
        TimelineEvent(start + dt.timedelta(days=3 * i), "day", f"Event {i} happened.", [ref])
        for i in range(500)
    ]
    chart = timeline_chart(events)
    assert chart is not None
    assert chart.title == f"Timeline: the latest {ROWS} of 500 dated events"
    assert png_size(chart.png) == (1000, 150 + 120 + 72 * ROWS)
    assert chart.labels[2].endswith("Event 480 happened. [7]")
    assert len(chart.alt) <= ALT_LIMIT
    assert timeline_chart([TimelineEvent(None, "unknown", "Undated.", [ref])]) is None


def test_the_network_draws_who_is_named_and_quoted_with_them(seeded):
    profile = seeded.profile("Kim Jong Un").profile
    assert profile is not None
    chart = network_chart(profile)
    assert png_size(chart.png) == (1000, 1000)
    assert chart.shown == len(profile.related) == 10
    counts = dict(profile.related)
    for tie in profile.ties:
        assert len(tie.articles) == counts[tie.name]  # the edge weight is the text's count
        detail = chart.labels[chart.labels.index(tie.name) + 1]
        assert detail.startswith(f"{counts[tie.name]} article")
        assert "".join(f"[{i}]" for i in tie.articles[:4]) in detail
        assert ("quoted in" in detail) == bool(tie.quoted_in)
    sullivan = next(t for t in profile.ties if t.name == "Jake Sullivan")
    assert sullivan.quoted_in == sullivan.articles  # he is quoted in each article naming both
    assert sorted(chart.articles) == sorted({i for t in profile.ties for i in t.articles})
    assert "Vladimir Putin, 4 articles [1][2][4][5]" in chart.alt


def test_coverage_draws_each_outlet_and_numbers_every_article(seeded):
    items = seeded.sources()
    chart = coverage_chart(items)
    assert chart is not None
    assert png_size(chart.png) == (1000, 150 + 200 + 80 * 3)
    assert sorted(chart.articles) == sorted(i.id for i in items)
    assert {"OAN (1)", "Press Association (1)", "outlet unknown (3)"} <= set(chart.labels)
    undated = "".join(f"[{i.id}]" for i in items if i.published is None)
    assert f"Undated (3): {undated}" in chart.labels
    many = [
        SourceItem(n, f"{n}.txt", None, f"Outlet {n % 12}", None, None,
                   dt.date(2023, 1, 1) + dt.timedelta(days=n), "day", [],
                   dt.datetime(2024, 1, 1, tzinfo=dt.UTC))
        for n in range(1, 201)
    ]  # fmt: skip
    chart = coverage_chart(many)
    assert chart is not None and chart.articles == []  # too many to number: counts only
    assert "other outlets (81)" in chart.labels  # 200 articles less 7 outlets of 17


def test_a_picture_is_drawn_once_per_answer():
    cache = ChartCache(size=2)
    ref = SourceRef(1, "a.txt", "A", "OAN", dt.date(2023, 9, 6), "day")
    events = [TimelineEvent(dt.date(2023, 9, 5), "day", "Talks.", [ref])]
    first = cache.get("timeline", events, timeline_chart)
    assert cache.get("timeline", list(events), timeline_chart) is first
    changed = [*events, TimelineEvent(dt.date(2023, 9, 6), "day", "More talks.", [ref])]
    assert cache.get("timeline", changed, timeline_chart) is not first
    assert cache.renders == 2


def test_query_commands_do_not_import_matplotlib():
    code = "import sys, bot.cli, bot.app; sys.exit('matplotlib' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_cli_writes_the_pictures(seeded, tmp_path, capsys):
    url = str(seeded.sessions.kw["bind"].url)
    for argv in (["timeline"], ["who", "Kim", "Jong", "Un"], ["sources"]):
        path = tmp_path / f"{argv[0]}.png"
        assert main([*argv, "--db", url, "--png", str(path)]) == 0
        width, _ = png_size(path.read_bytes())
        assert width == 1000
        assert f"written to {path}" in capsys.readouterr().err
    assert main(["who", "Nobody", "--db", url, "--png", str(tmp_path / "x.png")]) == 1
    assert not (tmp_path / "x.png").exists()


def test_the_png_decodes(seeded):
    """Every chunk's CRC holds and the image data inflates: a viewer will open it."""
    chart = timeline_chart(seeded.timeline())
    assert chart is not None
    data, at, idat = chart.png, 8, b""
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        assert zlib.crc32(kind + body) == int.from_bytes(
            data[at + 8 + length : at + 12 + length], "big"
        )
        idat += body if kind == b"IDAT" else b""
        at += 12 + length
    assert kind == b"IEND"
    assert len(zlib.decompress(idat)) > chart.width * chart.height  # RGB(A) rows
