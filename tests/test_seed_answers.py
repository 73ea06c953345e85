"""What the issue promises on the five seeds, asked through the query functions every adapter uses."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.render.embeds import briefing_pages
from bot.render.text import page_text
from briefings.ingest import ingest_paths
from briefings.story import Story
from tests.conftest import SEEDS

OUTLET_FILES = {"000_763c91094624ead8.txt", "001_1e48b94bf6827798.txt", "003_48fb225f04140536.txt"}


@pytest.fixture
def story(sessions: sessionmaker[Session]) -> Story:
    assert not ingest_paths(sessions, [SEEDS]).failed
    return Story(sessions)


def _files(refs: list) -> set[str]:  # type: ignore[type-arg]
    return {r.path.rsplit("/", 1)[-1] for r in refs}


def test_sullivan_quotes_merged_across_the_three_outlets(story: Story) -> None:
    result = story.quotes(speaker="Sullivan")
    assert result.speaker == "Jake Sullivan"
    assert result.quotes and all(q.speaker == "Jake Sullivan" for q in result.quotes)
    price = [q for q in result.quotes if "reflect well on North Korea" in q.text]
    assert len(price) == 1, [q.text for q in price]  # the variants are one quote
    assert _files(price[0].sources) == OUTLET_FILES
    assert price[0].speaker_role == "White House National Security Adviser"
    assert any("country like North Korea" in q.text for q in result.quotes)  # “…,” he added.


def test_who_kirby(story: Story) -> None:
    result = story.profile("Kirby")
    assert result.profile is not None
    assert result.profile.name == "John Kirby"
    assert result.profile.role == "White House National Security Council spokesman"
    assert _files(result.profile.articles) == {
        "002_719f9bf2ecabd5d0.txt",
        "004_872fef4d90f23d82.txt",
    }
    assert result.profile.quotes
    assert {f for q in result.profile.quotes for f in _files(q.sources)} >= {
        "004_872fef4d90f23d82.txt"
    }


def test_who_mr_kirby_is_john_kirby(story: Story) -> None:
    """Issue 15, round 55: a courtesy title before the surname finds the one Kirby."""
    result = story.profile("Mr Kirby")
    assert result.profile is not None and result.profile.name == "John Kirby"


def test_who_kim_is_kim_jong_un_and_kim_yo_jong_is_someone_else(story: Story) -> None:
    result = story.profile("Kim")
    assert result.profile is not None
    assert result.profile.name == "Kim Jong Un"
    assert "Kim Yo Jong" not in result.profile.aliases
    assert "Kim Yo Jong" in result.others
    assert {"Kim Jong-un", "Mr Kim"} <= set(result.profile.aliases)


def test_an_unknown_name_says_so_with_the_closest_names(story: Story) -> None:
    result = story.profile("Sulivan")
    assert result.profile is None
    assert "Jake Sullivan" in result.suggestions


def test_timeline_runs_from_late_2022_to_september_2023_in_order(story: Story) -> None:
    events = story.timeline()
    dates = [e.date for e in events]
    assert all(d is not None for d in dates)
    assert dates == sorted(dates)  # type: ignore[type-var]
    assert dates[0] is not None and dates[0].year == 2022
    assert dates[-1] is not None and dates[-1] >= dt.date(2023, 9, 1)
    texts = " ".join(e.text for e in events)
    for fact in ("Shoigu", "Mkrtychev", "Sullivan"):
        assert fact in texts
    for event in events:
        assert event.sources


def test_brief_states_the_march_report_and_the_september_warning(story: Story) -> None:
    briefing = story.briefing()
    assert briefing.headline
    march = [p for p in briefing.points if p.date and (p.date.year, p.date.month) == (2023, 3)]
    september = [p for p in briefing.points if p.date and (p.date.year, p.date.month) == (2023, 9)]
    assert any("food" in p.text or "weapons" in p.text for p in march)
    assert any("pay a price" in p.text for p in september)
    assert all(p.sources for p in briefing.points)
    texts = [p.text for p in briefing.points]
    assert len(texts) == len(set(texts))


def test_who_counts_companions_in_the_newest_articles_and_says_how_many(
    story: Story, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = story.profile("Kim Jong Un").profile
    assert whole is not None and whole.article_count >= 3
    assert whole.related_heading == "Mentioned with"  # every article counted
    assert dict(whole.related).get("Vladimir Putin", 0) >= 2

    monkeypatch.setattr("briefings.story.people.RELATED_SCAN", 2)
    bounded = story.profile("Kim Jong Un").profile
    assert bounded is not None
    assert bounded.related_heading == "Mentioned with (in the 2 newest articles naming them)"
    assert bounded.related and all(count <= 2 for _name, count in bounded.related)


@pytest.mark.parametrize("focus", ["Sullivan", "Jake Sullivan", "sullivan"])
def test_brief_focus_keeps_only_points_naming_the_person(story: Story, focus: str) -> None:
    briefing = story.briefing(focus=focus)
    assert briefing.points, briefing.note
    # each point names him by one of his names, as a whole word (never "Sullivans" or a part)
    assert all(
        re.search(r"\b(Jake Sullivan|Sullivan|Mr\.? Sullivan)\b", p.text) for p in briefing.points
    )
    assert any("price" in p.text for p in briefing.points)


def test_brief_focus_on_a_word_nobody_wrote_says_so(story: Story) -> None:
    briefing = story.briefing(focus="Zanzibar")
    assert not briefing.points
    assert briefing.note == "Nothing in the articles matches the focus “Zanzibar”."
    assert briefing.headline == "Nothing matches that focus"
    page = "\n".join(page_text(p) for p in briefing_pages(briefing))
    assert "No articles yet" not in page and "Nothing in the articles yet" not in page
