"""Round 53: a description ("the actress") is not someone of an earlier paragraph when the sentence
just before it, in its own paragraph, names another person it may describe: either may be meant,
so no one is named."""

from __future__ import annotations

from briefings.analysis.results import FoundQuote
from tests.analysis.quotes.passages import quotes


def speaker_of(found: list[FoundQuote], piece: str) -> str | None:
    return next(q.speaker for q in found if piece in q.text)


EARLIER = (
    "Actress Marisol Vega has spent the year speaking out about roles written for Latina women.",
    "“We are more than the maid and the girlfriend,” Vega told a magazine in the spring.",
)
ACTRESS = (
    " The actress explained why being portrayed as such is actually a “backhanded compliment.”"
)


def test_a_description_after_another_person_just_named_is_no_one() -> None:
    found = quotes(
        *EARLIER,
        "“Harbor Lights” star Selenis Colón opened up about being described as a “real woman” in"
        " a blog." + ACTRESS,
    )
    assert speaker_of(found, "backhanded compliment") is None


def test_a_description_of_the_one_named_in_its_paragraph_is_kept() -> None:
    found = quotes(
        *EARLIER,
        "Vega opened up about being described as a “real woman” in a blog." + ACTRESS,
    )
    assert speaker_of(found, "backhanded compliment") == "Marisol Vega"


def test_a_man_just_named_leaves_the_actress_to_the_woman_before() -> None:
    found = quotes(
        *EARLIER,
        "Her co-star, Tomas Reyes, was not at the panel." + ACTRESS,
    )
    assert speaker_of(found, "backhanded compliment") == "Marisol Vega"
