"""Round 50 (a deposition's transcript): words a lawyer reads from someone's message are the
sender's ("A few pages later, he read from a text message she had received from a county
commissioner, Lyle Braddock, two days before the deadline: “Hold the line. …”"), not the reader's."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_words_read_from_a_message_are_its_senders() -> None:
    found = quotes(
        "An assistant attorney general, Marcus Delgado, questioned the clerk, Darla Kincaid.",
        "A few pages later, he read from a text message she had received from a county"
        " commissioner, Lyle Braddock, two days before the deadline: “Hold the line. We’ve got"
        " your back.”",
    )
    assert found[-1].speaker == "Lyle Braddock"


def test_words_read_aloud_from_an_email_are_its_senders() -> None:
    (q,) = quotes(
        "Rep. Lena Ortiz read aloud from an email from Dwayne Whitcomb: “Hold trucks until full.”"
    )
    assert q.speaker == "Dwayne Whitcomb"
