"""Round 45: a quotation closed by "according to" people who go unnamed ("…,” according to two
people on the call", "according to one of the people") is the words of the speech verb's subject
before it ("Whip Dana Colvin told members on a call that the votes were “…”"), as PolNeAR's gold
reads such reports; named people after "according to" keep the words, and so do the unnamed when
no speech verb comes before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_teller_before_speaks_not_the_people_after() -> None:
    found = quotes(
        "Senate Whip Dana Colvin told members on a call Tuesday that the bill was “dead for this "
        "session,” according to three people on the call."
    )
    assert speaker_of(found, "dead for this session") == "Dana Colvin"


def test_one_of_the_people_passes_on_the_words() -> None:
    found = quotes(
        "Gov. Mark Ellery told the mayor that the state would “not pay a cent more,” according to "
        "one of the people."
    )
    assert speaker_of(found, "not pay a cent more") == "Mark Ellery"


def test_unnamed_people_with_no_verb_before_name_no_one() -> None:
    found = quotes(
        "Gov. Mark Ellery met the mayor on Monday. The talks were “a disaster,” according to two "
        "aides."
    )
    assert speaker_of(found, "a disaster") is None
