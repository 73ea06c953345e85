"""Latency of the query behind each command, on a filled database: median and p99 over repetitions."""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.measure.ranks import percentile
from bot.runtime import settle_heap
from briefings.models import Article, Entity, Quote
from briefings.story import Story

WORDS = ("weapons", "sanctions", "Russia", "campaign", "people", "election")
LISTED = 200  # what /sources and /timeline ask for (bot/interactions/queries.py)
PREFIXES = ("Ka", "vol", "Ann", "pe", "Sch", "x", "Tan", "ri")
RARELY = (3, 10)  # mentions of a rarely named person, whose focus reads few points


@dataclass(frozen=True)
class Timing:
    """Latency of one query: median and 99th percentile in milliseconds over `reps` runs."""

    median_ms: float
    p99_ms: float
    reps: int
    size: int  # how many items the last answer held


@dataclass(frozen=True)
class Inputs:
    """Realistic arguments, picked from what the database holds."""

    speakers: list[str]
    people: list[str]  # the five most named
    rare_people: list[str]  # five named RARELY often, the least named first
    since: dt.date
    digest_since: dt.datetime


def pick_inputs(sessions: sessionmaker[Session]) -> Inputs:
    with sessions() as session:
        speakers = list(
            session.scalars(
                select(Entity.name)
                .join(Quote, Quote.speaker_id == Entity.id)
                .group_by(Entity.name)
                .order_by(func.count(Quote.id).desc())
                .limit(5)
            )
        )
        people = list(
            session.scalars(
                select(Entity.name)
                .where(Entity.kind == "person")
                .order_by(Entity.mentions.desc())
                .limit(5)
            )
        )
        rare_people = list(
            session.scalars(
                select(Entity.name)
                .where(Entity.kind == "person", Entity.mentions.between(*RARELY))
                .order_by(Entity.mentions, Entity.id)
                .limit(5)
            )
        )
        newest = session.scalar(select(func.max(Article.published))) or dt.date(2024, 12, 31)
        count = session.scalar(select(func.count(Article.id))) or 0
        ingested = session.scalar(  # a daily digest: the newest 1% of the articles are new
            select(Article.ingested_at)
            .order_by(Article.ingested_at.desc())
            .offset(max(1, count // 100))
            .limit(1)
        )
    mark = ingested or dt.datetime.now(dt.UTC)
    return Inputs(
        speakers=speakers or ["Nobody"],
        people=people or ["Nobody"],
        rare_people=rare_people or ["Nobody"],
        since=newest - dt.timedelta(days=30),
        digest_since=mark,
    )


def _size(answer: Any) -> int:
    for attribute in ("points", "articles", "quotes"):
        if hasattr(answer, attribute):
            return len(getattr(answer, attribute))
    if hasattr(answer, "profile"):
        return len(answer.profile.articles) if answer.profile else 0
    return len(answer) if hasattr(answer, "__len__") else 1


def cases(story: Story, inputs: Inputs) -> dict[str, Callable[[int], Any]]:
    """Each command's query, as a function of the repetition number (arguments vary per run)."""
    from briefings.digests.compose import preview

    def nth(values: list[str] | tuple[str, ...], rep: int) -> str:
        return values[rep % len(values)]

    return {
        "briefing": lambda rep: story.briefing(),
        "briefing_focus": lambda rep: story.briefing(focus=nth(inputs.people, rep)),
        "briefing_focus_rare": lambda rep: story.briefing(focus=nth(inputs.rare_people, rep)),
        "briefing_since": lambda rep: story.briefing(since=inputs.since),
        "quotes_by_speaker": lambda rep: story.quotes(speaker=nth(inputs.speakers, rep)),
        "quotes_by_word": lambda rep: story.quotes(about=nth(WORDS, rep)),
        "profile": lambda rep: story.profile(nth(inputs.people, rep)),
        "sources": lambda rep: story.sources(limit=LISTED),
        "timeline": lambda rep: story.timeline(limit=LISTED),
        "digest": lambda rep: preview(story, inputs.digest_since),
        "autocomplete_names": lambda rep: story.complete_names(nth(PREFIXES, rep)),
        "autocomplete_speakers": lambda rep: story.complete_speakers(nth(PREFIXES, rep)),
    }


AUTOCOMPLETE = ("autocomplete_names", "autocomplete_speakers")


def measure(run: Callable[[int], Any], reps: int, budget_s: float) -> Timing:
    """Run once to warm up, then `reps` times or until `budget_s` is spent (at least 3 runs)."""
    answer = run(0)
    samples: list[float] = []
    spent = 0.0
    for rep in range(1, reps + 1):
        started = time.perf_counter()
        answer = run(rep)
        elapsed = time.perf_counter() - started
        samples.append(elapsed * 1000)
        spent += elapsed
        if spent > budget_s and len(samples) >= 3:
            break
    return Timing(
        round(statistics.median(samples), 2),
        round(percentile(samples, 99), 2),
        len(samples),
        _size(answer),
    )


def measure_all(
    sessions: sessionmaker[Session],
    reps: int,
    budget_s: float,
    only: set[str] | None = None,
    story_class: type[Story] = Story,
    *,
    frozen: bool = True,
) -> dict[str, Timing]:
    """Each command's query timed; `frozen`: the heap settled first, as the bot does once set up
    (else as a process that does not, with full collections walking everything alive)."""
    story = story_class(sessions)
    inputs = pick_inputs(sessions)
    if frozen:
        settle_heap()  # as the bot does once set up: this process's templates are not the bot's
    return {
        name: measure(run, reps, budget_s)
        for name, run in cases(story, inputs).items()
        if only is None or name in only
    }
