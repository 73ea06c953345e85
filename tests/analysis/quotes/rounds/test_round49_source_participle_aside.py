"""Round 49 (Washington long-form): a source introduced without a name speaks past a participle's
long aside ("A senior defense official traveling with Hendricks, speaking on the condition of
anonymity under ground rules set by the Pentagon, said …"): "the official" after it is that source,
no one named, not a general quoted before."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_official_is_the_source_introduced_before_a_participle_aside() -> None:
    found = quotes(
        "Defense Secretary Paul Hendricks landed Tuesday.",
        "Gen. Robert Kaine, the commander of U.S. Forces Korea, briefed reporters later. “Nothing"
        " about our posture has changed,” Kaine said.",
        "A senior defense official traveling with Hendricks, speaking on the condition of anonymity"
        " under ground rules set by the Pentagon, said the secretary had raised cost-sharing."
        " “It came up. It always comes up,” the official said.",
    )
    assert [q.speaker for q in found] == ["Robert Kaine", None]  # not Kaine's


def test_the_official_is_a_named_official_when_no_source_spoke() -> None:
    found = quotes(
        "Paul Hendricks, a senior defense official, landed Tuesday.",
        "Traveling with reporters, speaking on the condition of anonymity under ground rules set by"
        " the Pentagon, he discussed cost-sharing. “It came up,” the official said.",
    )
    assert found[-1].speaker == "Paul Hendricks"
