"""The query commands as plain functions: typed options in, pages of blocks out (no Slack I/O)."""

from __future__ import annotations

from collections.abc import Callable

from briefings.chat.commands import BadInput, clean, parse_since
from briefings.story import Story
from slackbot import blocks
from slackbot.blocks import SlackPage

LISTED = 200  # articles or events a /sources or /timeline answer pages through, newest

USAGE = {
    "brief": "/brief [focus:NAME] [since:YYYY-MM-DD] [story:NAME] [private:true]",
    "quote": "/quote [speaker:NAME] [about:WORDS] [story:NAME] [private:true]",
    "who": "/who NAME [story:NAME] [private:true]",
    "sources": "/sources [story:NAME] [private:true]",
    "timeline": "/timeline [story:NAME] [private:true]",
    "digest": "/digest status | now | off | set [channel:#CHANNEL] schedule:daily 08:00 "
    "timezone:Europe/Paris [silent:true]",
}
# The command whose name option a select menu can fill, and where its names come from.
PICKS: dict[str, tuple[str, Callable[[Story], Callable[[str, int], list[str]]]]] = {
    "who": ("name", lambda story: story.complete_names),
    "quote": ("speaker", lambda story: story.complete_speakers),
    "brief": ("focus", lambda story: story.complete_names),
}


def in_story(story: Story, name: str | None) -> Story:
    """`story` limited to the named story's articles; BadInput naming the stories if unknown."""
    if not clean(name, "story"):
        return story
    from briefings.sources.stories import StoryError, story_id

    with story.sessions() as session:
        try:
            return Story(story.sessions, story_id(session, name))
        except StoryError as exc:
            raise BadInput(str(exc)) from None


def pages(story: Story, name: str, options: dict[str, str]) -> tuple[list[SlackPage], bool]:
    """The answer to one query command, and whether it should offer the name picker (a name
    the articles do not know); BadInput for what cannot be used. `story:NAME` answers from that
    story's articles (default: every article, the default story)."""
    story = in_story(story, options.get("story"))
    if name == "brief":
        answer = story.briefing(
            focus=clean(options.get("focus"), "focus"), since=parse_since(options.get("since"))
        )
        return blocks.briefing_pages(answer), False
    if name == "quote":
        quotes = story.quotes(
            speaker=clean(options.get("speaker"), "speaker"),
            about=clean(options.get("about"), "about"),
        )
        return blocks.quote_pages(quotes), bool(quotes.speaker is None and quotes.suggestions)
    if name == "who":
        text = clean(options.get("name"), "name")
        if text is None:
            raise BadInput("Give a name, for example /who Kim Jong Un, or pick one below.")
        profile = story.profile(text)
        return blocks.profile_pages(profile), profile.profile is None
    if name == "sources":
        return blocks.sources_pages(story.sources(limit=LISTED)), False
    if name == "timeline":
        return blocks.timeline_pages(story.timeline(limit=LISTED)), False
    raise BadInput(f"Unknown command /{name}.")
