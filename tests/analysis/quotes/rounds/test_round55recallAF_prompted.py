"""Round 55: a quotation a speech verb in the infinitive introduces, after an object that
"leading", "prompted" or "caused" moves ("…, leading advisers like Gene Sperling to counter that
“…”"), is that object's words; a body or an object pronoun moved so stays no one's."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText, FoundQuote


def quotes(*paragraphs: str) -> list[FoundQuote]:
    return extract_quotes(ArticleText(None, paragraphs))


def test_the_one_led_to_counter_speaks() -> None:
    found = quotes(
        "The senator’s fact-check on the mill closures was shared 4,000 times on Wednesday,"
        " leading union advisers like Teresa Okonjo to counter that “every job that came back,"
        " the senator voted against.”",
    )
    assert [(q.text, q.speaker) for q in found] == [
        ("every job that came back, the senator voted against", "Teresa Okonjo")
    ]


def test_the_one_prompted_to_declare_that_speaks() -> None:
    found = quotes(
        "The budget vote on Tuesday prompted Mayor Ann Ruiz to declare that the council had been"
        " “reckless with the city’s future.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("reckless with the city’s future", "Ann Ruiz")]


def test_a_body_led_to_say_is_no_one() -> None:
    found = quotes(
        "The ruling led the company to say that it was “deeply disappointed.”",
    )
    assert [(q.text, q.speaker) for q in found] == [("deeply disappointed", None)]
