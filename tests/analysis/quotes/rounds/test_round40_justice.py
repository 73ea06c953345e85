"""Round 40: "the justice" and "the sheriff" are descriptions of a person, and with "the speaker"
mean the one the article gives that title ("Retired Justice Margaret Lindqvist", "House Speaker
Tom Keller"), not the person named last."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_justice_is_the_one_titled_justice_not_the_donor_named_last() -> None:
    found = quotes(
        "Retired Justice Margaret Lindqvist chairs the library committee. Philanthropist Charles"
        " Abernathy, whose family paid for the building, opposes the new name.",
        "The justice told the board in March that the old name was “a choice the university"
        " cannot explain.”",
    )
    assert speaker_of(found, "a choice the university") == "Margaret Lindqvist"


def test_the_sheriff_is_the_one_titled_sheriff() -> None:
    found = quotes(
        "Sheriff Dwayne Colley met Circuit Judge Raymond Pettis in May. Commissioner Earl Dunbar"
        " was not invited.",
        "The sheriff told reporters the order was “a recipe for chaos.”",
    )
    assert speaker_of(found, "a recipe for chaos") == "Dwayne Colley"


def test_the_speaker_is_the_one_titled_house_speaker_not_the_senator_named_with_him() -> None:
    found = quotes(
        "House Speaker Tom Keller and Sen. Jack Bradley met on Monday.",
        "The speaker told Politico last week that he was “confident we’ll get a deal.”",
    )
    assert speaker_of(found, "confident we’ll get a deal") == "Tom Keller"
