"""Pictures through the fake Discord: /timeline, /who and /sources answer with a PNG attached
to the embed that shows it, with alt text; a slow picture is edited in after the text."""

from __future__ import annotations

import time
from typing import Any

import pytest

from briefings.charts import Chart, ChartCache
from tests.bot.story_double import StoryDouble
from tests.bot.test_interactions import labels, text_of
from tests.bot.test_seeds import seeded  # noqa: F401  (the fixture)
from tests.charts.conftest import png_size
from tests.fake_discord import uploads

MESSAGE = 4
PATIENT = {"picture_wait": 20.0}  # the first picture in a process also imports matplotlib


def shown(fake: Any, data: dict[str, Any]) -> tuple[dict[str, Any], bytes]:
    """The attachment a message's embeds show, its bytes, checked to be the PNG promised."""
    attachment, png = fake.picture(data)
    assert png_size(png)[0] == 1000
    assert attachment["size"] == len(png)
    assert attachment["description"]  # alt text
    return attachment, png


async def test_timeline_answers_with_its_picture(fake, start_bot):
    await start_bot(StoryDouble(size=5), **PATIENT)
    exchange = await fake.slash("timeline")
    body = await fake.response(exchange)
    assert body["type"] == MESSAGE
    data = body["data"]
    assert data["embeds"][0]["image"]["url"] == "attachment://timeline.png"
    attachment, png = shown(fake, fake.original(exchange))
    assert attachment["filename"] == "timeline.png"
    assert png_size(png) == (1000, 150 + 120 + 72 * 5)
    alt = attachment["description"]
    assert alt.startswith("Timeline: 5 dated events, 1 Sep 2023 to 5 Sep 2023.")
    assert "1 Sep 2023 — Event on day 0. [1]" in alt  # the text's date and article number
    assert "1 Sep 2023" in text_of(data)


async def test_who_answers_with_the_network(fake, start_bot):
    await start_bot(StoryDouble(), **PATIENT)
    exchange = await fake.slash("who", name="Jake Sullivan")
    data = (await fake.response(exchange))["data"]
    assert data["embeds"][0]["image"]["url"] == "attachment://network.png"
    attachment, png = shown(fake, fake.original(exchange))
    assert png_size(png) == (1000, 1000)
    assert "Kim Jong Un, 2 articles" in attachment["description"]  # the text's "Kim Jong Un (2)"
    assert "Kim Jong Un (2)" in text_of(data)


async def test_an_unknown_name_answers_without_a_picture(fake, start_bot):
    await start_bot(StoryDouble())
    data = (await fake.response(await fake.slash("who", name="Kirbi")))["data"]
    assert "image" not in data["embeds"][0]
    assert not data.get("attachments")


async def test_sources_answer_with_coverage(fake, start_bot):
    await start_bot(StoryDouble(), **PATIENT)
    exchange = await fake.slash("sources")
    await fake.response(exchange)
    attachment, _ = shown(fake, fake.original(exchange))
    assert attachment["filename"] == "coverage.png"
    assert "OAN (1); NK News (1)" in attachment["description"]


async def test_the_seed_timeline_and_network_carry_the_text_article_numbers(
    fake,
    start_bot,
    seeded,  # noqa: F811
):
    await start_bot(seeded, **PATIENT)
    exchange = await fake.slash("timeline")
    await fake.response(exchange)
    attachment, _ = shown(fake, fake.original(exchange))
    events = seeded.timeline()
    for event in events:
        assert "".join(f"[{r.article_id}]" for r in event.sources) in attachment["description"]
    exchange = await fake.slash("who", name="Kirby")
    await fake.response(exchange)
    attachment, _ = shown(fake, fake.original(exchange))
    assert attachment["description"].startswith("Network of John Kirby")


class SlowCharts(ChartCache):
    """Pictures that take `delay` seconds to draw."""

    def __init__(self, delay: float) -> None:
        super().__init__()
        self.delay = delay

    def get(self, kind: str, answer: Any, draw: Any) -> Chart | None:
        time.sleep(self.delay)
        return super().get(kind, answer, draw)


async def test_a_slow_picture_is_edited_in_after_the_text(fake, start_bot):
    bot = await start_bot(StoryDouble(size=30), picture_wait=0.05)
    bot.charts = SlowCharts(0.5)
    exchange = await fake.slash("timeline")
    first = (await fake.response(exchange))["data"]
    assert first["embeds"] and "image" not in first["embeds"][0]  # the text at once
    assert not first.get("attachments")
    edit = (await fake.later(exchange, within=10))[0]
    assert edit["kind"] == "edit"
    assert edit["embeds"][0]["image"]["url"] == "attachment://timeline.png"
    shown(fake, edit)
    # turning the page keeps the picture: every page shows the same attachment
    turned = await fake.response(await fake.press(fake.original(exchange), "Next"))
    assert turned["data"]["embeds"][0]["image"]["url"] == "attachment://timeline.png"
    assert labels(turned["data"]) == {"Previous": False, "Next": True}  # page 2 of 2
    shown(fake, fake.original(exchange))


async def test_a_picture_too_slow_is_given_up(fake, start_bot):
    bot = await start_bot(StoryDouble(), picture_wait=0.05, picture_timeout=0.1)
    bot.charts = SlowCharts(0.6)
    exchange = await fake.slash("timeline")
    assert "image" not in (await fake.response(exchange))["data"]["embeds"][0]
    with pytest.raises(TimeoutError):
        await fake.later(exchange, within=1.0)


def test_the_fake_refuses_what_discord_refuses():
    png = uploads.Upload("timeline.png", b"\x89PNG")

    def store(upload: uploads.Upload, description: str | None) -> dict[str, Any]:
        return {"id": "9", "filename": upload.filename}

    linked = {"embeds": [{"image": {"url": "attachment://timeline.png"}}]}
    ok = {**linked, "attachments": [{"id": 0, "filename": "timeline.png"}]}
    assert uploads.attachments(ok, {0: png}, [], store)[1] == []
    wrong = {
        "embeds": [{"image": {"url": "attachment://chart.png"}}],
        **{"attachments": ok["attachments"]},
    }
    assert "names no attachment" in uploads.attachments(wrong, {0: png}, [], store)[1][0]
    assert uploads.attachments(linked, {}, [], store)[1]  # no file at all
    big = uploads.Upload("timeline.png", b"0" * (uploads.FILE_LIMIT + 1))
    assert "bytes (max" in uploads.attachments(ok, {0: big}, [], store)[1][0]
    long_alt = {
        **linked,
        "attachments": [{"id": 0, "filename": "timeline.png", "description": "x" * 1025}],
    }
    assert "description" in uploads.attachments(long_alt, {0: png}, [], store)[1][0]
    # an edit that does not list attachments keeps the message's own
    kept = [{"id": "9", "filename": "timeline.png"}]
    assert uploads.attachments(linked, {}, kept, store) == (None, [])
