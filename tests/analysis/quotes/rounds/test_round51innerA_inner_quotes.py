"""Round 51: a quotation inside a quotation is listed on its own, the inner person's words told by
the outer speaker when the outer words name who says them ("“Rosa said, ‘Next time we wait,’ and
she’s right,” Ortega said"), the outer speaker's own after "I said,", else no one's (a scare quote,
a clerk's words, a "she"); the outer quote keeps its words whole, the inner marks as written."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote

_OPENING = "Luis Ortega and Dana Whitfield spoke to reporters on Sunday."


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, (_OPENING, *paragraphs)))


def only(words: str, found: list[FoundQuote]) -> FoundQuote:
    """The one found quote whose words are exactly `words`."""
    (q,) = [q for q in found if q.text == words]
    return q


@pytest.mark.parametrize(
    "paragraph, inner",
    [
        ("“The so-called ‘reform’ is nothing of the kind,” Ortega said.", "reform"),
        (
            "“The clerk looked at me and said, ‘We won’t be here Monday,’ and that was that,”"
            " Ortega said.",
            "We won’t be here Monday",
        ),
        ("\"She told me, 'we are done here,' and left,\" Ortega said.", "we are done here"),
        ("'She told me, \"we are done here\", and left,' Ortega said.", "we are done here"),
        (
            "“Someone was yelling ‘Over here! Over here!’ and we followed the voice,” Ortega said.",
            "Over here! Over here!",
        ),
    ],
)
def test_an_inner_quotation_no_one_is_named_for_is_no_ones(paragraph: str, inner: str) -> None:
    found = quotes(paragraph)
    outer = next(q for q in found if inner in q.text and q.text != inner)
    assert outer.speaker == "Luis Ortega"
    assert inner in outer.text and outer.text.count(inner) == 1  # kept whole, marks as written
    q = only(inner, found)
    assert (q.speaker, q.told_by) == (None, None)


@pytest.mark.parametrize(
    "paragraph, inner, speaker",
    [
        (
            "“Rosa said, ‘Next time we wait,’ and she’s right,” Ortega said.",
            "Next time we wait",
            "Rosa",
        ),
        (
            "“Mr. Haskins also wrote, ‘This risk is manageable,’ two pages later,” Ortega said.",
            "This risk is manageable",
            "Haskins",
        ),
        (
            "“Their regional manager, Dale Prentiss, told me, ‘The numbers don’t work,’ and I"
            " told him no,” Ortega said.",
            "The numbers don’t work",
            "Dale Prentiss",
        ),
        (
            "'Fred said to me, \"We'll be knee-deep by March\", and he's right,' Ortega said.",
            "We'll be knee-deep by March",
            "Fred",
        ),
    ],
)
def test_a_person_the_outer_words_name_speaks_told_by_the_outer_speaker(
    paragraph: str, inner: str, speaker: str
) -> None:
    q = only(inner, quotes(paragraph))
    assert (q.speaker, q.told_by) == (speaker, "Luis Ortega")


def test_i_said_is_the_outer_speaker_quoting_themself() -> None:
    q = only("That can’t be right", quotes("“I said, ‘That can’t be right,’” Ortega recalled."))
    assert (q.speaker, q.told_by) == ("Luis Ortega", None)


def test_an_apostrophe_or_a_single_letter_is_no_inner_quotation() -> None:
    found = quotes("\"It's rock 'n' roll, like in the '90s,\" Ortega said.")
    assert [q.speaker for q in found] == ["Luis Ortega"]


def test_doubled_marks_around_one_quotation_are_one_quote() -> None:
    found = quotes("Ortega called it “‘College Bowl,’” a show he loved.")
    assert [q.text for q in found] == ["‘College Bowl,’"]


@pytest.mark.parametrize(
    "paragraph, inner, speaker",
    [
        (
            "“When Dana Whitfield says ‘We are ready,’ nobody believes her,” Ortega said.",
            "We are ready",
            "Dana Whitfield",
        ),
        (
            "“He was on his iPhone. He said, ‘Not again,’ and laughed,” Ortega said.",
            "Not again",
            None,
        ),
        (
            "“When Twitter says, ‘We can’t do this,’ I don’t believe it,” Ortega said.",
            "We can’t do this",
            None,
        ),
    ],
)
def test_the_inner_speaker_is_the_subject_of_its_own_clause(
    paragraph: str, inner: str, speaker: str | None
) -> None:
    assert only(inner, quotes(paragraph)).speaker == speaker
