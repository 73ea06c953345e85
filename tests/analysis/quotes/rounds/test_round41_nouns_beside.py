"""Round 41: a description by a plain noun ("The developer", "The businessman", "The donor, who
…", "The nominee") means the one person the article writes that noun beside ("Marcus Tillery, a
Florida real estate developer,", "businessman Curtis Hale", "his largest donor, the hedge fund
manager Alan Petrie,"), not the person named or quoted last."""

from __future__ import annotations

import random
import re

from briefings.analysis.quotes.resolution.descriptions.nouns import noun_written_beside
from tests.analysis.quotes.passages import quotes, speaker_of

DONORS = [
    "Harold Brenneman, a Dallas oil executive, and Marcus Tillery, a Florida real estate"
    " developer, have each given more than $5 million this cycle.",
    "Brenneman spoke carefully. “We are not in the business of picking primaries,” he said.",
]


def test_a_he_after_the_developer_is_the_developer_not_the_man_quoted_last() -> None:
    found = quotes(
        *DONORS,
        "The developer was less careful. Asked about the nominee, he said: “She can’t win.”",
    )
    assert speaker_of(found, "picking primaries") == "Harold Brenneman"
    assert speaker_of(found, "She can’t win") == "Marcus Tillery"


def test_the_businessman_said_is_the_one_written_businessman() -> None:
    found = quotes(
        "Former U.S. attorney Nadia Brooks and businessman Curtis Hale met for their only debate.",
        "Brooks said she would “leave it to the legislature.” The businessman said: “I’m"
        " pro-life, full stop.”",
    )
    assert speaker_of(found, "leave it to the legislature") == "Nadia Brooks"
    assert speaker_of(found, "pro-life") == "Curtis Hale"


def test_the_noun_written_beside_the_man_quoted_last_stays_his() -> None:
    found = quotes(
        "Harold Brenneman, a Dallas oil executive, met Marcus Tillery on Monday.",
        "“We are not in the business of picking primaries,” Brenneman said.",
        "The executive was careful. “No comment on Arizona,” he said.",
    )
    assert speaker_of(found, "No comment on Arizona") == "Harold Brenneman"


NOMINEE = [
    "The Republican nominee for governor, Rick Sorensen, and his largest donor, the hedge fund"
    " manager Alan Petrie, appeared together at a fundraiser on Friday.",
    "Sorensen thanked “friends who believe in this state.”",
]


def test_the_donor_who_gave_is_the_one_apposed_to_donor() -> None:
    found = quotes(
        *NOMINEE,
        "The donor, who has given $2 million to a super PAC backing Sorensen, spoke after him."
        " “I’m not buying anything,” he said.",
    )
    assert speaker_of(found, "friends who believe") == "Rick Sorensen"
    assert speaker_of(found, "not buying anything") == "Alan Petrie"  # not the nominee


def test_the_nominee_is_the_one_apposed_to_nominee_not_the_spokesman_quoted_last() -> None:
    found = quotes(
        *NOMINEE,
        "Petrie’s spokesman, Josh Kerner, said the donor had been “joking, obviously.”",
        "The nominee, asked about Petrie on Saturday, said: “Alan speaks for Alan.”",
    )
    assert speaker_of(found, "joking, obviously") == "Josh Kerner"
    assert speaker_of(found, "Alan speaks for Alan") == "Rick Sorensen"


def test_the_noun_is_read_paragraph_by_paragraph_as_in_the_joined_text() -> None:
    one = "Marcus Tillery, a Florida real estate developer, gave $5 million."
    other = "businessman Curtis Hale, a developer too, gave less."
    assert noun_written_beside("developer", [one, "No one else spoke."]) == "Tillery"
    assert noun_written_beside("developer", [one, other]) is None  # beside two names: no one
    # the noun opening a paragraph after one ending on a name is beside the name after it
    assert (
        noun_written_beside("developer", ["He met Marcus Tillery", "developer Jo Park"]) == "Park"
    )
    assert noun_written_beside("developer", ["It was cold.", "No one spoke."]) is None


def _searched_whole(noun: str, text: str) -> str | None:
    """The three ways searched over the whole joined text, as round 41 first wrote them (with
    round 44's name ending its sentence, its period not the surname's, and round 58's noun after
    a clause's word or a second article inside the apposition, which is not its noun)."""
    name, word = r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*", re.escape(noun)
    clause = {"who", "whose", "which", "that", "the", "a", "an"}
    found = {
        m.group(1).split()[-1]
        for m in re.finditer(rf"({name}), (?:an?|the) [^,.;:“”\n]*?\b{word}\b", text)
        if not clause & set(m.group(0)[m.group(0).find(",") + 1 : -len(noun)].split()[1:])
    }
    found.update(
        m.group(1).split()[-1].removesuffix(".") for m in re.finditer(rf"\b{word} ({name})", text)
    )
    ends = r"(?<=\.)(?<![A-Z]\.)(?<![A-Z][a-z]\.)(?<![A-Z][a-z][a-z]\.)(?!\S)"  # round 44
    found.update(
        m.group(1).split()[-1].removesuffix(".")
        for m in re.finditer(
            rf"\b{word}\b[^,.;:“”\n]{{0,30}}, (?:[a-z][\w-]* ){{0,5}}({name})(?:,|{ends})", text
        )
    )
    return found.pop() if len(found) == 1 else None


def test_the_searches_skipped_where_the_noun_cannot_stand_change_nothing() -> None:
    pieces = [
        "Marcus Tillery", ", a", " the", " developer", ", ", "businessman", " Curtis Hale", ".",
        "\n", " said", " Jo", "“", "x", " an", " old", ",", "developers", " Developer",
    ]  # fmt: skip
    rnd = random.Random(41)
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14)))
        for noun in ("developer", "businessman"):
            assert noun_written_beside(noun, text.split("\n")) == _searched_whole(noun, text), text
