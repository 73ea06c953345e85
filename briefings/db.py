"""Database engine, sessions and schema migrations (Alembic, applied at start)."""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

try:
    import fcntl
except ImportError:  # not on Windows: migrations there are not serialised across processes
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")
SQLITE_CACHE_KB = 32 * 1024
# Alembic keeps the running migration in module-global state: adapters started together in one
# process (Discord and Slack) migrate one after the other, or both hang.
_MIGRATING = threading.Lock()
# Any fixed number: the PostgreSQL advisory lock held by whoever migrates the schema.
MIGRATION_LOCK = 0x62726965  # "brie"
# A write that found the database busy (SQLite's lock held past the busy timeout, a PostgreSQL
# deadlock or serialisation failure) is tried again this many times, waiting twice as long each
# time from RETRY_WAIT seconds (with jitter): about 7 minutes with SQLite's 30 s busy timeout.
RETRIES = 8
RETRY_WAIT = 0.5
BUSY_PGCODES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available

T = TypeVar("T")


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for `url`; SQLite gets foreign keys, WAL, a larger page cache and a busy timeout,
    its folder created."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # 32 MB of pages per connection (the default is 2 MB): at 100,000 articles the indexes the
    # commands walk stay in memory, and queries take 20-30% less time.
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KB}")
    # Statement journals in memory, not in a temporary file: in a transaction (a batch of articles
    # in its savepoint, a refresh's executemany) SQLite journals the pages each statement changes,
    # and past 64 KiB wrote them to the file again for every row: 720 MB for a one-process ingest
    # of 1,000 files beside its 84 MB of pages (about 0.5 s of system CPU).
    cursor.execute("PRAGMA temp_store=MEMORY")
    cursor.close()


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def migrate(engine: Engine) -> None:
    """Bring the schema up to the newest migration; safe to call at every start, from several
    processes at once: one migrates while the others wait, then find nothing to do. Alembic keeps
    the running migration in module-global state, so threads of one process take turns too."""
    if at_head(engine):  # every start of a query: no Alembic to import (about 0.2 s)
        return
    from alembic import command

    with _MIGRATING, process_lock(engine, MIGRATION_LOCK, ".migrate-lock"):
        command.upgrade(alembic_config(engine), "head")


_REVISION = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(.*)$", re.MULTILINE)
_QUOTED = re.compile(r"[\"']([^\"']+)[\"']")


def head_revisions(folder: Path = MIGRATIONS / "versions") -> set[str]:
    """The newest revisions of the migrations, read from their files without Alembic: those
    that no other migration names as its `down_revision`."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in folder.glob("*.py"):
        for name, value in _REVISION.findall(path.read_text(encoding="utf-8")):
            found = set(_QUOTED.findall(value))
            (revisions if name == "revision" else parents).update(found)
    return revisions - parents


def at_head(engine: Engine) -> bool:
    """Whether the database's schema is already the newest (nothing to migrate); False when in
    any doubt, and Alembic decides."""
    try:  # one statement: a database without the table (new, or not ours) raises
        with engine.connect() as connection:
            stored = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            versions = {row[0] for row in stored}
    except DBAPIError:
        return False
    heads = head_revisions()
    return bool(heads) and versions == heads


@contextmanager
def process_lock(engine: Engine, key: int, suffix: str) -> Iterator[None]:
    """Held by one process at a time and released if the process dies: a session advisory lock
    `key` on PostgreSQL, an exclusive lock on the file `<database><suffix>` beside SQLite's."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": key})
            connection.commit()
            try:
                yield
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
                connection.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:" or not fcntl:
        yield
        return
    path = Path(database).expanduser()
    with open(path.with_name(path.name + suffix), "a+b") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def open_engine(url: str, **kwargs: Any) -> Engine:
    """Create the engine and apply migrations: what a query reads through (its connections),
    without the ORM."""
    engine = make_engine(url, **kwargs)
    migrate(engine)
    return engine


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """The ORM's session factory on the engine (imported here, not for a query: 60-70 ms)."""
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


def open_database(url: str, **kwargs: Any) -> sessionmaker[Session]:
    """Create the engine, apply migrations and return a session factory bound to it."""
    return session_factory(open_engine(url, **kwargs))


@contextmanager
def unit_of_work(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back when it raises."""
    with sessions() as session, session.begin():
        yield session


def is_busy(exc: BaseException) -> bool:
    """Whether `exc` says another writer was in the way (worth trying again), not a fault."""
    if isinstance(exc, OperationalError) and "database is locked" in str(exc.orig):
        return True
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return isinstance(exc, DBAPIError) and code in BUSY_PGCODES


def retrying(work: Callable[[], T], what: str = "a write", retries: int = RETRIES) -> T:
    """`work()` (one whole transaction: it must roll back what it did when it raises), tried
    again while the database is busy, with growing waits; the last error raised after
    `retries` more tries."""
    for attempt in range(retries + 1):
        try:
            return work()
        except DBAPIError as exc:
            if attempt == retries or not is_busy(exc):
                raise
            wait = RETRY_WAIT * 2**attempt * random.uniform(0.75, 1.25)
            log.warning("%s found the database busy; trying again in %.1f s", what, wait)
            time.sleep(wait)
    raise AssertionError("unreachable")


def begin_writing(session: Session) -> None:
    """Begin the session's transaction holding SQLite's write lock (BEGIN IMMEDIATE, waiting
    for other writers as long as the busy timeout): its savepoints then nest inside it, and
    its reads never fail to turn into writes. PostgreSQL needs nothing."""
    if session.get_bind().dialect.name == "sqlite":
        session.connection().exec_driver_sql("BEGIN IMMEDIATE")
