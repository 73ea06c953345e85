"""Attribution round 41 (recall): the subject of a sentence that quotes a few words with no speech
verb is found past what opens the sentence: a conjunction and its comma ("Meanwhile, Clinton
endorsed the deal, although she made it clear that she has “…”"); an owner's possessive before a
full name ("Germany’s Chancellor Angela Merkel heralded the deal as a “…”"); a participle's
phrase ("Horrified at the prospect …, Ramos believes in journalism that “…”")."""

from __future__ import annotations

from briefings.analysis.quotes.clauses.sayers.subjects import sentence_subject
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.marks import placeholder
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.tokens import tokens


def _quoted(text: str) -> str | None:
    """The only quotation's speaker in a one-paragraph article, None if it is found with none."""
    (quote,) = extract_quotes(ArticleText(None, (text,)))
    return quote.speaker


def test_a_subject_after_an_opening_conjunction_and_its_comma() -> None:
    assert (
        _quoted(
            "Nadia Ferrante voted for the bill. Meanwhile, Ferrante endorsed the deal, although"
            " she made it clear that she has “grave doubts” about its cost."
        )
        == "Nadia Ferrante"
    )


def test_the_conjunction_without_a_name_after_it_gives_no_one() -> None:
    toks = tokens(f"Meanwhile, critics of the map called it {placeholder(0)}.")
    assert sentence_subject(toks, len(toks) - 2) is None


def test_a_full_name_after_a_nations_possessive() -> None:
    assert (
        _quoted("Portugal’s Prime Minister Ana Couto hailed the pact as “a turning point.”")
        == "Ana Couto"
    )
    assert _quoted("CBS’s Martin Reyes described the lineup as “a fresh start.”") == "Martin Reyes"


def test_a_possessive_before_no_full_name_gives_no_subject() -> None:
    for text in (
        f"Clinton’s Iowa ads called the plan {placeholder(0)}.",
        f"Britain’s Guardian newspaper described his record as {placeholder(0)}.",
    ):
        toks = tokens(text)
        assert sentence_subject(toks, len(toks) - 2) is None


def test_a_subject_after_a_participles_opening_phrase() -> None:
    assert (
        _quoted(
            "Luis Ramos anchors the news. Horrified at the prospect of Trump becoming"
            " president, Ramos believes in journalism that “picks a side.”"
        )
        == "Luis Ramos"
    )


def test_a_description_after_a_participles_phrase_or_a_name_ending_in_ed_is_not_read() -> None:
    toks = tokens(f"Appearing on CBS, the GOP front-runner said Clinton {placeholder(0)}.")
    assert sentence_subject(toks, len(toks) - 2) is None
    toks = tokens(f"Reed at the hearing, a lobbyist, called it {placeholder(0)}.")
    assert sentence_subject(toks, len(toks) - 2) is None
