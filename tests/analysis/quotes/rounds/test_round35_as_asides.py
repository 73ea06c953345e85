"""Attribution round 35: "— as X noted —" before the sentence's own speech verb does not give X
the words that verb reports."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_noter_in_a_dashed_aside_is_not_the_speaker() -> None:
    *_, q = quotes(
        "Gov. Ana Ruiz released a new television ad on Monday.",
        "The spot, which — as the columnist Mark Feeney observed on Tuesday — vows to “take back"
        " our schools,” will run statewide.",
    )
    assert q.speaker != "Mark Feeney"


def test_an_aside_right_before_the_words_still_gives_them() -> None:
    *_, q = quotes(
        "Gov. Ana Ruiz released a new television ad on Monday.",
        "The ad — as the columnist Mark Feeney observed on Tuesday — is “the best of the year.”",
    )
    assert q.speaker == "Mark Feeney"
