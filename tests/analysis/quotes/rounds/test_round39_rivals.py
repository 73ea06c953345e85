"""Round 39: a pronoun resolved to someone of an earlier paragraph while the sentence before it, in
its own paragraph, names another person of its gender gives no one (either may be meant)."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_woman_named_as_an_object_in_the_sentence_before_is_a_rival() -> None:
    found = quotes(
        "Budget Secretary Joan Whitlow had held the job since 2019. Her deputy, Karen Lisle, had"
        " been hired from the legislature's staff.",
        "In June, Lisle sent an email to the chief of staff, Kevin Doyle. In it, she called the"
        " forecasts “two years behind where they need to be.”",
        "Doyle forwarded the email to Whitlow. She replied the same afternoon, calling the"
        " criticism “unfair to a staff that has worked every weekend.”",
    )
    assert speaker_of(found, "two years behind") == "Karen Lisle"
    assert speaker_of(found, "unfair to a staff") is None


def test_a_woman_named_in_a_that_clause_before_the_quotation_is_a_rival() -> None:
    found = quotes(
        "Ms. Harmon, who teaches urban policy at the university, said the feud was less personal"
        " than it looked.",
        "Still, there is the possibility that Angela Pike, who has told supporters she is weighing"
        " a run, could challenge the mayor. “I haven’t ruled anything out,” she said last month.",
    )
    assert speaker_of(found, "ruled anything out") is None


def test_no_rival_when_the_sentence_before_goes_on_about_the_same_person() -> None:
    found = quotes(
        "Sen. Mark Tolland spoke to evangelical pastors on Sunday.",
        "When he took the stage after Mr. Brandt's introduction, he said the key was simple."
        " “We have to energize the faithful,” he said.",
    )
    assert speaker_of(found, "energize the faithful") == "Mark Tolland"
