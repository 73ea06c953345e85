"""Issue 15, round 54: a knight's or a dame's style before a given name, and a peer's before a
surname, stay with the speaker the article writes ("Sir Alan said" is "Sir Alan", not "Alan", so
the story can tell him by it); "Dr", which tells no gender, leaves the surname alone."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speakers(*paragraphs: str) -> dict[str, str | None]:
    found = extract_quotes(ArticleText("Stadium plan wins approval", paragraphs))
    return {q.text: q.speaker for q in found}


def test_a_knight_s_and_a_dame_s_style_stay_with_the_given_name() -> None:
    assert _speakers(
        "The council approved the stadium plan on Tuesday.",
        "“I was sixteen when I started selling from a van,” Sir Alan said.",
        "“Every one of them deserves a chance,” Dame Judi said in a video message.",
    ) == {
        "I was sixteen when I started selling from a van": "Sir Alan",
        "Every one of them deserves a chance": "Dame Judi",
    }


def test_a_doctor_is_the_surname_alone_and_a_full_name_stays() -> None:
    assert _speakers(
        "The council approved the stadium plan on Tuesday.",
        "“It will need a clinic of its own,” Dr Patel said.",
    ) == {"It will need a clinic of its own": "Patel"}
    assert _speakers(
        "Sir Alan Sugar, the businessman, backed the plan.",
        "“It is a good plan,” Sir Alan said.",
    ) == {"It is a good plan": "Alan Sugar"}
