"""Round 42: "the ranking member" is the one the article writes as a committee's ranking Democrat
or Republican ("Ranking Democrat Joan Whitacre"), not the chairman quoted last."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes, speaker_of


def test_the_ranking_member_is_the_ranking_democrat() -> None:
    found = quotes(
        "The Senate Judiciary Committee’s chairman and its ranking Democrat sparred Thursday over"
        " a subpoena for the former attorney general’s notes.",
        "Ranking Democrat Harriet Lomax (Vt.) said the subpoena was “long overdue.” The chairman,"
        " Sen. Dean Pritchett (R-Ala.), said the committee would issue it “when the facts warrant.”",
        "“We have waited a year for the facts,” the ranking member said. “They are not coming.”",
    )
    assert speaker_of(found, "long overdue") == "Harriet Lomax"
    assert speaker_of(found, "when the facts warrant") == "Dean Pritchett"
    assert speaker_of(found, "We have waited a year") == "Harriet Lomax"  # not Pritchett
    assert speaker_of(found, "They are not coming") == "Harriet Lomax"


def test_the_ranking_member_is_no_one_when_no_one_is_written_so() -> None:
    found = quotes(
        "Sen. Dean Pritchett (R-Ala.), the committee’s chairman, said the subpoena would go out"
        " “when the facts warrant.”",
        "“We have waited a year for the facts,” the ranking member said.",
    )
    assert speaker_of(found, "when the facts warrant") == "Dean Pritchett"
    assert speaker_of(found, "We have waited a year") is None  # not the chairman


def test_the_ranking_member_written_after_the_name() -> None:
    found = quotes(
        "Sen. Harriet Lomax (D-Vt.), the panel’s ranking Democrat, has pressed for the subpoena for"
        " a year. Sen. Dean Pritchett (R-Ala.), the committee’s chairman, said it would go out"
        " “when the facts warrant.”",
        "“We have waited a year for the facts,” the ranking member said.",
    )
    assert speaker_of(found, "We have waited a year") == "Harriet Lomax"
