"""The Slack adapter on the digest jobs it shares with Discord: deliveries left pending are
finished at start (and every 30 s), and the periodic ingest runs in a child process."""

from __future__ import annotations

import asyncio
import datetime as dt
import resource
from pathlib import Path

from sqlalchemy import select

from briefings.db import unit_of_work
from briefings.digests.deliveries import DigestDelivery, record_intent
from briefings.models import Article
from slackbot.ids import to_key
from tests.fake_slack.server import ADMIN, NEWS, TEAM

from .conftest import StartApp, text_of

DISCORD_GUILD, DISCORD_CHANNEL = 1234567890123456789, 42


async def test_a_digest_left_pending_by_a_crash_is_posted_once_at_the_next_start(
    start_app: StartApp,
) -> None:
    first = await start_app()
    answer = await first.command("/digest", "set schedule:daily 08:00 timezone:UTC", ADMIN)
    assert "Digest set" in answer["text"], answer
    sessions = first.bot.sessions
    assert sessions is not None
    now = dt.datetime.now(dt.UTC)
    with unit_of_work(sessions) as session:  # decided, then the process died before posting
        record_intent(session, to_key(TEAM), to_key(NEWS), None, None, now, now)
        record_intent(session, DISCORD_GUILD, DISCORD_CHANNEL, None, None, now, now)
    await first.stop()

    second = await start_app()
    await second.fake.wait_for(lambda: len(second.fake.called("chat.postMessage")) == 1)
    [posted] = second.fake.called("chat.postMessage")
    assert posted["channel"] == NEWS
    assert "Story digest: 5 new articles" in text_of(posted)
    assert second.bot.sessions is not None
    for _ in range(100):
        with unit_of_work(second.bot.sessions) as session:
            query = select(DigestDelivery.guild_id, DigestDelivery.state)
            states = {guild: state for guild, state in session.execute(query)}
        if states[to_key(TEAM)] == "posted":
            break
        await asyncio.sleep(0.05)
    assert states == {to_key(TEAM): "posted", DISCORD_GUILD: "pending"}, "Discord's is left alone"
    await asyncio.sleep(0.3)
    assert len(second.fake.called("chat.postMessage")) == 1


async def test_the_periodic_ingest_runs_in_a_child_process(
    start_app: StartApp, articles: Path
) -> None:
    (articles / "fresh.txt").write_text(
        "Harbour reopens after storm\n\n"
        "The harbour at Port Ellis reopened on Monday after a week of repairs, officials said.\n\n"
        "“We are open for business again,” said Mara Quinn, the harbour master.\n",
        encoding="utf-8",
    )
    before = _children_cpu()
    app = await start_app(options={"ingest": True}, articles_dir=articles)
    assert app.bot.sessions is not None
    stored, child_cpu = None, 0.0
    for _ in range(600):  # the child has stored the article, ended and been waited for
        with unit_of_work(app.bot.sessions) as session:
            stored = session.scalar(select(Article.id).where(Article.path.like("%fresh.txt")))
        child_cpu = _children_cpu() - before
        if stored is not None and child_cpu > 0.2:
            break
        await asyncio.sleep(0.1)
    assert stored is not None, "the periodic ingest at start stored the new article"
    assert child_cpu > 0.2, "the ingest (imports and analysis) ran in a child process"


def _children_cpu() -> float:
    """CPU seconds of this process's child processes that have ended."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime
