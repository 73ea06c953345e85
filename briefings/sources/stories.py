"""Stories and their sources as stored: add, list, edit and remove, and an article's stories."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from briefings.chat.wording import count
from briefings.models import Source, SourceItem, StoryArticle, StoryRow

if TYPE_CHECKING:  # the digest modules load APScheduler: imported where a digest is touched,
    # so the query commands (which resolve a story name here) start without it
    from briefings.digests.subscriptions import DigestSettings

DEFAULT_STORY = "default"  # the seeds and the articles folder: every article belongs to it
DEFAULT_INTERVAL = 15 * 60  # seconds between two fetches of a source
PAUSE_AFTER = 5  # consecutive failures after which a source is paused (one notice)
NAME = re.compile(r"^[\w][\w .'-]{0,99}$")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class StoryError(ValueError):
    """A story or source command that cannot be done, worded for the user."""


@dataclass(frozen=True)
class StoryInfo:
    name: str
    include: list[str]
    exclude: list[str]
    sources: int
    articles: int
    channel_id: int | None = None
    thread_id: int | None = None
    role_id: int | None = None
    digest: DigestSettings | None = None  # its scheduled digest, when it has a channel


@dataclass(frozen=True)
class SourceInfo:
    """A source and its health, as `/source list` and `briefbot source list --json` show it."""

    id: int
    story: str | None
    url: str
    kind: str
    interval_seconds: int
    last_success: dt.datetime | None
    last_error: str | None
    failures: int
    paused: bool
    fetched_once: bool

    @property
    def broken(self) -> bool:
        return self.paused or self.failures > 0

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "story": self.story,
            "url": self.url,
            "kind": self.kind,
            "interval_seconds": self.interval_seconds,
            "last_success": self.last_success.isoformat() if self.last_success else None,
            "last_error": self.last_error,
            "consecutive_failures": self.failures,
            "paused": self.paused,
            "broken": self.broken,
        }


def add_story(
    sessions: sessionmaker[Session],
    name: str,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
) -> StoryInfo:
    name = name.strip()
    if not NAME.match(name) or name.lower() == DEFAULT_STORY:
        raise StoryError(
            f"{name!r} cannot name a story: letters, digits, spaces, . ' - (at most 100), "
            f"and not {DEFAULT_STORY!r}"
        )
    with sessions.begin() as session:
        if _story(session, name) is not None:
            raise StoryError(f"a story named {name!r} exists already")
        session.add(StoryRow(name=name, include=_words(include), exclude=_words(exclude)))
    return next(s for s in list_stories(sessions) if s.name == name)


def edit_story(
    sessions: sessionmaker[Session],
    name: str,
    *,
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    channel_id: int | None = None,
    thread_id: int | None = None,
    role_id: int | None = None,
    schedule: str | None = None,
    timezone: str | None = None,
    silent: bool | None = None,
) -> DigestSettings | None:
    """Change what is given (0 clears a channel, thread or role); the story's digest follows its
    channel or thread and schedule (a StoryError, nothing changed, when it cannot be read).
    Returns the story's digest settings, None when it has no channel."""
    from briefings.digests.schedules import ScheduleError, parse_schedule
    from briefings.sources.digests import (
        DEFAULT_SCHEDULE,
        DEFAULT_TIMEZONE,
        story_digest,
        sync_story_digest,
    )

    with sessions.begin() as session:
        row = _need(session, name)
        current = story_digest(session, row.id)
        parsed = None
        if schedule is not None or timezone is not None:
            text = schedule or (current.schedule.text if current else DEFAULT_SCHEDULE)
            zone = timezone or (current.schedule.timezone if current else DEFAULT_TIMEZONE)
            try:
                parsed = parse_schedule(text, zone)
            except ScheduleError as exc:
                raise StoryError(f"Nothing changed: {exc}") from exc
        if include is not None:
            row.include = _words(include)
        if exclude is not None:
            row.exclude = _words(exclude)
        if channel_id is not None:
            row.channel_id = channel_id or None
        if thread_id is not None:
            row.thread_id = thread_id or None
        if role_id is not None:
            row.role_id = role_id or None
        session.flush()
        return sync_story_digest(session, row, utcnow(), schedule=parsed, silent=silent)


def remove_story(sessions: sessionmaker[Session], name: str) -> None:
    """The story, its sources and memberships go; the articles stay (other stories may hold them)."""
    from briefings.sources.digests import drop_story_digest

    with sessions.begin() as session:
        row = _need(session, name)
        session.execute(delete(Source).where(Source.story_id == row.id))
        session.execute(delete(StoryArticle).where(StoryArticle.story_id == row.id))
        drop_story_digest(session, row.id)
        session.delete(row)


def list_stories(sessions: sessionmaker[Session]) -> list[StoryInfo]:
    from briefings.sources.digests import story_digest

    with sessions() as session:
        sources = dict(
            session.execute(select(Source.story_id, func.count()).group_by(Source.story_id)).all()
        )
        articles = dict(
            session.execute(
                select(StoryArticle.story_id, func.count()).group_by(StoryArticle.story_id)
            ).all()
        )
        rows = session.scalars(select(StoryRow).order_by(StoryRow.name)).all()
        return [
            StoryInfo(
                r.name,
                list(r.include),
                list(r.exclude),
                sources.get(r.id, 0),
                articles.get(r.id, 0),
                r.channel_id,
                r.thread_id,
                r.role_id,
                story_digest(session, r.id),
            )
            for r in rows
        ]


