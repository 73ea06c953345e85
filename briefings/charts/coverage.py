"""The coverage picture of /sources: one row per outlet, a mark per article.

Each article is a mark at its publication date (a day a point, a month or year its span),
numbered as /sources numbers it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from briefings.answers import SourceItem
from briefings.charts import style
from briefings.charts.chart import Chart, alt_text, numbers
from briefings.charts.timeline import PRECISION, date_range, mark_date, precision_legend

OUTLETS = 8  # rows; the other outlets share one
ROW_PX = 80
TOP_PX, BOTTOM_PX = 150, 200
NUMBERED = 40  # articles up to which each mark carries its number
UNKNOWN = "outlet unknown"
OTHERS = "other outlets"


def _rows(items: list[SourceItem]) -> tuple[list[str], dict[int, str]]:
    """The outlet rows, most articles first, and each article's row."""
    counts = Counter(i.outlet or UNKNOWN for i in items)
    named = [o for o, _ in counts.most_common() if o != UNKNOWN]
    top = named if len(named) <= OUTLETS else named[: OUTLETS - 1]
    rows = top + ([OTHERS] if len(top) < len(named) else []) + [UNKNOWN] * (UNKNOWN in counts)
    row_of = {
        i.id: (i.outlet if i.outlet in top else OTHERS) if i.outlet else UNKNOWN for i in items
    }
    return rows, row_of


def coverage_chart(items: list[SourceItem]) -> Chart | None:
    """Coverage over time by outlet; None when there are no articles."""
    if not items:
        return None
    from matplotlib import dates as mdates

    rows, row_of = _rows(items)
    dated = [i for i in items if i.published is not None and i.date_precision in PRECISION]
    undated = [i for i in items if i not in dated]
    height = TOP_PX + BOTTOM_PX + ROW_PX * len(rows)
    fig = style.figure(style.WIDTH, height)
    ax = fig.add_axes(
        (0.3, BOTTOM_PX / height, 0.66, ROW_PX * len(rows) / height), facecolor=style.BACKGROUND
    )
    title = f"Coverage: {len(items)} article{'s' * (len(items) != 1)} by outlet and date"
    note = "[n] = article number, as in /sources." if len(dated) <= NUMBERED else ""
    labels = [title]
    fig.text(0.03, 1 - 45 / height, title, fontsize=style.TITLE_SIZE, color=style.INK, va="top")
    counts = Counter(row_of.values())
    row_labels = [f"{style.clip(r, 22)} ({counts[r]})" for r in rows]
    labels += row_labels
    cited: list[int] = []
    marks: list[tuple[str, dt.date, dt.date]] = []
    for item in dated:
        assert item.published is not None
        y = rows.index(row_of[item.id])
        mark = mark_date(ax, y, item.published, item.date_precision, height=0.3, alpha=0.6, dot=0.8)
        marks.append(mark)
        start = mark[1]
        if len(dated) <= NUMBERED:
            cited.append(item.id)
            ax.annotate(
                f"[{item.id}]", (style.day(start), y), xytext=(0, 14), textcoords="offset points",
                ha="center", fontsize=style.SMALL_SIZE, color=style.INK, zorder=4,
            )  # fmt: skip
    lines = []
    if undated:
        ids = [i.id for i in undated]
        cited += ids
        lines.append(f"Undated ({len(undated)}): {numbers(ids, 12)}")
    if note:
        lines.append(note)
    labels += lines
    labels += precision_legend(
        fig, [i.date_precision for i in dated], (35 + 30 * len(lines)) / height
    )
    for k, line in enumerate(lines):
        fig.text(
            0.03, (35 + 30 * (len(lines) - 1 - k)) / height, line, fontsize=style.SMALL_SIZE,
            color=style.MUTED,
        )  # fmt: skip
    ax.set_yticks(range(len(rows)), row_labels, fontsize=style.TEXT_SIZE, color=style.INK)
    ax.set_ylim(len(rows) - 0.5, -0.7)
    if dated:
        date_range(ax, marks, least=dt.timedelta(days=5), share=0.05)
        locator = mdates.AutoDateLocator(minticks=3, maxticks=6)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    else:
        ax.set_xticks([])
        ax.text(0.5, 0.5, "No article gives its date", transform=ax.transAxes, ha="center",
                fontsize=style.TEXT_SIZE, color=style.MUTED)  # fmt: skip
    ax.tick_params(axis="x", labelsize=style.SMALL_SIZE, colors=style.INK)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color=style.GRID, zorder=0)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.spines["bottom"].set_color(style.MUTED)
    per_row = "; ".join(row_labels)
    dates = ", ".join(
        f"[{i.id}] {i.outlet or UNKNOWN} {i.published.isoformat()}"
        for i in dated[:30]
        if i.published
    )
    alt = alt_text(f"{title}. Articles per outlet: {per_row}.", *lines, f"Dated: {dates}.")
    return Chart(
        "coverage", style.png(fig), style.WIDTH, height, title, alt, labels, cited,
        len(dated) + len(undated), len(items), marks,
    )  # fmt: skip
