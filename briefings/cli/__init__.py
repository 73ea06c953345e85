"""The `briefbot` command line: ingest articles and ask the same questions the bot answers.

`parser.py` builds the commands; `asking.py` answers the questions, `keeping.py` changes what is
stored, both through `output.py`. What only some commands need (ingest, the pictures, digests) is
imported by those commands: a query starts without it."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable, Sequence

from briefings.cli.output import PERSON_ARTICLES, Handler, open_sessions
from briefings.cli.parser import asked_command, build_parser, command_names, subcommands
from briefings.config import Settings


def main(
    argv: Sequence[str] | None = None,
    parser: argparse.ArgumentParser | None = None,
    build: Callable[[str | None], argparse.ArgumentParser] = build_parser,
) -> int:
    """Run the command `argv` asks for (default: the program's arguments); `build(only)` makes
    the parser, of the asked command alone when it is known (else of all, for argparse's
    message), unless `parser` is given."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if parser is None:
        asked = asked_command(argv)
        parser = build(asked)
        if asked is not None and asked not in command_names(parser):
            parser = build(None)
    args = parser.parse_args(argv)
    # What start-up loaded (modules, the parser) never becomes garbage: left out of collections,
    # a command's full collection walks only its own objects (as the bot's `settle_heap`).
    gc.freeze()
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    try:
        settings = Settings.from_env()
    except ValueError as exc:
        print(f"briefbot: configuration error: {exc}", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


__all__ = ["PERSON_ARTICLES", "build_parser", "main", "open_sessions", "subcommands"]
