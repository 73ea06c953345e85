"""Round 41x: "the host asked" means the one the article calls host ("Fox News host Sean
Hannity", "Hannity, the Fox News host", "Host Bill Sorrell"), not the guest named last, and no one
when no host is named ("Gov. Rick Dunmore defended his decision on Fox Business. “…?” the host
asked")."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of

QUESTION = "“Are there twenty votes on your side for this thing?” the host asked."


def test_the_host_is_no_guest_when_no_host_is_named() -> None:
    found = quotes("Gov. Rick Dunmore defended his decision on Fox Business on Monday.", QUESTION)
    assert speaker_of(found, "twenty votes") is None


@pytest.mark.parametrize(
    "opening",
    [
        "Fox News host Sean Hannity interviewed Ohio Sen. Cal Brody on Tuesday night.",
        "Sean Hannity, the Fox News host, interviewed Ohio Sen. Cal Brody on Tuesday night.",
    ],
)
def test_the_host_is_the_one_called_host_not_the_guest_quoted_last(opening: str) -> None:
    found = quotes(opening, "“This is amnesty by another name,” Brody said.", QUESTION)
    assert speaker_of(found, "amnesty") == "Cal Brody"
    assert speaker_of(found, "twenty votes") == "Sean Hannity"


def test_a_host_named_without_the_word_stays_the_host() -> None:
    found = quotes(
        "Former New York City Mayor Rudy Giuliani told Fox News’ Sean Hannity on Monday that the"
        " media was in the tank.",
        "Hannity agreed. “Ninety-one percent negative coverage,” the host said.",
    )
    assert speaker_of(found, "Ninety-one percent") == "Sean Hannity"
