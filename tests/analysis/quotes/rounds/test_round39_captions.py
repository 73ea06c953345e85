"""Round 39: the paragraph after a photo's credit line that reads as its caption ("Sanford police
officer Timothy Smith holds up the gun …") names no one a later "he added" means."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.quotes.finding.captions import is_caption, is_photo_credit
from briefings.analysis.results import ArticleText


def test_a_pronoun_after_a_caption_means_the_article_s_speaker() -> None:
    found = extract_quotes(
        ArticleText(
            None,
            (
                "Clayton Dorsey, a rancher, said the rifle was “a piece of American history.”",
                "POOL New/Reuters.",
                "Police officer Timothy Smith holds up the rifle during the 2014 trial.",
                "“Every dollar goes to families fighting federal overreach,” he added.",
            ),
        )
    )
    assert [q.speaker for q in found] == ["Clayton Dorsey", "Clayton Dorsey"]


def test_credits_and_captions() -> None:
    assert is_photo_credit("Getty.") and is_photo_credit("AP Photo/Evan Vucci")
    assert not is_photo_credit("The Associated Press reported on Monday.")
    credit = "Getty Images."
    assert is_caption("Donald Trump speaks at a rally in Greensboro on June 14.", credit)
    assert not is_caption("After Trump announced his run, Smith said he was shocked.", credit)
