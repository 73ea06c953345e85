"""The timeline picture: each dated event on a time axis.

A day is a point and a month or year the span it is, with the article numbers the event comes
from."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from briefings.analysis.dates.periods import date_period
from briefings.answers import TimelineEvent, format_date
from briefings.charts import style
from briefings.charts.chart import Chart, alt_text, numbers

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ROWS = 20  # events drawn, the latest; the text lists them all
ROW_PX = 72
TOP_PX, BOTTOM_PX = 150, 120
LABEL_CHARS = 78
PRECISION = {  # colour, how it is drawn, legend words
    "day": (style.BLUE, "a day: a point"),
    "month": (style.ORANGE, "a month: its span"),
    "year": (style.PURPLE, "a year: its span"),
}


def mark_date(
    ax: Axes, y: float, date: dt.date, precision: str, *, height: float, alpha: float, dot: float
) -> tuple[str, dt.date, dt.date]:
    """A date drawn as precisely as it is known: a day a point (opacity `dot`), a month or a
    year a bar over its span; what was drawn, for the legend."""
    colour, _ = PRECISION[precision]
    start, end = date_period(date, precision)
    if precision == "day":
        ax.plot([style.day(start)], [y], "o", color=colour, markersize=13, alpha=dot, zorder=3)
    else:
        ax.barh(
            y,
            style.day(end) - style.day(start),
            left=style.day(start),
            height=height,
            color=colour,
            alpha=alpha,
            zorder=2,
        )
    return precision, start, end


def date_range(
    ax: Axes, marks: list[tuple[str, dt.date, dt.date]], *, least: dt.timedelta, share: float
) -> None:
    """The x axis over every drawn date's span, padded by `share` of it (at least `least`)."""
    start, end = min(m[1] for m in marks), max(m[2] for m in marks)
    pad = max(least, (end - start) * share)
    ax.set_xlim(style.day(start - pad), style.day(end + pad))


def precision_legend(fig: Figure, precisions: list[str], bottom: float) -> list[str]:
    """The legend of the date precisions drawn: a point for a day, a span for a month or year."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    used = [p for p in PRECISION if p in precisions]
    handles = [
        Line2D([], [], marker="o", linestyle="", color=PRECISION[p][0], markersize=12)
        if p == "day"
        else Patch(color=PRECISION[p][0])
        for p in used
    ]
    legend = [PRECISION[p][1] for p in used]
    if used:
        fig.legend(
            handles, legend, loc="lower left", bbox_to_anchor=(0.03, bottom), ncols=len(used),
            frameon=False, fontsize=style.SMALL_SIZE, labelcolor=style.INK,
        )  # fmt: skip
    return legend


def timeline_chart(events: list[TimelineEvent]) -> Chart | None:
    """The latest ROWS dated events, oldest at the top; None when there is nothing dated."""
    dated = [e for e in events if e.date is not None and e.date_precision in PRECISION]
    if not dated:
        return None
    from matplotlib import dates as mdates
    from matplotlib.transforms import blended_transform_factory

    shown = dated[-ROWS:]
    height = TOP_PX + BOTTOM_PX + ROW_PX * len(shown)
    fig = style.figure(style.WIDTH, height)
    ax = fig.add_axes(
        (0.03, BOTTOM_PX / height, 0.94, ROW_PX * len(shown) / height),
        facecolor=style.BACKGROUND,
    )
    first = format_date(shown[0].date, shown[0].date_precision)
    last = format_date(shown[-1].date, shown[-1].date_precision)
    title = f"Timeline: {len(dated)} dated event{'s' * (len(dated) != 1)}, {first} to {last}"
    if len(shown) < len(dated):
        title = f"Timeline: the latest {len(shown)} of {len(dated)} dated events"
    labels = [title]
    fig.text(0.03, 1 - 45 / height, title, fontsize=style.TITLE_SIZE, color=style.INK, va="top")
    note = "[n] = article number, as in /sources. Dates only as precise as the articles give them."
    fig.text(0.03, 1 - 95 / height, note, fontsize=style.SMALL_SIZE, color=style.MUTED, va="top")
    labels.append(note)
    left = blended_transform_factory(ax.transAxes, ax.transData)
    cited: list[int] = []
    marks: list[tuple[str, dt.date, dt.date]] = []
    for row, event in enumerate(shown):
        assert event.date is not None
        mark = mark_date(
            ax, row + 0.2, event.date, event.date_precision, height=0.32, alpha=0.85, dot=1.0
        )
        marks.append(mark)
        ids = [r.article_id for r in event.sources]
        cited += [i for i in ids if i not in cited]
        when = format_date(event.date, event.date_precision)
        refs = numbers(ids, most=4)
        text = style.clip(event.text, LABEL_CHARS - len(when) - len(refs) - 4)
        label = f"{when} — {text} {refs}"
        labels.append(label)
        ax.text(
            0.0, row - 0.17, label, transform=left, fontsize=style.TEXT_SIZE, color=style.INK,
            va="center", ha="left", clip_on=False,
        )  # fmt: skip
    date_range(ax, marks, least=dt.timedelta(days=3), share=0.03)
    ax.set_ylim(len(shown) - 0.4, -0.6)
    ax.set_yticks([])
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=style.SMALL_SIZE, colors=style.INK)
    ax.grid(axis="x", color=style.GRID, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(style.MUTED)
    labels += precision_legend(fig, [e.date_precision for e in shown], 0.005)
    png = style.png(fig)
    summary = "; ".join(labels[2 : 2 + len(shown)])
    alt = alt_text(f"{title}.", "Each event with its date and article numbers:", summary)
    return Chart(
        "timeline",
        png,
        style.WIDTH,
        height,
        title,
        alt,
        labels,
        cited,
        len(shown),
        len(dated),
        marks,
    )
