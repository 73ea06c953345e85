"""The console's own answers: /help true to each command, /digest in a terminal, long headlines."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.console.shell import respond
from bot.interactions import queries
from bot.render.text import WIDTH
from briefings.answers import Briefing
from tests.bot.story_double import StoryDouble
from tests.conftest import SEEDS

LONG = (
    "Officials in Washington, Seoul and Tokyo said on Wednesday that the arms-for-food deal between "
    "Russia and North Korea would be met with new sanctions on shipping, banking and oil"
)


class LongHeadline(StoryDouble):
    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        return dataclasses.replace(super().briefing(focus, since), headline=LONG)


def test_help_lists_what_each_command_takes():
    text = respond(StoryDouble(), "/help")
    for usage, _ in queries.HELP:
        assert usage in text
    for command in ("/digest now", "/digest status", "/digest set channel schedule timezone"):
        assert command in text


def test_digest_status_and_preview_answer_in_the_console(tmp_path):
    from briefings.db import open_database
    from briefings.ingest import ingest_paths
    from briefings.story import Story

    sessions = open_database(f"sqlite:///{tmp_path / 'd.db'}")
    ingest_paths(sessions, [SEEDS])
    story = Story(sessions)
    assert "No digest is set up" in respond(story, "/digest status")
    preview = respond(story, "/digest now")
    assert "5 new articles" in preview and preview == respond(story, "/digest")
    assert "use it in Discord" in respond(story, "/digest set")
    assert "takes now|status|set|off" in respond(story, "/digest sometimes")


def test_a_long_headline_is_wrapped_whole_and_underlined_to_its_width():
    lines = respond(LongHeadline(), "/brief").splitlines()
    rule = next(i for i, line in enumerate(lines) if line and set(line) == {"="})
    title = lines[:rule]
    assert " ".join(title) == LONG  # every word, no "…"
    assert all(len(line) <= WIDTH for line in title)
    assert len(lines[rule]) == max(len(line) for line in title)


def test_tab_completes_commands_options_names_and_actions():
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from bot.console.prompt import ConsoleCompleter

    def complete(text: str) -> list[str]:
        found = ConsoleCompleter(StoryDouble()).get_completions(Document(text), CompleteEvent())
        return [c.text for c in found]

    assert complete("/wh") == ["/who"]
    assert complete("/quote spe") == ["speaker:"]
    assert complete("/quote speaker:Sul") == ["Jake Sullivan"]  # the bot's speaker lookup
    assert "John Kirby" in complete("/who Kir")  # a bare value is the main option
    assert complete("/digest st") == ["status"]
    assert complete("/nope x") == []
