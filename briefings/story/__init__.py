"""The query functions every adapter calls: each opens one session, reads, returns plain data.

`Story` gathers one class per answer (briefing, quotes, people, sources, timeline), each in its own
module over `Scope` (which articles a story reads) and `Names` (what a typed name means)."""

from __future__ import annotations

from briefings.story.briefing import Briefings
from briefings.story.people import People
from briefings.story.quotes import Quotes
from briefings.story.sources import Sources
from briefings.story.timeline import Timeline

__all__ = ["Story"]


class Story(Briefings, Quotes, People, Sources, Timeline):
    """Read access to the analysed story stored in one database."""
