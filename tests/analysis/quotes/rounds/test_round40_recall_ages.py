"""Attribution round 40 (recall): a name after ", but" or "and" with its age set off by commas
("but their neighbor Benjamin Green, 83, knows") is the subject of the verb after the age, whom a
"he said" in the next sentence means."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.resolution.mentions import subject_mentions
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.tokens import tokens


def test_a_subject_with_its_age_after_but() -> None:
    (quote,) = extract_quotes(
        ArticleText(
            None,
            (
                "Carla Dunn, 51, rarely talks politics with her brother, but their neighbor Walter"
                " Pruitt, 79, knows exactly what he wants from the next president.",
                "“Somebody who has stood in a line for a paycheck,” he said.",
            ),
        )
    )
    assert quote.speaker == "Walter Pruitt"


def test_an_age_is_passed_but_not_a_number_of_something() -> None:
    said = subject_mentions(
        tokens("Dunn rarely talks, but Walter Pruitt, 79, knows what he wants.")
    )
    assert [name for _, name, _ in said] == ["Dunn", "Walter Pruitt"]
    listed = subject_mentions(tokens("Dunn rarely talks, but Walter Pruitt, 79, 80, and 81 do."))
    assert "Walter Pruitt" not in [name for _, name, _ in listed]
