"""One pass over the due sources.

Claim them, fetch them politely, store what is new through the ingest pipeline (dedup, the story
refresh, savepoints), keep each source's health."""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import logging
from collections.abc import Collection
from dataclasses import dataclass, field

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from briefings.ingest.batch import Found
from briefings.ingest.outcomes import FileOutcome, IngestReport
from briefings.ingest.pipeline import Run, analysed, ingest_paths
from briefings.models import Article, Source, SourceItem, StoryArticle, StoryRow
from briefings.sources.canonical import canonical_url
from briefings.sources.feeds import Item, parse_feed
from briefings.sources.http import FEED_TYPES, PAGE_TYPES, Fetcher, FetchError, Limits
from briefings.sources.pages import article_key, found_entry, found_page
from briefings.sources.stories import PAUSE_AFTER, matches

log = logging.getLogger(__name__)

CLAIM_BATCH = 10  # sources a worker claims at a time: several workers share a pass's sources
LEASE = dt.timedelta(minutes=10)  # a claim runs out after this (a killed worker's source)
PAGES_PER_PASS = 50  # article pages fetched per source and pass; the rest wait for the next
MAX_BACKOFF = dt.timedelta(hours=6)


@dataclass
class SourceOutcome:
    """What one source's fetch did."""

    id: int
    url: str
    ok: bool
    error: str | None = None
    not_modified: bool = False
    first: bool = False
    paused: bool = False
    new_items: int = 0
    report: IngestReport = field(default_factory=IngestReport)

    def line(self) -> str:
        if not self.ok:
            return f"failed    {self.url}: {self.error}" + (" (paused)" if self.paused else "")
        if self.not_modified:
            return f"unchanged {self.url} (304)"
        added = self.report.count("added")
        first = ", first fetch: stored, not posted" if self.first else ""
        return f"fetched   {self.url}: {self.new_items} new items, {added} articles added{first}"


@dataclass(frozen=True)
class Claimed:
    id: int
    url: str
    kind: str
    story_id: int | None
    etag: str | None
    last_modified: str | None
    first: bool


