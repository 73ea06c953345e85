"""Round 54's speed steps (branch speedAZ) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random

from briefings.analysis.people.article import next_sentence
from briefings.analysis.people.finding.candidates import Candidate
from briefings.analysis.people.things.horses_and_ships import placings
from briefings.analysis.people.things.taken_up import (
    given_an_age,
    said_of_then_played,
    taken_up_as_a_character,
    taken_up_as_a_firm,
    taken_up_as_a_part,
    taken_up_as_a_performer,
    taken_up_as_a_product,
    taken_up_as_a_signing,
    taken_up_as_a_titled_character,
)

# The racing words, their pieces inside other words ("Ukraine", "defence"), their plurals and
# longer forms, Stakes in both cases after a capital, and marks that make or break a word's edge
_RACING_MIX = ["Trainer", "trainer", "trainers", "trained", "by", "Ukraine", "Jockey", "jockeys"]
_RACING_MIX += ["ridden", "rode", "eroded", "furlong", "furlongs", "horse", "horses", "seahorse"]
_RACING_MIX += ["colt", "filly", "gelding", "mare", "nightmare", "stallion", "stayer", "stayers"]
_RACING_MIX += ["racecourse", "hurdle", "hurdles", "hurdler", "fence", "fences", "defence"]
_RACING_MIX += ["Grand", "National", "Stakes", "stakes", "Greenham", "O'Brien", "d’Or", "-"]
_RACING_MIX += ["boxing", "about", "said", "the", "Queen", ",", ".", "_", "’", "'", "9"]


def _before(text: str) -> bool:
    """`a_racing_report` as it was, for one text: every racing word in one search."""
    return placings._RACING.search(text) is not None and placings._BOXING.search(text) is None


def test_a_racing_report_searches_only_the_words_whose_piece_is_written() -> None:
    rng = random.Random(54)
    seps = ["", " ", " ", " ", "-", ","]
    texts = [
        "".join(rng.choice(_RACING_MIX) + rng.choice(seps) for _ in range(rng.randint(1, 8)))
        for _ in range(30000)
    ]
    edges = ["", "Ukraine", "the defence", "Trainer Willie Mullins", "the Greenham Stakes"]
    edges += ["high stakes", "a nightmare", "hurdles", "fences.", "O'Brien Stakes", "Stakes"]
    found = 0
    for text in [*edges, *texts]:
        racing = _before(text)
        assert placings.a_racing_report([text]) == racing, text
        found += racing
    assert found > 1000  # the mixes hold racing reports, not only texts without one
    assert placings.a_racing_report(["The Grand National was run.", "No one boxed."])
    assert not placings.a_racing_report(["Ukraine's defence held."])


def _taken_up_as_firms_before(sentences: list[str], read: list[list[Candidate]]) -> list[Candidate]:
    """Round 53's `_taken_up_as_firms` as it was: every test asked of every sentence."""
    hints = []
    for k in range(len(sentences) - 1):
        names = [c.text for c in read[k]]
        people = [c.text for c in read[k] if c.kind == "person"]
        firm = taken_up_as_a_firm(sentences[k], names, sentences[k + 1], people)
        if firm and read[k][0].kind in ("person", None):
            hints.append(Candidate(None, firm, thing_hint=True))
        product = taken_up_as_a_product(sentences[k], names, sentences[k + 1])
        if product:
            hints.append(Candidate(None, product, not_a_person=True))
        performer = taken_up_as_a_performer(sentences[k], names, sentences[k + 1], people)
        if performer and read[k][0].kind in ("person", None) and not read[k][0].thing_hint:
            hints.append(Candidate("person", performer, evidence=True))
        elif performer and performer.isupper() and given_an_age(sentences[k + 1]):
            read[k][0].kind, read[k][0].evidence, read[k][0].role = "person", True, None
        signed = taken_up_as_a_signing(sentences[k], names, sentences[k + 1])
        if signed and len(read[k]) > 1 and not (read[k][1].thing_hint or read[k][1].not_a_person):
            hints.append(Candidate("person", signed, evidence=True))
        part = taken_up_as_a_part(sentences[k], names, sentences[k + 1])
        if part:
            hints.append(Candidate(None, part, not_a_person=True))
        elif character := taken_up_as_a_character(sentences[k], names, sentences[k + 1]):
            hints.append(Candidate(None, character, thing_hint=True))
        elif said_of := said_of_then_played(sentences[k], people, sentences[k + 1]):
            hints.append(Candidate(None, said_of, thing_hint=True))
        elif read[k] and read[k][0].kind == "person":
            first, alias = read[k][0], read[k][0].alias
            if alias and taken_up_as_a_titled_character(sentences[k], alias, sentences[k + 1]):
                first.kind, first.alias, first.evidence = None, None, False
    return hints


