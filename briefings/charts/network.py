"""The network picture of /who: a person among the people named with them.

The person is in the middle, the people named with them around, each line as thick as the
articles naming both, people quoted in those articles marked."""

from __future__ import annotations

import math

from briefings.answers import Profile, Tie
from briefings.charts import style
from briefings.charts.chart import Chart, alt_text, numbers

HEIGHT = 1000
NAME_CHARS = 24


def _ties(profile: Profile) -> list[Tie]:
    """The profile's companions with their articles; from the counts alone when none were read."""
    if profile.ties:
        return profile.ties
    return [Tie(name, [], []) for name, _ in profile.related]


def network_chart(profile: Profile) -> Chart:
    """The person's network as the profile gives it (its `related` counts and their articles)."""
    from matplotlib.lines import Line2D

    counts = dict(profile.related)
    ties = [t for t in _ties(profile) if t.name in counts]
    fig = style.figure(style.WIDTH, HEIGHT)
    ax = fig.add_axes((0.0, 0.1, 1.0, 0.74), facecolor=style.BACKGROUND)
    ax.set_xlim(-2.35, 2.35)
    ax.set_ylim(-1.45, 1.45)
    ax.axis("off")
    people = f"{len(ties)} {'person' if len(ties) == 1 else 'people'}"
    title = f"{style.clip(profile.name, 40)}: named with {people}"
    heading = profile.related_heading.replace("Mentioned with", "Line width: articles naming both")
    labels = [title, heading]
    fig.text(0.03, 1 - 45 / HEIGHT, title, fontsize=style.TITLE_SIZE, color=style.INK, va="top")
    fig.text(0.03, 1 - 95 / HEIGHT, heading, fontsize=style.SMALL_SIZE, color=style.MUTED, va="top")
    heaviest = max((counts[t.name] for t in ties), default=1)
    cited: list[int] = []
    described = []
    for k, tie in enumerate(ties):
        angle = math.pi / 2 - 2 * math.pi * k / len(ties)
        x, y = 1.25 * math.cos(angle), math.sin(angle)
        count = counts[tie.name]
        width = 1.5 + 7 * count / heaviest
        ax.plot([0, x], [0, y], color=style.MUTED, linewidth=width, alpha=0.55, zorder=1)
        ax.text(
            0.66 * x, 0.66 * y, str(count), fontsize=style.SMALL_SIZE, color=style.INK,
            ha="center", va="center", zorder=4,
            bbox={"boxstyle": "round,pad=0.2", "facecolor": style.BACKGROUND, "edgecolor": "none"},
        )  # fmt: skip
        quoted = bool(tie.quoted_in)
        marker, colour = ("s", style.ORANGE) if quoted else ("o", style.BLUE)
        ax.plot([x], [y], marker, color=colour, markersize=20, zorder=3)
        cited += [i for i in tie.articles if i not in cited]
        detail = f"{count} article{'s' * (count != 1)} {numbers(tie.articles, 4)}".rstrip()
        if quoted:
            detail += f"\nquoted in {numbers(tie.quoted_in, 4)}"
        name = style.clip(tie.name, NAME_CHARS)
        cos = math.cos(angle)
        ha = "left" if cos > 0.3 else "right" if cos < -0.3 else "center"
        dx = 0.12 if ha == "left" else -0.12 if ha == "right" else 0.0
        dy = 0.14 if y > 0.3 else -0.14 if y < -0.3 else 0.0
        va = "bottom" if dy > 0 else "top" if dy < 0 else "center"
        ax.text(
            x + dx, y + dy, f"{name}\n{detail}", fontsize=style.TEXT_SIZE, color=style.INK,
            ha=ha, va=va, linespacing=1.25, zorder=4,
        )  # fmt: skip
        labels += [name, detail]
        described.append(f"{tie.name}, {detail.replace(chr(10), ', ')}")
    ax.plot([0], [0], "o", color=style.VERMILION, markersize=34, zorder=3)
    centre = style.clip(profile.name, NAME_CHARS)
    role = style.clip(profile.role or profile.kind, 34)
    ax.text(
        0, -0.17, f"{centre}\n{role}", fontsize=style.TEXT_SIZE, color=style.INK, ha="center",
        va="top", fontweight="bold", zorder=5,
        bbox={"boxstyle": "round,pad=0.25", "facecolor": style.BACKGROUND, "edgecolor": "none"},
    )  # fmt: skip
    labels += [centre, role]
    note = "[n] = article number, as in /sources."
    if not ties:
        note = "No other person is named in the articles naming them. " + note
    labels.append(note)
    fig.text(0.03, 0.035, note, fontsize=style.SMALL_SIZE, color=style.MUTED)
    handles = [
        Line2D([], [], marker="s", linestyle="", color=style.ORANGE, markersize=14),
        Line2D([], [], marker="o", linestyle="", color=style.BLUE, markersize=14),
    ]
    legend = ["quoted in those articles", "named only"]
    labels += legend
    fig.legend(
        handles, legend, loc="lower left", bbox_to_anchor=(0.03, 0.06), ncols=2, frameon=False,
        fontsize=style.SMALL_SIZE, labelcolor=style.INK,
    )  # fmt: skip
    alt = alt_text(
        f"Network of {profile.name} ({profile.role or profile.kind}): {people} named with them.",
        f"{heading}.",
        "; ".join(described) + ".",
    )
    return Chart(
        "network", style.png(fig), style.WIDTH, HEIGHT, title, alt, labels, cited,
        len(ties), len(profile.related),
    )  # fmt: skip
