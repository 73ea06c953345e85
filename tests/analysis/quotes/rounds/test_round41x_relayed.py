"""Round 41x: a post, a message or a letter "from" or "by" someone, then "which read" or "that
said": the words are the sender's, not those of the one who reposted it; no one's when it is from
no one named."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes

OPENING = "Former President Gordon Pryce took to Truth Social late Tuesday."
WORDS = "“The Georgia case is a political hit job, start to finish.”"


@pytest.mark.parametrize(
    "relayed",
    [
        "Pryce also reposted a message from Rep. Kevin Tolliver of California, which read,",
        "Pryce also shared a post by Tolliver that said,",
    ],
)
def test_the_relayed_words_are_the_senders(relayed: str) -> None:
    found = quotes(OPENING, f"{relayed} {WORDS}", "“Thank you, Kevin!” Pryce responded.")
    assert [q.speaker for q in found] == [
        "Kevin Tolliver" if "Kevin" in relayed else "Tolliver",
        "Gordon Pryce",
    ]


def test_a_post_from_no_one_named_is_no_ones() -> None:
    (q,) = quotes(
        OPENING, f"Pryce also shared a post from an anonymous account, which read, {WORDS}"
    )
    assert q.speaker is None


def test_the_sender_described_before_the_name_is_the_sender() -> None:
    (q,) = quotes(
        "After watching the video, I noticed a Twitter post by the freelance journalist Erik"
        " Malinowski that read, “the watermelon ... is us,” and sighed."
    )
    assert q.speaker == "Erik Malinowski"


def test_a_letter_from_someones_lawyers_is_not_theirs() -> None:
    (q,) = quotes(
        OPENING,
        f"Pryce also shared a letter from the lawyers of Kevin Tolliver, which read, {WORDS}",
    )
    assert q.speaker is None
