"""Round 44x: a bare quotation after a sentence opened by a pronoun of the other gender than the
speaker it would continue ("“Let her finish,” the host said. / She went on. “…”") is not the
host's continued; one of the same gender ("He went on.") still continues him."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

OPENING = (
    "Newsmax host Rob Schmitt hosted Rep. Byron Donalds and Democratic strategist Julie Roginsky"
    " on Tuesday."
)


def test_she_went_on_after_the_host_is_not_the_host() -> None:
    found = quotes(
        OPENING,
        "Roginsky disagreed. “Unemployment is at a record low,” she said.",
        "“Let her finish,” the host said.",
        "She went on. “Wages are up, too.”",
    )
    assert speaker_of(found, "Let her finish") == "Rob Schmitt"
    assert speaker_of(found, "Wages are up") != "Rob Schmitt"


def test_she_went_on_in_the_hosts_paragraph_is_not_the_host() -> None:
    found = quotes(OPENING, "“Let her finish,” Schmitt said. She went on. “Wages are up, too.”")
    assert speaker_of(found, "Wages are up") != "Rob Schmitt"


def test_he_went_on_continues_him() -> None:
    found = quotes(OPENING, "“I am done,” Schmitt said. He went on. “Wages are up, too.”")
    assert speaker_of(found, "Wages are up") == "Rob Schmitt"
