"""Round 45: an apposition that names its subject after "called" or "named" ("The clinic's
operator, an Ohio firm called Lakeview Care, said …", "The driver, a man named Carl Dunn, said")
gives the name; "a man named in court papers" names no one."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_a_firm_called_by_its_name_speaks() -> None:
    found = quotes(
        "The clinic closed its doors in June. The clinic's operator, an Ohio firm called Lakeview "
        "Care, said in a statement that it had “no other choice.”"
    )
    assert speaker_of(found, "no other choice") == "Lakeview Care"


def test_a_man_named_speaks() -> None:
    found = quotes("The driver, a man named Carl Dunn, said he was “terrified the whole time.”")
    assert speaker_of(found, "terrified the whole time") == "Carl Dunn"


def test_named_in_papers_names_no_one() -> None:
    found = quotes(
        "The driver, a man named in court papers, said he was “terrified the whole time.”"
    )
    assert speaker_of(found, "terrified the whole time") is None
