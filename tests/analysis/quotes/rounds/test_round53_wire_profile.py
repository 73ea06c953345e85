"""Round 53 attrAP: wire copy from Congress, courts and statehouses, and profiles following one
person by pronoun and description ("he likes to say", "the 71-year-old", "her father")."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str) -> str | None:
    found = extract_quotes(ArticleText(None, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_a_saying_reported_as_a_habit_is_the_subjects() -> None:
    # "likes to say" reports what he says again and again: his words, as "he said" would be
    speaker = _speaker(
        "Raymond Trask won his first race by 41 votes. “I didn’t win that race,” he likes to say."
        " “I outlasted it.”",
        piece="I didn’t win",
    )
    assert speaker == "Raymond Trask"
    used = _speaker("Walter Pruitt spoke last. “I was right,” he used to say.", piece="I was right")
    assert used == "Walter Pruitt"
    # a wish is no saying: "wants to say" gives no one
    wants = _speaker("Walter Pruitt spoke last. “I was right,” he wants to say.", piece="I was")
    assert wants is None


_JUSTICES = (
    "Justice Miriam Ostrowski, 71, joined the court in 2012. She rarely speaks in public.",
    "“I never once saw her raise her voice,” said Lena Park, who clerked for Ostrowski.",
)


def test_a_pronoun_after_a_person_described_by_age_is_the_one_of_that_age() -> None:
    # "the 71-year-old" is the paragraph's only person: the "she" after it is the justice the
    # article gave that age, not the clerk quoted in the paragraph before
    speaker = _speaker(
        *_JUSTICES,
        "The court will hear three cases, and the 71-year-old is expected to decide all of them."
        " “I’m not the swing anything,” she told the audience.",
        piece="swing anything",
    )
    assert speaker == "Miriam Ostrowski"
    # two people of that age: either, so the pronoun is read as before
    both = _speaker(
        "Justice Miriam Ostrowski, 71, and Justice Carla Benning, 71, joined the court in 2012.",
        "“I never once saw her raise her voice,” said Lena Park, a former clerk.",
        "The court will hear three cases, and the 71-year-old is expected to decide all of them."
        " “I’m not the swing anything,” she told the audience.",
        piece="swing anything",
    )
    assert both != "Miriam Ostrowski"
