"""Slack channel digests: who may set them, status, once across a restart, rate limits."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from briefings.db import unit_of_work
from briefings.digests.schedules import parse_schedule
from briefings.digests.subscriptions import enabled_settings, save_settings
from slackbot.ids import from_key, to_key
from tests.fake_slack.server import ADMIN, ADMINS_GROUP, BOB, CAROL, NEWS, OUTSIDE, TEAM

from .conftest import Clock, Running, StartApp, text_of


async def test_a_member_who_is_no_admin_cannot_set_the_digest(slack: Running) -> None:
    answer = await slack.command(
        "/digest", f"set channel:<#{NEWS}|news> schedule:daily 08:00 timezone:UTC", BOB
    )
    assert answer["response_type"] == "ephemeral"
    assert "Only workspace admins" in answer["text"]
    assert slack.fake.called("users.info")[-1]["user"] == BOB
    status = await slack.command("/digest", "status", BOB)
    assert "No digest is set up" in status["text"]
    now = await slack.command("/digest", "now", BOB)
    assert "Only workspace admins" in now["text"]
    assert slack.fake.called("chat.postMessage") == []


async def test_members_of_the_configured_group_may_set_it(start_app: StartApp) -> None:
    without = await start_app()
    refused = await without.command("/digest", "set schedule:daily 08:00 timezone:UTC", CAROL)
    assert "Only workspace admins" in refused["text"]
    await without.stop()

    with_group = await start_app(slack_digest_admin_group=ADMINS_GROUP)
    answer = await with_group.command(
        "/digest", "set schedule:weekdays 18:30 timezone:Europe/Paris silent:true", CAROL
    )
    assert "Digest set: `weekdays 18:30` (Europe/Paris)" in answer["text"]
    assert f"<#{NEWS}>" in answer["text"], "no channel given: the channel the command came from"
    status = await with_group.command("/digest", "status", BOB)
    assert "Digest: *on*" in status["text"] and "Next digest:" in status["text"]
    assert "no message is posted" in status["text"]


async def test_set_refuses_a_bad_schedule_and_changes_nothing(slack: Running) -> None:
    answer = await slack.command("/digest", "set schedule:every minute timezone:UTC", ADMIN)
    assert answer["text"].startswith("Nothing changed:")
    missing = await slack.command("/digest", "set schedule:daily 08:00", ADMIN)
    assert "needs a schedule and a timezone" in missing["text"]
    assert "Usage: `/digest" in missing["text"]
    assert "No digest is set up" in (await slack.command("/digest", "status"))["text"]


async def test_status_says_when_the_bot_is_not_in_the_channel(slack: Running) -> None:
    answer = await slack.command(
        "/digest", f"set channel:<#{OUTSIDE}|outside> schedule:daily 08:00 timezone:UTC", ADMIN
    )
    assert "The bot is not in" in answer["text"]
    status = await slack.command("/digest", "status")
    assert f"The bot is not in <#{OUTSIDE}>" in status["text"]
    failed = await slack.command("/digest", "now", ADMIN)
    assert "could not be posted" in failed["text"] and "/invite @briefbot" in failed["text"]
    assert "Last delivery failed" in (await slack.command("/digest", "status"))["text"]

    slack.fake.channels[OUTSIDE] = True  # invited: the warning goes, the last failure stays
    status = await slack.command("/digest", "status")
    assert ":warning: The bot is not in" not in status["text"]
    assert "Last delivery failed" in status["text"] and f"<#{OUTSIDE}>" in status["text"]


async def test_digest_now_posts_blocks_and_waits_out_a_rate_limit(slack: Running) -> None:
    await slack.command("/digest", "set schedule:daily 08:00 timezone:UTC", ADMIN)
    slack.fake.rate_limited["chat.postMessage"] = 1
    answer = await slack.command("/digest", "now", ADMIN)
    assert answer["text"] == f"Digest posted in <#{NEWS}>."
    tries = [c for c in slack.fake.calls if c.method == "chat.postMessage"]
    assert len(tries) == 2, "refused once with 429, then sent again"
    assert tries[1].at - tries[0].at >= 1.0, "waited the Retry-After of 1 s"
    posted = tries[1].args
    assert posted["channel"] == NEWS
    assert "Story digest: 5 new articles" in text_of(posted)
    again = await slack.command("/digest", "now", ADMIN)
    assert "Nothing new since the last digest" in again["text"]


async def test_a_missed_digest_is_posted_once_across_restarts(
    start_app: StartApp, clock: Clock
) -> None:
    now = dt.datetime.now(dt.UTC)
    fire = (now - dt.timedelta(minutes=30)).strftime("%H:%M")
    clock.offset = -dt.timedelta(days=1)  # set up yesterday; the adapter is down at fire time
    first = await first_run(start_app, fire)
    await first.stop()

    clock.offset = dt.timedelta()
    second = await start_app()  # restarted 30 min after the fire time: posts the missed digest
    await second.fake.wait_for(lambda: len(second.fake.called("chat.postMessage")) == 1)
    for _ in range(100):  # the post is recorded once Slack has answered it
        settings = await second.bot.digest_service.settings(to_key(TEAM))
        if settings is not None and settings.last_posted_at is not None:
            break
        await asyncio.sleep(0.05)
    await second.stop()

    third = await start_app()  # and again: nothing more is due
    status = await third.command("/digest", "status")
    assert "Last posted: never" not in status["text"]
    await asyncio.sleep(0.5)  # time for a wrongly re-armed job to run
    assert len(third.fake.called("chat.postMessage")) == 1
    [posted] = third.fake.called("chat.postMessage")
    assert "Story digest: 5 new articles" in text_of(posted)


async def first_run(start_app: StartApp, fire: str) -> Running:
    app = await start_app()
    answer = await app.command("/digest", f"set schedule:daily {fire} timezone:UTC", ADMIN)
    assert "Digest set" in answer["text"], answer
    assert app.fake.called("chat.postMessage") == []
    return app


def test_each_platform_arms_only_its_own_digests(sessions: sessionmaker[Session]) -> None:
    """Discord and Slack share the digest tables; neither scheduler picks up the other's."""
    now = dt.datetime(2024, 3, 29, 12, 0, tzinfo=dt.UTC)
    schedule = parse_schedule("daily 08:00", "UTC")
    with unit_of_work(sessions) as session:
        save_settings(session, 1234567890123456789, 42, schedule, False, now)
        save_settings(session, to_key(TEAM), to_key(NEWS), schedule, False, now)
    with unit_of_work(sessions) as session:
        discord = enabled_settings(session)
        slack = enabled_settings(session, platform="slack")
    assert [s.guild_id for s in discord] == [1234567890123456789]
    assert [(from_key(s.guild_id), from_key(s.channel_id)) for s in slack] == [(TEAM, NEWS)]
