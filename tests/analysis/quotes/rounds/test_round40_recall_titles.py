"""Attribution round 40 (recall): military and civil titles abbreviated before a name ("Adm.",
"Maj.", "Cmdr.", "Brig.", "Supt.", "Atty.") keep their full stop as "Gen." and "Sen." do, so the
name after them opens its sentence as a subject a later "she" or "he" means, and "the admiral"
still means the person written "Adm."."""

from __future__ import annotations

from briefings.analysis.speech.speaker import parse_speaker
from briefings.analysis.speech.tokens import tokens
from tests.analysis.quotes.passages import quotes


def test_an_abbreviated_title_keeps_its_full_stop_and_is_no_part_of_the_name() -> None:
    assert tokens("Adm. Dana Whitcomb said")[:2] == ["Adm.", "Dana"]
    for phrase, name in (
        ("Adm. Dana R. Whitcomb Jr.", "Dana R. Whitcomb Jr."),
        ("Cmdr. Peter Vasko", "Peter Vasko"),
        ("Supt. Marcus Hale", "Marcus Hale"),
        ("Atty. Gen. Norah Beckett", "Norah Beckett"),
    ):
        speaker = parse_speaker(phrase)
        assert speaker is not None and speaker.name == name


def test_a_pronoun_after_an_admiral_opening_the_paragraph_before() -> None:
    first, _ = quotes(
        "Adm. Dana R. Whitcomb Jr., who leads the Navy's Third Fleet, makes no secret of her worry"
        " about the reefs.",
        "She has called the construction “reckless and destabilizing,” and told a Senate panel"
        " that the runways were “built for one purpose.”",
    )
    assert first.text == "reckless and destabilizing"
    assert first.speaker == "Dana R. Whitcomb Jr."


def test_the_admiral_is_the_person_written_adm() -> None:
    *_, last = quotes(
        "Adm. Harry Kells, who leads the Pacific Command, makes no apologies.",
        "The chairman of the Joint Chiefs, Gen. Joseph Brand, recently asked Admiral Kells just"
        " that. “It is good that my voice is low,” he said.",
        "“I view them as a professional military,” Admiral Kells said.",
        "The admiral has added another facet to his job. In a document he drew up last year, he"
        " wrote, “We must communicate clearly with key audiences.”",
    )
    assert last.speaker is not None and "Kells" in last.speaker
