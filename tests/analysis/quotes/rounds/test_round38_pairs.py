"""Attribution round 38: two men who "spoke" together leave a "he" to no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_pair_that_spoke_is_not_the_second_ones_alone() -> None:
    quoted = quotes(
        "Former aides Marcus Reid and Alan Fogarty have read the book. Fogarty has been more"
        " forthcoming. “Some of it is true,” he said.",
        "Reid and Fogarty spoke at a book event together last week. “It was a hard time for all"
        " of us,” he told the audience.",
    )
    assert quoted[-1].speaker is None
