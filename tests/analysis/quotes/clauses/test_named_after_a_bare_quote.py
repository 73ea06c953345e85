"""A paragraph opening with a bare quotation and going on to name someone new (round 26)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

LASKO = (
    "Brandt’s business partner, Kevin Lasko, reached by phone, said his words had been about"
    " strategy. “I have nothing but respect for people who served,” he said."
)


def speakers(*paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(ArticleText(None, paragraphs))]


def test_a_bare_quotation_credited_to_someone_new_after_it_is_not_the_last_speakers() -> None:
    assert speakers(
        LASKO,
        "“This is what happens when you nominate a consultant.” The line, delivered on the"
        " Senate floor, came from Sen. Harold Ruiz (D-N.M.), a Marine veteran.",
    ) == ["Kevin Lasko", None]


def test_a_bare_quotation_followed_by_its_speaker_again_goes_on_quoting_them() -> None:
    assert speakers(
        LASKO,
        "“I’d ask people to read the whole thread.” Lasko, 54, said he had not spoken to Brandt"
        " since the spring.",
    ) == ["Kevin Lasko", "Kevin Lasko"]
