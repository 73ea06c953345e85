"""The commands that ask the story: sources, brief, quote, who, people, timeline, digest, export."""

from __future__ import annotations

import argparse
import sys

from briefings.cli import terminal
from briefings.cli.output import (
    PERSON_ARTICLES,
    charts,
    emit,
    emit_list,
    fields,
    picture,
    print_json,
    story_of,
    window,
)
from briefings.config import Settings


def sources(args: argparse.Namespace, settings: Settings) -> int:
    story = story_of(args, settings)
    limit, offset = window(args)
    items = story.sources(limit=limit, offset=offset)
    return emit_list(args, items, story.count_sources(), terminal.render_sources) or picture(
        args, lambda: charts().coverage_chart(items)
    )


def brief(args: argparse.Namespace, settings: Settings) -> int:
    story = story_of(args, settings)
    found = story.briefing(focus=args.focus, since=args.since)
    render = terminal.render_evidence if args.evidence else terminal.render_briefing
    return emit(args, found, render, found.points)


def quote(args: argparse.Namespace, settings: Settings) -> int:
    story = story_of(args, settings)
    limit, offset = window(args)
    found = story.quotes(speaker=args.speaker, about=args.about, limit=limit, offset=offset)
    if args.json:
        extra = {"items": found.quotes, "limit": limit, "cut": found.cut}
        print_json({**fields(found), **extra})
        return 0
    print(terminal.safe(terminal.render_quotes(found)))
    return 0


def who(args: argparse.Namespace, settings: Settings) -> int:
    result = story_of(args, settings).profile(" ".join(args.name))
    emit(args, result, terminal.render_profile, [result.profile] if result.profile else [])
    if result.profile is None:
        return 1
    profile = result.profile
    return picture(args, lambda: charts().network_chart(profile))


def people(args: argparse.Namespace, settings: Settings) -> int:
    story = story_of(args, settings)
    limit, offset = window(args)
    articles = None if args.all else PERSON_ARTICLES
    items = story.people(limit=limit, offset=offset, articles=articles)
    return emit_list(args, items, story.count_people(), terminal.render_people)


def timeline(args: argparse.Namespace, settings: Settings) -> int:
    story = story_of(args, settings)
    limit, offset = window(args)
    events = story.timeline(limit=limit, offset=offset)
    return emit_list(args, events, story.count_timeline(), terminal.render_timeline) or picture(
        args, lambda: charts().timeline_chart(events)
    )


def digest(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.digests.compose import preview
    from briefings.digests.layout import render_text

    found = preview(story_of(args, settings), since=args.since)
    return emit(args, found, render_text, found.articles)


def export(args: argparse.Namespace, settings: Settings) -> int:
    from briefings.cli.export import export

    text = export(story_of(args, settings), args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        print(f"briefbot: wrote {args.format} to {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
