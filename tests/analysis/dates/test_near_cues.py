"""The three rules searched for only near their cue: the same matches as a search of the whole
sentence, in order, on text where a stretch's bounds could cut a match or its look-ahead."""

from __future__ import annotations

import random
import re

import pytest

from briefings.analysis.dates import relative
from briefings.analysis.dates.relative import _matches

NEAR_CUES = [relative._YEAR_IN_CONTEXT, relative._MONTH_IN_CONTEXT, relative._WEEKDAY_RULE]


def _read(match: re.Match[str]) -> tuple[object, ...]:
    return match.span(), match.regs, match.groupdict()


SENTENCES = [
    "The plant closed at the end of 2019, and reopened in 2020.",
    "Output rose 20 percent in 2019 and in 2020 percent, said the THE END OF 2021 report.",
    "in   2019\t\tpercent; mid-2019; (in 2019) and since\n2018 %",
    "İN 2019 and ſince 2018 it stood, 192019 and 2019s, 2019’s and 20192020.",
    "Shoigu visited in July, during his July trip, the ministry’s March report, by Mar. 3.",
    "At the end of May 5 and the beginning   of\nSeptember, mid-June, Sept. or Mayor Dec.x",
    "It was Trump's May and the weekend of June, not in Jan 2019 nor Mayday in\u2003May",
    "LAST Monday, next Tuesday and this Wednesday; (last Thursday) Fridays Saturday.Sunday",
    "Talks resume Monday, last\tSunday\nor nexTuesday, next  Monday at 5.",
    "in in in in 2019 the the end of of the end of May of last last Monday",
    "\u2003in\u20032019 in\xa0July last\u2028Friday",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("pattern", NEAR_CUES, ids=["year", "month", "weekday"])
def test_the_matches_near_the_cues_are_the_whole_searchs(
    pattern: re.Pattern[str], sentence: str
) -> None:
    assert [_read(m) for m in _matches(pattern, sentence)] == [
        _read(m) for m in pattern.finditer(sentence)
    ]


PIECES = [
    *("in", "In", "İn", "ſince", "the", "The", "end", "of", "mid-", "mid", "-", "last", "LAST"),
    *("next", "this", "2019", "1999", "20202", "192019", "2019s", "2019’s", "percent", "%"),
    *("May", "March", "Mar.", "Sept.", "September", "Mayor", "January,", "5", "’s", "'s"),
    *("Trump’s", "Monday", "Tuesday,", "(last", "(in", "Mondays", "beginning", "summer", "x"),
    *(".", ",", "(", "\u0665", "19\u0665\u0665", "Dec.", "weekend", "until"),
]
SPACES = [" ", "  ", "\n", "\t", "\xa0", "", "\u2003", " \x1c"]


def test_the_matches_near_the_cues_on_text_made_of_the_rules_pieces() -> None:
    rng = random.Random(19)
    for _ in range(3000):
        sentence = "".join(
            rng.choice(PIECES) + rng.choice(SPACES) for _ in range(rng.randint(1, 12))
        )
        for pattern in NEAR_CUES:
            assert [_read(m) for m in _matches(pattern, sentence)] == [
                _read(m) for m in pattern.finditer(sentence)
            ], sentence


def test_other_rules_are_searched_whole() -> None:
    pattern = relative.RULES[0][0]
    sentence = "It was signed March 5, 2019."
    assert [m.span() for m in _matches(pattern, sentence)] == [
        m.span() for m in pattern.finditer(sentence)
    ]
