"""The `briefbot` entry point: the domain commands plus `start`, `run` and `console`."""

from __future__ import annotations

import argparse
import dataclasses
import gc
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import TYPE_CHECKING, Any

# Start-up makes only objects that live as long as the process (modules, classes): no garbage
# collection while importing them (about 7% of a query command's start-up), and frozen before
# collection resumes, or the first collection after would walk all of them (another 30 ms).
gc.disable()
try:
    from briefings import cli as domain_cli
    from briefings.config import Settings
finally:
    gc.freeze()
    gc.enable()

if TYPE_CHECKING:
    from briefings.story import Story

# The adapters (discord.py, aiohttp, APScheduler, slack_bolt, prompt_toolkit) are imported by
# the commands that run them, so that a query starts without loading them.

NO_TOKEN = (
    "briefbot: no DISCORD_TOKEN set. Put DISCORD_TOKEN=... in .env (see .env.example and the "
    "README's 'Run it in your Discord server'), or try `briefbot console` without one."
)


def _start(args: argparse.Namespace, settings: Settings) -> int:
    """The main job: the adapters that have tokens (Discord, Slack or both, in this process),
    otherwise ingest the articles and open the console."""
    from sqlalchemy.engine import make_url

    from briefings.ingest import ingest_paths
    from briefings.story import Story
    from slackbot.run import NO_TOKENS as SLACK_NO_TOKENS
    from slackbot.run import has_tokens

    if settings.slack_bot_token or settings.slack_app_token:
        if not has_tokens(settings):
            print(SLACK_NO_TOKENS, file=sys.stderr)
            return 2
        return _serve(args, settings, _adapters)
    if settings.discord_token:
        return _run(args, settings)
    sessions = domain_cli.open_sessions(args, settings)
    url = make_url(getattr(args, "db", None) or settings.database_url)
    shown = url.render_as_string(hide_password=True)
    print(f"No DISCORD_TOKEN set: local console on {shown}. Type /help.", file=sys.stderr)
    report = ingest_paths(sessions, [settings.articles_dir])
    for outcome in report.outcomes:
        if outcome.status not in ("unchanged", "added"):
            print(outcome.line(), file=sys.stderr)
    print(report.summary(), file=sys.stderr)
    return _console_on(Story(sessions))


async def _adapters(settings: Settings) -> None:
    """Slack, and Discord too when it has a token; one of them ingests the articles."""
    from bot.app import run_bot
    from slackbot.run import run_slack

    if not settings.discord_token:
        await run_slack(settings)
        return
    import asyncio

    await asyncio.gather(run_bot(settings), run_slack(settings, ingest=False))


def _serve(
    args: argparse.Namespace,
    settings: Settings,
    serve: Callable[[Settings], Coroutine[Any, Any, None]],
) -> int:
    """Run an adapter (`serve`) until it stops, on the database `--db` names if it names one."""
    if getattr(args, "db", None):
        settings = dataclasses.replace(settings, database_url=args.db)
    import asyncio

    asyncio.run(serve(settings))
    return 0


def _slack(args: argparse.Namespace, settings: Settings) -> int:
    from slackbot.run import run_slack

    return _serve(args, settings, run_slack)


def _run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.app import run_bot

    if not settings.discord_token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    return _serve(args, settings, run_bot)


def _console(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.story import Story

    return _console_on(Story(domain_cli.open_sessions(args, settings)))


def _console_on(story: Story) -> int:
    from bot.console.shell import run_console
    from bot.runtime import settle_heap

    settle_heap()  # a long session: start-up objects kept out of full collections
    run_console(story, sys.stdin, sys.stdout)
    return 0


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser (with `only`: that command's alone, see domain_cli.build_parser)."""
    parser = domain_cli.build_parser(only)
    commands = domain_cli.subcommands(parser)
    for name, handler, text in (
        ("start", _start, "the main job: the bot with a token, else ingest and open the console"),
        ("run", _run, "run the Discord bot (needs DISCORD_TOKEN)"),
        ("slack", _slack, "run the Slack adapter (needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN)"),
        ("console", _console, "type the bot's slash commands in a terminal, no token needed"),
    ):
        if only is not None and name != only:
            continue
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("--db", metavar="URL", help="database URL (default: DATABASE_URL)")
        sub.set_defaults(handler=handler)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return domain_cli.main(argv, build=build_parser)


if __name__ == "__main__":
    raise SystemExit(main())
