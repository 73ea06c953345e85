"""Round 42x: a "she" after a host named as the one a guest told ("“…,” he told host Maria
Bartiromo. / “…?” she asked") goes to no one rather than to someone named before whose gender the
article never gives ("Maj. Gen. Pat Ryder"); a woman named as a subject stays hers."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of

RYDER = (
    "The Pentagon’s press secretary, Maj. Gen. Pat Ryder, told The Western Journal that audits"
    " were “complex undertakings.”"
)


def test_she_after_the_host_told_is_not_a_name_of_unknown_gender() -> None:
    found = quotes(
        RYDER,
        "Sen. Rand Keller appeared on Fox Business later that day. “We’ve been too polite,” he"
        " told host Maria Bartiromo.",
        "“Are you going to hold up the bill?” she asked.",
    )
    assert speaker_of(found, "complex undertakings") == "Pat Ryder"
    assert speaker_of(found, "too polite") == "Rand Keller"
    assert speaker_of(found, "hold up the bill") is None


def test_a_woman_named_as_a_subject_stays_hers() -> None:
    found = quotes(
        RYDER,
        "Host Maria Bartiromo pressed Keller on the bill. “Are you going to hold it up?” she asked.",
    )
    assert speaker_of(found, "hold it up") == "Maria Bartiromo"
