"""Round 32 of attribution: the person named as the subject of a partial quote's sentence where
the word lists find none: after an opening phrase of its own ("A few weeks later, on the steps of
the statehouse, where he had first run, Mr. Obama expressed a regret for “…”"), after a
possessive job and before its verb ("Mr. Trump's campaign chairman, Paul Manafort, dismissed …
as “…”"), or before a verb in the progressive ("Sanders, celebrating a win, is pledging to
“…”"); not when a clause of another subject comes between ("… as his friends jeered, “…”") or
the opening phrase has a verb of its own ("his response focused on how Khan’s wife, Ghazala,
remained …")."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_name_after_an_opening_phrase_with_a_clause_of_its_own_is_the_subject() -> None:
    assert speakers_in(
        "Gov. Ray Whitman spoke in Springfield on Monday. Sen. Joan Bell spoke too.",
        "And a few weeks later, on the steps of the statehouse, where he had first run for"
        " office, Mr. Whitman expressed a deep regret for “my failure to calm our politics.”",
    ) == ["Ray Whitman"]


def test_a_name_set_after_a_possessive_job_is_the_subject() -> None:
    assert speakers_in(
        "Donald Trump spoke in Ohio.",
        "On television, Mr. Trump's campaign chairman, Paul Manafort, dismissed the criticism"
        " as “Clinton talking points.”",
    ) == ["Paul Manafort"]


def test_a_name_before_a_progressive_verb_is_the_subject() -> None:
    assert speakers_in(
        "Voters went to the polls in Vermont.",
        "Bernie Sanders, celebrating a victory in his home state, is pledging to “win many"
        " hundreds of delegates” on Tuesday.",
    ) == ["Bernie Sanders"]


def test_a_clause_of_another_subject_before_the_quote_gives_the_name_nothing() -> None:
    from briefings.analysis.quotes.clauses.sayers.main_subject.opened import opened_subject
    from briefings.analysis.speech.tokens import tokens

    toks = tokens(
        "Once , when they spotted a trawler off the coast , Freddy circled it as his friends jeered"
    )
    assert opened_subject(toks, len(toks)) is None


def test_an_opening_phrase_with_a_verb_of_its_own_gives_the_name_after_it_nothing() -> None:
    from briefings.analysis.quotes.clauses.sayers.main_subject.opened import opened_subject
    from briefings.analysis.speech.tokens import tokens

    toks = tokens(
        "When Trump was asked , his response focused on how Khan’s wife , Ghazala , remained"
        " silent , as if she"
    )
    assert opened_subject(toks, len(toks)) is None
