"""Round 45 (rolesB): a speaker's role is the job alone: no relative clause after it, no last word
linking it to a title or a name the text gives apart ("author of" → "author"), no "of" before a
body; a verb's phrase, a relative clause or a means ("through a spokesman") is no role."""

from __future__ import annotations

import pytest

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from briefings.analysis.speech.roles import role_near, whole_role


def _role(*paragraphs: str) -> str | None:
    found = [q for q in extract_quotes(ArticleText(None, paragraphs)) if q.speaker]
    return found[0].speaker_role


def test_a_relative_clause_after_a_speakers_job_is_no_part_of_it() -> None:
    role = _role(
        "“The council was wrong,” said Rita Moss, a former mayor of Exeter who now runs a charity."
    )
    assert role == "former mayor of Exeter"


def test_a_job_cut_before_a_works_title_ends_before_its_link() -> None:
    assert _role("“It is a great book,” said Jon Hale, the author of “Quiet Rivers.”") == "author"


@pytest.mark.parametrize(
    ("role", "whole"),
    [
        ("former aide to Mr", "former aide"),
        ("spokeswoman for the utility, which sponsors the show", "spokeswoman for the utility"),
        ("co-author of", "co-author"),
        ("Secretary of State", "Secretary of State"),
        ("Trade and Industry Secretary", "Trade and Industry Secretary"),
        ("spokesman for Mrs. Clinton", "spokesman for Mrs. Clinton"),
        ("of", None),
        ("of Halden Capital Partners", "Halden Capital Partners"),
        ("who’d earlier backed the mayor", None),
        ("whom the board appointed treasurer", None),
        ("through a family spokesman", None),
        ("declined to discuss the offer", None),
        ("posted on her website", None),
        ("elected official", "elected official"),
        ("acting director", "acting director"),
        ("leading expert on Iran", "leading expert on Iran"),
    ],
)
def test_whole_role(role: str, whole: str | None) -> None:
    assert whole_role(role) == whole


def test_an_apposition_reads_on_past_a_courtesy_titles_full_stop() -> None:
    paragraphs = ["Owen Pryce, a spokesman for Mrs. Quill, said the budget was ready."]
    assert role_near("Owen Pryce", paragraphs) == "spokesman for Mrs. Quill"