# Sentences each test takes up a name of (the first of a pair, its names in reading order), some
# opening on another word, and the sentences after that take one up
_FIRSTS = [
    ("Jimmy Choo had a hard year at its plant in Norfolk.", ["Jimmy Choo", "Norfolk"]),
    ("Last year Jimmy Choo had a hard year.", ["Jimmy Choo"]),
    ("Siri is to get a new voice, Apple has said.", ["Siri", "Apple"]),
    ("Madonna has topped the Forbes list.", ["Madonna"]),
    ("SZA will headline the festival.", ["SZA"]),
    ("Chelsea signed Estevao from Palmeiras.", ["Chelsea", "Estevao", "Palmeiras"]),
    ("On Monday Chelsea signed Estevao.", ["Chelsea", "Estevao"]),
    ("Coronation Street's Ken Barlow is to leave.", ["Coronation Street", "Ken Barlow"]),
    ("Geraldine Granger is to return for two specials.", ["Geraldine Granger"]),
    ("Now Geraldine Granger is to return.", ["Geraldine Granger"]),
    ("Mr Tumble is to get a new series.", ["Mr Tumble"]),
    ("Ben Wadey has said Phil Mitchell will find love.", ["Ben Wadey", "Phil Mitchell"]),
    ("It rained all day.", []),
    ("Nick Rockett won the National.", ["Nick Rockett"]),
]
_NEXTS = [
    "The company blamed the weather.",
    "The assistant, launched in 2011, has fallen behind.",
    "The singer, who lives in London, declined.",
    "The US singer, 35, said so.",
    "The 18-year-old winger scored.",
    "William Roache, who has played the character since 1960, said.",
    "Dawn French, who plays the vicar, said.",
    "Justin Fletcher, who plays the character, said.",
    "Steve McFadden has played the character since 1990.",
    "The horse, ridden by Paul Townend, won.",
    "He said nothing.",
]


def _read(names: list[str], rng: random.Random) -> list[Candidate]:
    kinds = ["person", None, "organisation"]
    return [
        Candidate(
            rng.choice(kinds),  # type: ignore[arg-type]
            name,
            alias=name if name.startswith("Mr ") and rng.random() < 0.7 else None,
            thing_hint=rng.random() < 0.2,
            not_a_person=rng.random() < 0.2,
        )
        for name in names
        if rng.random() < 0.85
    ]


def test_taken_up_as_firms_asks_the_opening_tests_only_of_a_sentence_opening_on_its_name() -> None:
    rng = random.Random(5420)
    hinted = 0
    for _ in range(4000):
        firsts = [rng.choice(_FIRSTS) for _ in range(rng.randint(1, 4))]
        sentences, names = [], []
        for first in firsts:
            sentences += [first[0], rng.choice(_NEXTS)]
            names += [first[1], []]
        seed = rng.random()
        read_before = [_read(n, random.Random(f"{seed}{k}")) for k, n in enumerate(names)]
        read_after = [_read(n, random.Random(f"{seed}{k}")) for k, n in enumerate(names)]
        before = _taken_up_as_firms_before(sentences, read_before)
        assert next_sentence.taken_up_as_firms(sentences, read_after) == before, sentences
        assert read_after == read_before, sentences  # the candidates marked alike
        hinted += len(before)
    assert hinted > 1000
