"""An embedded post's text, which ends in its link, is no article text; a link in a sentence is."""

from __future__ import annotations

import pytest

from briefings.ingest.reading.cleaning import clean_text

LEDE = "The council voted on Tuesday to close the old bridge to traffic until the spring."
CLOSE = "Repairs are expected to cost about four million dollars, officials said on Tuesday."


@pytest.mark.parametrize(
    "embed",
    [
        "The bridge is closed again. What a mess https://t.co/AbC123xyz",
        "Traffic backed up for miles this morning pic.twitter.com/Zx9QwErTy",
        "Officials will speak at noon http://t.co/q1w2e3  ",
    ],
)
def test_a_paragraph_ending_in_an_embed_link_is_dropped(embed: str) -> None:
    cleaned = clean_text(f"{LEDE}\n\n{embed}\n\n{CLOSE}", has_title=True)
    assert cleaned.paragraphs == [LEDE, CLOSE]
    assert embed.strip() in cleaned.removed


@pytest.mark.parametrize(
    "kept",
    [
        "A post at https://t.co/AbC123xyz was shared widely before the vote, officials said.",
        "The council posted a map at t.co/AbC123xyz showing the detour.",
        "Pictures at pic.twitter.com showed the queue, which stretched past the market.",
    ],
)
def test_a_link_that_does_not_close_the_paragraph_stays(kept: str) -> None:
    cleaned = clean_text(f"{LEDE}\n\n{kept}\n\n{CLOSE}", has_title=True)
    assert cleaned.paragraphs == [LEDE, kept, CLOSE]