def claim_due(
    sessions: sessionmaker[Session],
    now: dt.datetime,
    story_id: int | None = None,
    limit: int = 500,
    skip: Collection[int] = (),
) -> list[Claimed]:
    """Claim the due sources for this worker (none of `skip`, done already this pass): on
    PostgreSQL the rows are locked FOR UPDATE SKIP LOCKED while the lease is written, so two
    workers never claim one source."""
    with sessions.begin() as session:
        query = (
            select(Source)
            .where(
                Source.paused.is_(False),
                or_(Source.next_due.is_(None), Source.next_due <= now),
                or_(Source.claimed_until.is_(None), Source.claimed_until <= now),
            )
            .order_by(Source.next_due.is_not(None), Source.next_due, Source.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        if story_id is not None:
            query = query.where(Source.story_id == story_id)
        if skip:
            query = query.where(Source.id.not_in(list(skip)))
        rows = session.scalars(query).all()
        for row in rows:
            row.claimed_until = now + LEASE
        return [
            Claimed(r.id, r.url, r.kind, r.story_id, r.etag, r.last_modified, not r.fetched_once)
            for r in rows
        ]


async def fetch_pass(
    sessions: sessionmaker[Session],
    *,
    story_id: int | None = None,
    limits: Limits | None = None,
    now: dt.datetime | None = None,
    batch: int = CLAIM_BATCH,
) -> list[SourceOutcome]:
    """Fetch every due source once (concurrently; one request at a time per host), claiming
    `batch` at a time so that workers running beside this one take their share. Database work
    and extraction run in threads: the event loop only waits on the network."""
    now = now or dt.datetime.now(dt.UTC)
    claimed = await asyncio.to_thread(claim_due, sessions, now, story_id, batch)
    if not claimed:
        return []
    outcomes: list[SourceOutcome] = []
    async with Fetcher(limits) as fetcher:
        while claimed:
            outcomes += await asyncio.gather(*(_one(sessions, fetcher, c) for c in claimed))
            done = [o.id for o in outcomes]
            claimed = await asyncio.to_thread(claim_due, sessions, now, story_id, batch, done)
    return outcomes


async def _one(sessions: sessionmaker[Session], fetcher: Fetcher, source: Claimed) -> SourceOutcome:
    outcome = SourceOutcome(source.id, source.url, ok=True, first=source.first)
    validators: tuple[str | None, str | None] = (source.etag, source.last_modified)
    try:
        if source.kind == "folder":
            outcome.report = await asyncio.to_thread(_folder, sessions, source)
        elif source.kind == "page":
            await _page(sessions, fetcher, source, outcome)
        else:
            validators = await _feed(sessions, fetcher, source, outcome)
    except FetchError as exc:
        outcome.ok, outcome.error = False, str(exc)
    except Exception as exc:  # a bug must fail this source alone, never the pass
        log.exception("fetching %s failed", source.url)
        outcome.ok, outcome.error = False, f"{type(exc).__name__}: {exc}"
    if not outcome.ok:
        log.warning("source %s: %s", source.url, outcome.error)
    outcome.paused = await asyncio.to_thread(_health, sessions, source, outcome, validators)
    return outcome


async def _feed(
    sessions: sessionmaker[Session], fetcher: Fetcher, source: Claimed, outcome: SourceOutcome
) -> tuple[str | None, str | None]:
    accept = (*FEED_TYPES, "text/plain", "application/octet-stream", "")
    answer = await fetcher.get(
        source.url, accept=accept, etag=source.etag, last_modified=source.last_modified
    )
    if answer.not_modified:
        outcome.not_modified = True
        return source.etag, source.last_modified
    feed = await asyncio.to_thread(parse_feed, answer.body, source.url, None, answer.content_type)
    seen = await asyncio.to_thread(_seen, sessions, source.id, [i.key for i in feed.items])
    new = [i for i in feed.items if i.key not in seen]
    outcome.new_items = len(new)
    now_items, later = new[:PAGES_PER_PASS], new[PAGES_PER_PASS:]
    # All at once: the per-host lock spaces the requests out, and a page is extracted (in a
    # thread) while the next one downloads.
    articles = await asyncio.gather(*(_article(sessions, fetcher, source, i) for i in now_items))
    found = list(zip(now_items, articles, strict=True))
    stored = await asyncio.to_thread(_store, sessions, source, found, later if source.first else [])
    outcome.report = stored
    if any(o.status == "skipped" for o in stored.outcomes):
        return None, None  # no 304 next time: the items that failed for now are tried again
    return answer.etag, answer.last_modified


async def _article(
    sessions: sessionmaker[Session], fetcher: Fetcher, source: Claimed, item: Item
) -> Found | FileOutcome | int:
    """An item's article: the id of one stored at its canonical URL, else its page fetched
    (robots.txt respected) and read, else a failed outcome for this item alone."""
    if not item.link:
        return await asyncio.to_thread(found_entry, source.url, item)
    url = canonical_url(item.link)
    known = await asyncio.to_thread(_stored_at, sessions, article_key(url))
    if known is not None:
        return known
    try:
        page = await fetcher.get(item.link, accept=PAGE_TYPES, robots=True)
    except FetchError as exc:
        if _passing(exc):  # a 5xx, a 429 or a timeout: the item is tried again next pass
            return FileOutcome(url, "skipped", f"{exc}; tried again at the next fetch")
        if item.content.strip():  # the feed's own text, when the page cannot be had
            return await asyncio.to_thread(found_entry, source.url, item)
        return FileOutcome(url, "failed", str(exc))
    return await asyncio.to_thread(found_page, canonical_url(page.url), page.body, item)


async def _page(
    sessions: sessionmaker[Session], fetcher: Fetcher, source: Claimed, outcome: SourceOutcome
) -> None:
    page = await fetcher.get(source.url, accept=PAGE_TYPES, robots=True)
    found = await asyncio.to_thread(found_page, canonical_url(page.url), page.body)
    if isinstance(found, FileOutcome):
        raise FetchError(f"{source.url}: {found.reason}")
    item = Item(source.url, source.url, None, None, "", None)
    outcome.report = await asyncio.to_thread(_store, sessions, source, [(item, found)], [])


def _folder(sessions: sessionmaker[Session], source: Claimed) -> IngestReport:
    report = ingest_paths(sessions, [source.url])
    ids = [o.article_id for o in report.outcomes if o.article_id is not None]
    with sessions.begin() as session:
        _join(session, source, ids, announce=not source.first)
    return report


def _store(
    sessions: sessionmaker[Session],
    source: Claimed,
    found: list[tuple[Item, Found | FileOutcome | int]],
    skipped: list[Item],
) -> IngestReport:
    """Store the new articles through the ingest run (dedup by hash and near-duplicate, the
    story refresh, savepoints), then record the items seen and the story memberships."""
    ids: dict[str, int | None] = {}
    with Run(sessions) as run:
        for item, what in found:
            if isinstance(what, int):
                ids[item.key] = what
            elif isinstance(what, FileOutcome):
                run.add(what)
                if what.status != "skipped":  # skipped: a passing failure, not seen yet
                    ids[item.key] = None
            else:
                run.store(what, functools.partial(analysed, what.shown, what.doc))
                ids[item.key] = -1  # filled from the outcome below
        report = run.finish()
    by_path = {o.path: o.article_id for o in report.outcomes}
    with sessions.begin() as session:
        for item, what in found:
            if isinstance(what, Found):
                # Stored meanwhile by another source or worker (the unique path refused ours):
                # the same article. Not stored at all (a database error): tried next pass.
                ids[item.key] = by_path.get(what.shown) or session.scalar(
                    select(Article.id).where(Article.path == what.key)
                )
                if ids[item.key] is None:
                    del ids[item.key]
        for key, article_id in ids.items():
            session.merge(SourceItem(source_id=source.id, key=key, article_id=article_id))
        for item in skipped:  # a first fetch's back catalogue past PAGES_PER_PASS: never fetched
            session.merge(SourceItem(source_id=source.id, key=item.key, article_id=None))
        _join(session, source, [i for i in ids.values() if i], announce=not source.first)
    return report


def _join(session: Session, source: Claimed, ids: list[int], *, announce: bool) -> None:
    """The articles join the source's story when its keywords let them."""
    if source.story_id is None or not ids:
        return
    story = session.get(StoryRow, source.story_id)
    if story is None:
        return
    have = set(
        session.scalars(
            select(StoryArticle.article_id).where(
                StoryArticle.story_id == story.id, StoryArticle.article_id.in_(ids)
            )
        )
    )
    for article_id in dict.fromkeys(ids):
        if article_id in have:
            continue
        article = session.get(Article, article_id)
        if article is None or not matches(story, f"{article.title or ''}\n{article.body}"):
            continue
        try:  # another worker may join the same article to the story at the same moment
            with session.begin_nested():
                session.add(
                    StoryArticle(story_id=story.id, article_id=article_id, announce=announce)
                )
        except IntegrityError:
            pass  # it is a member already: what was wanted


def _passing(exc: FetchError) -> bool:
    text = str(exc)
    return "timed out" in text or "HTTP 5" in text or "HTTP 429" in text


def _seen(sessions: sessionmaker[Session], source_id: int, keys: list[str]) -> set[str]:
    with sessions() as session:
        seen: set[str] = set()
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            seen |= set(
                session.scalars(
                    select(SourceItem.key).where(
                        SourceItem.source_id == source_id, SourceItem.key.in_(chunk)
                    )
                )
            )
        return seen


def _stored_at(sessions: sessionmaker[Session], key: str) -> int | None:
    with sessions() as session:
        return session.scalar(select(Article.id).where(Article.path == key))


def _health(
    sessions: sessionmaker[Session],
    source: Claimed,
    outcome: SourceOutcome,
    validators: tuple[str | None, str | None],
) -> bool:
    """Record the fetch: success resets the failures; repeated failure backs off, then pauses.
    Returns whether the source is now paused."""
    now = dt.datetime.now(dt.UTC)
    with sessions.begin() as session:
        row = session.get(Source, source.id)
        if row is None:  # removed meanwhile
            return False
        interval = dt.timedelta(seconds=row.interval_seconds)
        if outcome.ok:
            row.failures, row.last_error, row.paused = 0, None, False
            row.last_success, row.fetched_once = now, True
            row.fetches += 1
            row.etag, row.last_modified = validators
            row.next_due = now + interval
        else:
            row.failures += 1
            row.last_error, row.last_error_at = (outcome.error or "")[:2000], now
            row.next_due = now + min(interval * 2 ** (row.failures - 1), MAX_BACKOFF)
            row.paused = row.failures >= PAUSE_AFTER
        row.claimed_until = None
        return row.paused


def unannounced_pauses(sessions: sessionmaker[Session]) -> list[tuple[int, str, str, int | None]]:
    """Paused sources not yet reported, marked reported: (id, url, error, story channel), once."""
    with sessions.begin() as session:
        rows = session.execute(
            select(Source, StoryRow.channel_id)
            .join(StoryRow, isouter=True)
            .where(Source.paused.is_(True), Source.notified.is_(False))
        ).all()
        session.execute(
            update(Source).where(Source.id.in_([s.id for s, _ in rows])).values(notified=True)
        )
        return [(s.id, s.url, s.last_error or "", channel) for s, channel in rows]
