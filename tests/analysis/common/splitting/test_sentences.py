"""Sentence splitting finds syntok's sentences, whether or not it runs syntok to find them."""

from __future__ import annotations

import pytest

from briefings.analysis.common.splitting.sentences import split_sentences
from briefings.analysis.common.splitting.syntok_spans import (
    _certain_ends,
    _syntok_spans,
    one_sentence,
    sentence_spans,
)

PARAGRAPHS = [
    "The talks ended on Tuesday.",
    "The talks ended. The envoy left for Seoul. “We are done,” he said.",
    "Officials in the U.S. and South Korea met. U.S. Army officers joined them.",
    "The U.S. The Pentagon said so.",  # "The" opens a sentence even after initials
    "It costs 3.5 million won, he said at 9 a.m. on Monday.",
    "Gen. Mark Milley spoke. Mr. Kim did not.",
    "He lost No. 5 in the rankings. No. He did not.",
    "The meeting (in Geneva) ended. Then they left.",
    "He said: “Go home.” Then he left; the others stayed. Why? Nobody knows!",
    "World War II. It ended. The band played Act I. Then II.",
    "It ended.The end.",
    "Kim Jong Un’s sister warned Seoul. NoSo was not there.",
    "Wait... what? Yes!",
    "  Leading spaces. And trailing ones.  ",
    "It was great, Mrs. Rossi said. Donald J. Tanaka agreed with Sen. Anna Ferreira.",
    "It was great, Mr. DuHaime said.",  # "Du" opens sentences: syntok ends one after "Mr."
    "He met Mr. Schmidt’s aides. Then Gen. It ended.",
    " \ue000\ue100\ue001, Ms. Turner said.  \ue000\ue101\ue001.",  # a masked paragraph
    "He said. \ue000\ue100\ue001 it was.",
    "Trump said. ''But this isn't like it.'' It is ''New York, New York.'' Giant screens.",
    'It was O’Donnell.” But Kelly went on. It was path." Fiorina left.',
    "He told CNN. She left. The RNC. Expecting more. Act II. Then XIV. Then NO. 5A.",
    "It was a \ue000\ue100\ue001. Republican leaders said \ue000\ue101\ue001.",
    "Mr. Cruz met Mrs. Clinton. Gen. Barry R. McCaffrey agreed with Mr. DeSantis.",
    "Retired in Cambridge, Mass., he said at 9 a.m.: the U.S.-Mexican border. A 1.5-point lead.",
    "Tebow; Rep. Smith said ...; and a;b. Then x.Y and é.B.",
    "Sen. Chris Murphy (D-Conn.) said so. Then he left. (He came back. The end.) It was over.",
    "He left (see below. Then more) and so on. Then (AP) it ended. The talks ( went on.",
    'It ended. The ship ( " )" sailed. Then it sank. [1] It was late.',
    "It rose in 2012. The fall came at least 57. Forty-eight left. In 12. May was hot. At 99. Okt.",
    "Voters in New York; and in N.H.; the others.” It ended 12. 5 were left;",
    "Ben Cardin (Md.) said so. Mitch McConnell (R-Ky.) agreed (twice) (loudly). Smith (R) The end.",
    "“WASHINGTON (AP) — Donald Trump spoke. WASHINGTON (AP) — He left. It was. (Later.) Done.",
    "It was (A. Author et al. and the rest of a very long citation. Which goes on.) late. Then x.",
    "He went (after [a] talk) home. He left (early. Then late) and (The end.) He said. (a",
    "It votes Feb. 27. On Sept. 11, 2001 it ended; Mr. Park won. Jan. 5th was set; Sept. 3-4 too.",
    "Deputy chief of staff; Under Secretary Kim; Gen; Smith and 41-40; Costa. It was 12; Jan then.",
    # words after an opening quote or a hyphen, and what syntok reads otherwise
    "He won re-election. He met al-Assad. The 46-year-old. Nagorno-Karabakh. Armenian forces left.",
    "It was “unhinged.” Sen. Graham said “Sanity.” In the end it was 'nonsense.' The end came.",
    'They said "Enough. It is over." ‘Yes.’ No one cared. He met ex-Gen. Smith and ex-Sen. Jones.',
    "It was COVID-19. The 1-8. Sanders won the U.S.-led. The World War-II. Then the 2016-Election. "
    "Then a x-Ray. Then the co-Chair. Then the anti-TRUMP. Then well-No. 5 and the mid-Jan. 5 vote.",
    "The re-election.” He left. The “re-election. He left. A pre-Sept. 11 plan. It was a well-II. Yes.",
]


@pytest.mark.parametrize("paragraph", PARAGRAPHS)
def test_spans_are_syntoks(paragraph: str) -> None:
    assert sentence_spans(paragraph) == _syntok_spans(paragraph, 0)


def test_sentences_of_a_paragraph() -> None:
    assert split_sentences("The talks ended. The U.S. Army said “No. Never.” And that was it.") == (
        "The talks ended.",
        "The U.S. Army said “No. Never.”",
        "And that was it.",
    )


def test_a_word_after_a_quote_or_a_hyphen_ends_a_sentence_without_syntok() -> None:
    text = "He won re-election. “Sanity.” In the 46-year-old. Then ex-Gen. Smith left."
    ends = [text[word:spaces] for word, spaces, _ in _certain_ends(text)]
    assert ends == ["re-election.", "“Sanity.”", "46-year-old."]  # not after "Gen", an abbreviation
    assert sentence_spans(text) == _syntok_spans(text, 0)


def test_a_point_after_a_name_needs_no_syntok() -> None:
    text = "Gen. Mark Milley met Mr. Kim and Donald J. Tanaka, Mrs. Rossi said."
    assert one_sentence(text)
    assert _syntok_spans(text, 0) == [(0, len(text))]


def test_a_piece_of_a_paragraph_without_brackets_is_not_searched_for_them_again() -> None:
    text = "It ended (see below. Then more) and so on."
    assert one_sentence(text)  # the bracket is skipped, and the mark in it
    assert not one_sentence(text, opens=False)  # told there is none: the mark is weighed
