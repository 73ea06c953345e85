"""Round 54's speed steps (branch speedAZ) answer as the code they stand in for did, on edge
cases and on random mixes of the words each test reads."""

from __future__ import annotations

import random

from briefings.analysis.people.things.horses_and_ships import placings

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
