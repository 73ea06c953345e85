"""The look every picture shares: a light neutral card, large type, a colour-blind-safe palette."""

from __future__ import annotations

import datetime as dt
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 100
WIDTH = 1000  # pixels: sharp when Discord shrinks it on a phone, text still large enough
BACKGROUND = "#F4F4F1"  # opaque and neutral: the same card in Discord's light and dark themes
INK = "#1F1F1F"
MUTED = "#5A5A5A"
GRID = "#D6D6D2"
# Okabe & Ito's palette, told apart with every common colour-vision deficiency
BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, YELLOW = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
)
PALETTE = [BLUE, ORANGE, GREEN, VERMILION, PURPLE, SKY, MUTED]
TITLE_SIZE = 22  # points at DPI 100: about 30 px
TEXT_SIZE = 16  # about 22 px
SMALL_SIZE = 14  # about 19 px


def figure(width: int, height: int) -> Figure:
    """A figure of exactly width x height pixels, drawn by Agg (no pyplot, so thread-safe)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI, facecolor=BACKGROUND)
    FigureCanvasAgg(fig)
    return fig


def png(fig: Figure) -> bytes:
    """The figure as PNG bytes, at its exact pixel size."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, facecolor=BACKGROUND)
    return buffer.getvalue()


def day(date: dt.date) -> float:
    """A date as matplotlib's x coordinate (days since its epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(date))


def clip(text: str, most: int) -> str:
    """Text cut at a word to at most `most` characters, with … when cut."""
    text = " ".join(text.split())
    if len(text) <= most:
        return text
    cut = text[: most - 1].rsplit(" ", 1)[0] if " " in text[: most - 1] else text[: most - 1]
    return cut.rstrip(",;:") + "…"
