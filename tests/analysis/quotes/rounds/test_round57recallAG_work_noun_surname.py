"""Round 57: a given name before a surname that is also a work noun ("Martin Song", "Russell
Brand") is a person to the confidence model, not a song or a brand: a pronoun quote resolved to
him is no longer held under the threshold for that misreading."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_a_surname_that_is_a_work_noun_speaks_through_his_pronoun() -> None:
    found = quotes(
        "Senator Bernard Okafor is distancing himself from remarks made by a supporter at a rally"
        " in Denver on Tuesday.",
        "“I do not share those words,” Okafor said. “They are not mine.”",
        "“We will win this fight,” Okafor added. “We will win it fairly.”",
        "“Nobody should be called names,” he said. “Not one person.”",
        "“I am sorry,” he said.",
        "Song is a Colorado nurse who was among several speakers before Okafor took the stage."
        " Martin Song introduced him.",
        "Song said Gov. Mark Crane had said that Okafor’s clinic plan would never pass. He said it"
        " would fail if voters “keep electing the same old crowd” beholden to the big insurers.",
    )
    assert (found[-1].text, found[-1].speaker) == (
        "keep electing the same old crowd",
        "Martin Song",
    )


def test_a_work_noun_after_a_word_no_given_name_stays_a_thing() -> None:
    from briefings.analysis.quotes.confidence.context import _a_thing

    assert _a_thing("Christmas Song") and not _a_thing("Martin Song")
