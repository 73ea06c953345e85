"""Ingest a story's articles for real through the CLI: all at once, one by one, or one by one in
reverse (the incremental refresh must give what one ingest gives, in any order)."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main

ORDERS = ["all at once", "one by one", "reversed"]


def ingest_in_order(folder: Path, articles: dict[str, str], order: str) -> str:
    """The SQLite URL of a story with `articles` (file name to text) ingested in `order`."""
    url = f"sqlite:///{folder / 'story.db'}"
    names = sorted(articles, reverse=order == "reversed")
    if order == "all at once":
        (folder / "all").mkdir()
        for name in names:
            (folder / "all" / name).write_text(articles[name], encoding="utf-8")
        assert main(["ingest", "--db", url, str(folder / "all")]) == 0
        return url
    for name in names:  # the incremental refresh
        place = folder / name.removesuffix(".txt")
        place.mkdir()
        (place / name).write_text(articles[name], encoding="utf-8")
        assert main(["ingest", "--db", url, str(place)]) == 0
    return url
