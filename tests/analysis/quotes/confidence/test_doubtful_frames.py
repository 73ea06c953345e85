"""Round 59 (confC): what the confidence reads of a frame that makes a speaker doubtful."""

from __future__ import annotations

from briefings.analysis.quotes.confidence.framing import (
    named_only_as_object,
    named_only_in_quotes,
)
from briefings.analysis.quotes.confidence.model import Context, confidence_of
from briefings.analysis.quotes.confidence.opening import opens_on_another
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def _contexts(*paragraphs: str) -> dict[str, Context]:
    """Each quote given a speaker, by its text, with the context its confidence read."""
    seen: dict[str, Context] = {}

    def observe(q: FoundQuote, how: str, context: Context) -> None:
        seen[q.text] = context

    extract_quotes(ArticleText(None, paragraphs), threshold=0.0, observe=observe)
    return seen


def test_a_speaker_named_only_as_the_object_of_the_frame() -> None:
    told = "That night I told Megyn Kelly that the judge had refused. “Only you,” she said."
    assert named_only_as_object(told, "Only you,", "Megyn Kelly", "Kelly")
    said = "Megyn Kelly told me that the judge had refused. “Only you,” she said."
    assert not named_only_as_object(said, "Only you,", "Megyn Kelly", "Kelly")
    # "according to" gives the source, not an object
    assert not named_only_as_object("It was “done,” according to Ray.", "done,", "Ray", "Ray")
    # a body's name holds its own "for" or "of"
    body = "The Center for Rural Affairs said it would leave families “with nowhere to turn.”"
    assert not named_only_as_object(
        body, "with nowhere to turn.", "Center for Rural Affairs", "Affairs"
    )
    contexts = _contexts("Tom Ray met the press on Monday.", told)
    assert [c.as_object for c in contexts.values()] == [True]
    contexts = _contexts("Tom Ray met the press on Monday.", said)
    assert [c.as_object for c in contexts.values()] == [False]


def test_a_speaker_named_only_inside_other_quotations() -> None:
    text = "“Ray will sign it,” Cole said. “He always does.”"
    assert named_only_in_quotes(text, "He always does.", "Ray")
    assert not named_only_in_quotes("Ray arrived. “We will win,” he said.", "We will win,", "Ray")
    article = (
        "Tom Ray and Ann Cole spoke in Leeds.",
        "The vote is on Friday.",
        "The polls are close.",
        "The rally ran late.",
        "“Ray will lose,” Ms. Cole said.",
        "“We will win,” Tom Ray said.",
    )
    contexts = _contexts(*article)
    assert contexts["We will win,"].quoted_only is False  # "Tom Ray" is written outside quotes
    text = " ".join(article[2:])  # the quote's paragraph and the three before
    assert named_only_in_quotes(text.replace("Tom Ray said", "he said"), "We will win,", "Ray")


def test_a_paragraph_that_opens_on_someone_else() -> None:
    titled = "Mr. Trump spoke after him. “You can fool some people,” Lincoln said."
    assert opens_on_another(titled, titled.index("You"), "Lincoln")
    assert not opens_on_another(titled, titled.index("You"), "Trump")
    bare = "Trump spoke after him. “You can fool some people,” Lincoln said."
    assert not opens_on_another(bare, bare.index("You"), "Lincoln")  # no title or given name
    before = "Mr. Trump recalled Lincoln saying that “you can fool some people.”"
    assert not opens_on_another(before, before.index("you"), "Lincoln")  # named before it
    contexts = _contexts(
        "John Ray spoke in Leeds on Monday.",
        "Ann Cole arrived late. “We will win,” Ray told the crowd.",
    )
    assert [c.opens_other for c in contexts.values()] == [True]
    contexts = _contexts(
        "John Ray spoke in Leeds on Monday.",
        "Ray arrived late. “We will win,” Ray told the crowd.",
    )
    assert [c.opens_other for c in contexts.values()] == [False]


def test_the_fitted_model_reads_an_object_or_a_name_only_quoted_as_doubt() -> None:
    # (a paragraph opening on someone else weighs for the speaker once the rivals it brings are
    # counted: the fit's sign, not asserted)
    way = "name"
    sure = confidence_of(way, Context())
    for doubt in ("as_object", "quoted_only"):
        assert confidence_of(way, Context(**{doubt: True})) < sure
