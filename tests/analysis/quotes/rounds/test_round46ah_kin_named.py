"""Round 46ah: "Her daughter was more cautious." means the one person the article named as her
daughter ("Her daughter, Lily, …"), and "Her brother shrugged." the man whose sister she was written
as ("His sister, Marie,"); else still someone not named, of the relative's gender."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_her_daughter_is_the_daughter_named_before() -> None:
    speaker = speaker_in(
        "Donna Ames, a welder, said she would vote no. Her daughter, Lily, starts at the plant"
        " in May.",
        "“It is a bad deal,” Ames said.",
        "Her daughter was more cautious. “I knew the risk,” she said.",
        piece="knew the risk",
    )
    assert speaker is not None and "Lily" in speaker


def test_her_daughter_with_none_named_is_no_one() -> None:
    speaker = speaker_in(
        "Donna Ames, a welder, said she would vote no.",
        "“It is a bad deal,” Ames said.",
        "Her daughter was more cautious. “I knew the risk,” she said.",
        piece="knew the risk",
    )
    assert speaker is None


def test_her_brother_is_the_man_whose_sister_she_is() -> None:
    speaker = speaker_in(
        "Three weeks after the storm, Roy Thibodeaux is still living in a camper in his driveway.",
        "His sister, Marie, lives across town. “He will not leave,” she said.",
        "Her brother shrugged. “Somebody has to guard it,” he said.",
        piece="guard it",
    )
    assert speaker == "Roy Thibodeaux"
