"""The attribution confidence: the fitted model's probability from the way found and the context."""

from __future__ import annotations

from briefings.analysis.quotes.confidence import THRESHOLD, Context, confidence_of, table
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def test_the_shipped_model_is_a_logistic_model_with_its_threshold() -> None:
    model = table()
    assert set(model) == {"threshold", "bias", "weights", "caps"}
    assert 0.0 < THRESHOLD < 1.0
    assert 0.0 < confidence_of("name") < 1.0
    assert confidence_of("") == 0.0
    # the nearest-name fallback is never surer than its share right on the tuning data
    assert confidence_of("pronoun, nearest name") <= model["caps"]["nearest name"] < THRESHOLD  # type: ignore[index]


def test_an_adjacent_name_is_surer_than_a_pronoun_resolved_far_or_a_nearest_name() -> None:
    alone = Context(rivals=0, named_here=True, distance=0)
    assert confidence_of("name", alone) > THRESHOLD
    assert confidence_of("name", alone) > confidence_of("pronoun, earlier paragraph, rival", alone)
    assert confidence_of("pronoun, nearest name", alone) < THRESHOLD


def test_other_people_named_near_the_quote_lower_the_confidence() -> None:
    alone = Context(rivals=0, named_here=True, distance=0)
    crowded = Context(rivals=3, named_here=False, distance=2)
    assert confidence_of("pronoun", crowded) < confidence_of("pronoun", alone)


def test_the_context_reaches_the_quote() -> None:
    """Two men named in the paragraph before the pronoun: less sure than one."""
    one = ArticleText(None, ("John Ray spoke in Leeds.", "“We will win,” he said."))
    two = ArticleText(
        None, ("John Ray met Tom Smith and Bill Jones in Leeds.", "“We will win,” he said.")
    )
    sure = extract_quotes(one, threshold=0.0)[0]
    less = extract_quotes(two, threshold=0.0)[0]
    assert sure.speaker == "John Ray"
    assert less.confidence < sure.confidence


def test_two_people_of_the_speakers_gender_nearby_make_a_pronoun_less_sure_than_a_man_and_a_woman() -> (
    None
):
    """The rival that matters for "he" is another man: a woman named beside him leaves it surer."""
    woman = ArticleText(
        None, ("John Ray met Mary Smith in Leeds on Monday.", "“We will win,” he said.")
    )
    man = ArticleText(
        None, ("John Ray met Tom Smith in Leeds on Monday.", "“We will win,” he said.")
    )
    with_a_woman = extract_quotes(woman, threshold=0.0)[0]
    with_a_man = extract_quotes(man, threshold=0.0)[0]
    assert with_a_woman.speaker == "John Ray"
    assert with_a_man.confidence < with_a_woman.confidence


def test_a_name_that_reads_as_a_body_or_a_work_is_less_sure_than_a_person() -> None:
    person = Context(rivals=0, named_here=True, distance=0, gendered=True)
    body = Context(rivals=0, named_here=True, distance=0, gendered=False, thing=True)
    assert confidence_of("name", body) < confidence_of("name", person)
    named_inside = Context(rivals=0, named_here=True, distance=0, in_quote=True)
    assert confidence_of("surname", named_inside) < confidence_of("surname", person)
