"""Round 51 (a bribery trial's cross-examination, a Gold Star mother's testimony): "the witness
said" is the most salient person quoted before who is not questioning — never the defense attorney
or the senator quoted last."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_the_witness_is_not_the_defense_attorney_quoted_last() -> None:
    *_, q = quotes(
        "“I did not lie to the FBI,” said Curtis Wendell, a former aide to Supervisor Lorraine"
        " Haskett, who is on trial on bribery charges.",
        "Haskett’s defense attorney, Jerome Pappas, walked Wendell through a lunch receipt."
        " “You told agents this lunch happened in May,” Pappas said. “The receipt says July.”",
        "“Then I was wrong about the month,” the witness said.",
    )
    assert q.speaker == "Curtis Wendell"


def test_the_witness_is_not_the_senator_who_asked_her() -> None:
    *_, q = quotes(
        "“Nobody called me,” said Sheila Curtis, whose son was killed in Kabul.",
        "Sen. Rick Holloway, a Florida Republican, asked her what she wanted the committee to do.",
        "“I want somebody to say his name,” the witness said.",
    )
    assert q.speaker == "Sheila Curtis"


def test_no_one_when_only_the_questioners_were_quoted() -> None:
    *_, q = quotes(
        "“You signed this sheet, didn’t you?” asked the defense attorney, Celia Brandt.",
        "“I signed a lot of sheets,” the witness replied.",
    )
    assert q.speaker is None