def story_names(sessions: sessionmaker[Session]) -> list[str]:
    with sessions() as session:
        return list(session.scalars(select(StoryRow.name).order_by(StoryRow.name)))


def detect_kind(url: str) -> str:
    """folder for a local folder, page for a URL ending like an article, else feed (a fetch
    that finds HTML where a feed was expected says so, and `--kind page` overrides)."""
    if "://" not in url:
        if Path(url).is_dir():
            return "folder"
        raise StoryError(f"{url!r} is neither an http(s) URL nor a folder")
    path = url.split("?", 1)[0].lower().rstrip("/")
    if path.endswith((".html", ".htm", ".php", ".aspx")) or "/article" in path:
        return "page"
    return "feed"


def add_source(
    sessions: sessionmaker[Session],
    url: str,
    story: str,
    *,
    kind: str | None = None,
    interval_seconds: int = DEFAULT_INTERVAL,
) -> SourceInfo:
    kind = kind or detect_kind(url)
    if kind == "folder":
        url = str(Path(url).resolve())
    with sessions.begin() as session:
        row = _need(session, story)
        same = session.scalar(select(Source).where(Source.story_id == row.id, Source.url == url))
        if same is not None:
            raise StoryError(f"{story!r} already follows {url}")
        source = Source(
            story_id=row.id,
            url=url,
            kind=kind,
            interval_seconds=max(60, interval_seconds),
            failures=0,
            paused=False,
            notified=False,
            fetched_once=False,
            fetches=0,
        )
        session.add(source)
        session.flush()
        source_id = source.id
    return next(s for s in list_sources(sessions) if s.id == source_id)


def list_sources(sessions: sessionmaker[Session], story: str | None = None) -> list[SourceInfo]:
    with sessions() as session:
        query = select(Source, StoryRow.name).join(StoryRow, isouter=True).order_by(Source.id)
        if story is not None:
            query = query.where(StoryRow.id == _need(session, story).id)
        return [
            SourceInfo(
                s.id,
                name,
                s.url,
                s.kind,
                s.interval_seconds,
                s.last_success,
                s.last_error,
                s.failures,
                s.paused,
                s.fetched_once,
            )
            for s, name in session.execute(query).all()
        ]


def remove_source(
    sessions: sessionmaker[Session], ref: str, story: str | None = None
) -> tuple[SourceInfo, int]:
    """Stop following a source, by its id (`3`, `#3`) or its URL (`story` tells apart the same
    URL in two stories). The articles it brought stay stored, and in their stories: returns the
    source as it was and how many articles it had brought."""
    text = ref.strip()
    with sessions.begin() as session:
        query = select(Source)
        if text.lstrip("#").isdigit():
            query = query.where(Source.id == int(text.lstrip("#")))
        else:
            query = query.where(Source.url == text)
        if story is not None:
            query = query.where(Source.story_id == _need(session, story).id)
        found = session.scalars(query).all()
        if not found:
            where = f" in {story!r}" if story else ""
            raise StoryError(f"no source {text!r}{where}: `source list` shows them")
        if len(found) > 1:
            raise StoryError(f"{len(found)} stories follow {text}: name one (--story / story:)")
        source = found[0]
        info = next(s for s in list_sources(sessions) if s.id == source.id)
        brought = session.scalar(
            select(func.count(func.distinct(SourceItem.article_id))).where(
                SourceItem.source_id == source.id, SourceItem.article_id.is_not(None)
            )
        )
        session.execute(delete(SourceItem).where(SourceItem.source_id == source.id))
        session.delete(source)
    return info, int(brought or 0)


def kept_note(brought: int) -> str:
    """What a removed source leaves behind, said the same way in Discord and the CLI."""
    return (
        f"The {count(brought, 'article')} it brought {'stays' if brought == 1 else 'stay'} "
        "stored, and in the story; "
        "it is no longer fetched."
        if brought
        else "It had brought no article; it is no longer fetched."
    )


def resume_source(sessions: sessionmaker[Session], source_id: int) -> None:
    with sessions.begin() as session:
        source = session.get(Source, source_id)
        if source is None:
            raise StoryError(f"no source #{source_id}")
        source.paused, source.notified, source.failures, source.next_due = False, False, 0, None


def story_id(session: Session, name: str | None) -> int | None:
    """The story's id; None for the default story (no name, or "default"): no filter."""
    if name is None or name.strip().lower() == DEFAULT_STORY:
        return None
    return _need(session, name).id


def matches(story: StoryRow, text: str) -> bool:
    """Whether an article's text (title and body) may join the story by its keywords."""
    lowered = text.lower()
    if story.include and not any(_has(lowered, w) for w in story.include):
        return False
    return not any(_has(lowered, w) for w in story.exclude)


def _has(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text) is not None


def _words(given: list[str] | None) -> list[str]:
    words: list[str] = []
    for part in given or []:
        words += [w.strip() for w in part.split(",") if w.strip()]
    return words


def _story(session: Session, name: str) -> StoryRow | None:
    return session.scalar(select(StoryRow).where(func.lower(StoryRow.name) == name.strip().lower()))


def _need(session: Session, name: str) -> StoryRow:
    row = _story(session, name)
    if row is None:
        known = ", ".join(session.scalars(select(StoryRow.name).order_by(StoryRow.name))) or "none"
        raise StoryError(f"no story named {name!r} (stories: {known})")
    return row


def need_story(session: Session, name: str) -> StoryRow:
    """The story of that name; a StoryError naming the stories there are when there is none."""
    return _need(session, name)
