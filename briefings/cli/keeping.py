"""The commands that change what is stored: ingest, repair, rebuild, show and forget an article."""

from __future__ import annotations

import argparse
import json
import sys

from briefings.answers import to_json
from briefings.cli import terminal
from briefings.cli.output import emit, open_sessions, print_json
from briefings.config import Settings


def ingest(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.cli.progress import reporting
    from briefings.ingest.parallel import ingest_parallel

    sessions = open_sessions(args, settings)
    with reporting(args.paths) as progress:
        show = None if args.json else progress
        # one worker: `ingest_paths` in this process, what start-up loaded frozen first
        report = ingest_parallel(sessions, args.paths, args.workers or None, on_outcome=show)
    if args.json:
        counts = {
            s: report.count(s)
            for s in ("added", "updated", "unchanged", "duplicate", "skipped", "failed")
        }
        items = to_json(report.outcomes)
        print_json(
            {"items": items, "total": len(items), "counts": counts, "error": report.story_error}
        )
    else:
        print(report.summary())
    return 1 if report.failed or report.story_error else 0


def repair(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.refresh.state import refresh_owed

    done = refresh_owed(open_sessions(args, settings), full=args.full, force=args.full)
    if args.json:
        print(json.dumps({"refreshed": done.done, "full": done.full, "seconds": done.seconds}))
    elif done.done:
        kind = "rebuilt in full" if done.full else "refreshed"
        print(f"repair: the story was {kind} in {done.seconds:.1f} s")
    else:
        print("repair: nothing to do, the story is up to date with the stored articles")
    return 0


def rebuild(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.refresh.state import refresh_owed

    done = refresh_owed(open_sessions(args, settings), full=True, force=True)
    if args.json:
        print(json.dumps({"refreshed": done.done, "full": done.full, "seconds": done.seconds}))
    else:
        print(f"rebuild: the story was rebuilt in full in {done.seconds:.1f} s")
    return 0


def show(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.articles import detail

    found = detail(open_sessions(args, settings), args.article)
    if found is None:
        print(f"briefbot: no stored article {args.article!r}", file=sys.stderr)
        return 1
    return emit(args, found, terminal.render_article, [found])


def forget(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.articles import forget

    found = forget(open_sessions(args, settings), args.article)
    if found is None:
        print(f"briefbot: no stored article {args.article!r}", file=sys.stderr)
        return 1
    if args.json:
        print_json({"items": [to_json(found)], "total": 1, "forgotten": found.id})
    else:
        title = found.title or found.path
        print(f"Forgot [{found.id}] {title}; the story was refreshed without it.")
        print("Its file is ingested again if it is still in a folder you ingest.")
    return 0
