"""Round 54 attrAQ: US political news ("who ran an ad calling him “…”", "the senator said then",
a former House chairman, a paper named like a role, names mis-encoded as UTF-8 read as cp1252)."""

from __future__ import annotations

from briefings.analysis.common.mojibake import repaired_names
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str, threshold: float | None = None) -> str | None:
    article = ArticleText(None, paragraphs)
    found = extract_quotes(article) if threshold is None else extract_quotes(article, threshold)
    return next(q.speaker for q in found if piece in q.text)


def test_a_mis_encoded_given_name_is_read_again_with_its_gender() -> None:
    # "JosÃ©" is "José" read byte by byte as cp1252: repaired, it is a man's name, and the
    # "he" after a woman pressed him is his
    speaker = _speaker(
        "State Sen. JosÃ© Quintero said the crossings would bring jobs. His colleague, Sen."
        " RenÃ©e Salcedo, has called the plan a giveaway.",
        "Salcedo pressed Quintero for an hour on the estimates. “These numbers come from the"
        " department, not from me,” he said.",
        piece="These numbers",
    )
    assert speaker == "José Quintero"


def test_only_words_that_read_back_as_letters_are_repaired() -> None:
    assert repaired_names("FranÃ§ois Delattre and SÃ©golÃ¨ne Royal") == (
        "François Delattre and Ségolène Royal"
    )
    assert repaired_names("Ã‰milie Durand") == "Émilie Durand"
    # lower-case words, and pairs that are no UTF-8 letter, are left as written
    assert repaired_names("On espÃ ̈re, Ã la carte") == "On espÃ ̈re, Ã la carte"
