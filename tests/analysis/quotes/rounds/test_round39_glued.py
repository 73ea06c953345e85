"""Round 39: a quotation closed on "!" or "?" with no space before a capitalised word ends its
sentence ("…!”Former Gov. X said"): the next sentence's subject is no speaker of it."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_a_glued_closing_mark_ends_the_quotation_s_sentence() -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Candidate Brett Kowalski posted a photo of himself in a sombrero.",
                "“Happy Cinco de Mayo!,” he wrote. “Nobody loves Arizona more than me!”Former"
                " Arizona Gov. Martin Aldana blasted the post: “This is what people mean.”",
            ),
        )
    )
    speakers = {q.text[:12]: q.speaker for q in found}
    assert speakers["Nobody loves"] != "Martin Aldana"
    assert speakers["This is what"] == "Martin Aldana"


def test_a_glued_comma_still_frames_the_name_after_it() -> None:
    (q,) = extract_quotes(
        ArticleText(None, ('"The ad raises new questions,"Katie Packer said in a statement.',))
    )
    assert q.speaker == "Katie Packer"
