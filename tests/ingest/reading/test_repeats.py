"""A caption or pull quote printed twice is taken once: the second copy is no article text."""

from __future__ import annotations

from briefings.ingest.reading.cleaning import clean_text

LEDE = "The council voted on Tuesday to close the old bridge to traffic until the spring."
PULL = "“We cannot wait for it to fall down,” the mayor said."
CLOSE = "Repairs are expected to cost about four million dollars, officials said on Tuesday."


def test_a_paragraph_repeated_in_another_case_or_spacing_is_dropped() -> None:
    again = "“WE CANNOT wait  for it\tto fall down,”   the mayor said."
    cleaned = clean_text(f"{LEDE}\n\n{PULL}\n\n{CLOSE}\n\n{again}", has_title=True)
    assert cleaned.paragraphs == [LEDE, PULL, CLOSE]
    assert " ".join(again.split()) in cleaned.removed


def test_a_paragraph_differing_in_its_words_stays() -> None:
    other = "“We cannot wait for it to fall down,” the engineer said."
    cleaned = clean_text(f"{LEDE}\n\n{PULL}\n\n{other}", has_title=True)
    assert cleaned.paragraphs == [LEDE, PULL, other]
