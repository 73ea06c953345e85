"""A person described by nation ("The Scot", "the Welshman", round 24): the one the article ties
to that nation, the only person named, or no one; sentences written for each rule."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes

MATCH = "Gareth Bale scored twice as Wales beat Ireland. “We were poor,” Martin O'Neill said."
TIED = "Welsh winger Gareth Bale scored twice. “We were poor,” Ireland manager Martin O'Neill said."


def test_a_nation_the_article_ties_to_no_one_keeps_no_speaker() -> None:
    *_, q = quotes(MATCH, "The Welshman said: “I just wanted to help the team.”")
    assert q.speaker is None  # not O'Neill, quoted last


def test_a_nation_means_the_one_the_article_ties_to_it() -> None:
    *_, q = quotes(TIED, "The Welshman said: “I just wanted to help the team.”")
    assert q.speaker == "Gareth Bale"


def test_a_nation_opening_a_sentence_keeps_the_next_he_from_the_man_quoted_last() -> None:
    rivals = "Andy Murray beat Roger Federer. “He played brilliantly,” Federer said."
    *_, q = quotes(rivals, "The Scot was delighted. “This is my best win,” he said.")
    assert q.speaker is None
    tied = "Scotland's Andy Murray beat Roger Federer. “He played brilliantly,” Federer said."
    *_, q = quotes(tied, "The Scot was delighted. “This is my best win,” he said.")
    assert q.speaker == "Andy Murray"


def test_the_only_person_named_is_the_one_a_nation_means() -> None:
    *_, q = quotes("Andy Murray won on Sunday.", "The Scot said: “This is my best win.”")
    assert q.speaker == "Andy Murray"


def test_a_nation_means_the_one_tied_to_it_even_when_not_named_as_a_subject() -> None:
    *_, q = quotes(
        "Wales head coach Warren Gatland hailed his side's spirit.",
        "Welsh fly-half Dan Biggar kicked 11 points. The Welshman said: “The crowd carried us.”",
    )
    assert q.speaker == "Dan Biggar"
