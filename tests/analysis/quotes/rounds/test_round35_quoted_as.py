"""Attribution round 35: words someone is quoted as saying are theirs, not the quoter's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_person_quoted_as_telling_speaks_not_the_quoter() -> None:
    (q,) = quotes(
        "At a later stop, Trump quoted his running mate, Mike Pence, as telling him, “Donald,"
        " they’re going to love you in Ohio.”"
    )
    assert q.speaker == "Mike Pence"


def test_someone_unnamed_quoted_as_saying_is_no_one() -> None:
    *_, q = quotes(
        "Senator Dana Whitlock wrote a memoir last year.",
        "The book quotes one aide as saying, “She never once asked what the polls said.”",
    )
    assert q.speaker is None
