"""Round 44x: "MacCallum pressed Crockett on border crossings. She said the numbers were “…”" is
the answer of the one pressed, not the host's, as "pressed her on whether" was since round 42x;
a body pressed on a matter ("pressed Congress on funding") leaves the speaker alone."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_one_pressed_on_a_matter_answers() -> None:
    found = quotes(
        "Fox News host Martha MacCallum spoke with Democratic Rep. Jasmine Crockett on Monday.",
        "MacCallum pressed Crockett on border crossings. She said the numbers were “down 50"
        " percent.”",
    )
    assert speaker_of(found, "down 50 percent") in (None, "Jasmine Crockett")


def test_a_body_pressed_on_a_matter_leaves_the_speaker() -> None:
    found = quotes(
        "President Donald Trump spoke at the White House on Monday.",
        "Trump pressed Congress on funding. “Get it done,” he said.",
    )
    assert speaker_of(found, "Get it done") == "Donald Trump"
