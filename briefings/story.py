"""The query functions every adapter calls: each opens one session, reads, returns plain data."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, sessionmaker

from briefings.answers import (
    Briefing,
    PersonItem,
    ProfileResult,
    QuoteList,
    SourceItem,
    TimelineEvent,
)


class Story:
    """Read access to the analysed story stored in one database."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions

    def briefing(self, focus: str | None = None, since: dt.date | None = None) -> Briefing:
        raise NotImplementedError

    def quotes(self, speaker: str | None = None, about: str | None = None) -> QuoteList:
        raise NotImplementedError

    def profile(self, name: str) -> ProfileResult:
        raise NotImplementedError

    def people(self) -> list[PersonItem]:
        raise NotImplementedError

    def sources(self) -> list[SourceItem]:
        raise NotImplementedError

    def timeline(self) -> list[TimelineEvent]:
        raise NotImplementedError

    def complete_names(self, prefix: str, limit: int = 25) -> list[str]:
        """Names (people, organisations, places) starting with or containing `prefix`, for autocomplete."""
        raise NotImplementedError

    def complete_speakers(self, prefix: str, limit: int = 25) -> list[str]:
        """Names of people quoted in the articles matching `prefix`, for autocomplete."""
        raise NotImplementedError
