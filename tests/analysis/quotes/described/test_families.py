"""People of one family sharing a surname (round 27, Washington long-form and conservative web
styles): "the younger Bush" is one of several Bushes, no one the surname alone settles; a bare
surname shared by a man and a woman is the one a following "he" or "she" fits."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText

BUSHES = (
    "George P. Bush, the Texas land commissioner and son of former Florida Gov. Jeb Bush, said"
    " Saturday that he will support Donald Trump in November."
)
JOE = "“I voted for Obama twice,” said Joe Kasmierski, 61, a retired mail carrier."
DONNA = "His wife, Donna Kasmierski, shook her head. “I can’t do it,” she said."


def speakers(title: str | None, *paragraphs: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(ArticleText(title, paragraphs))]


def test_the_younger_of_a_family_is_not_the_one_the_headline_names() -> None:
    assert speakers(
        "Jeb Bush’s Son Breaks With Family, Endorses Trump",
        BUSHES,
        "“You hold your nose and you get behind the nominee,” the younger Bush said.",
    ) == [None]


def test_a_he_after_the_younger_of_a_family_goes_to_no_one() -> None:
    assert speakers(
        "Jeb Bush’s Son Breaks With Family, Endorses Trump",
        BUSHES,
        "“From Bush 41 to Bush 45, that's how I'm hoping this will go,” the younger Bush said.",
        "“You hold your nose and you get behind the nominee,” he added.",
    ) == [None, None]


def test_a_he_after_a_surname_a_man_and_a_woman_share_is_the_man() -> None:
    assert (
        speakers(
            None,
            "“I voted for Obama twice, and I’m voting for Trump,” said Joe Kasmierski, 61, a retired"
            " mail carrier. “He talks like us.”",
            "His wife, Donna Kasmierski, shook her head. “I can’t do it,” she said. “I’ve got"
            " granddaughters.”",
            "Trump has visited the area twice. At a rally in Wilkes-Barre in October, he promised to"
            " bring back jobs that were “stolen” by trade deals and told the crowd, “We’re going to"
            " win Pennsylvania big.”",
            "Kasmierski, who worked for 31 years in the same post office, said he did not care about"
            " the candidate’s comments about women. “It’s locker room talk. Everybody says stuff,”"
            " he said.",
            "Donna Kasmierski, sitting beside him, rolled her eyes. “Not everybody,” she said.",
        )[-2]
        == "Joe Kasmierski"
    )


def test_a_she_after_a_surname_a_man_and_a_woman_share_is_the_woman() -> None:
    assert (
        speakers(
            None,
            JOE,
            DONNA,
            "Hillary Clinton has visited the area twice. “We will win here,” she said.",
            "Kasmierski, who sat beside her husband, said she was not persuaded. “Not everybody"
            " talks like that,” she said.",
        )[-1]
        == "Donna Kasmierski"
    )
