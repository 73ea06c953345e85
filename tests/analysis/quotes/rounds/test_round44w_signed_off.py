"""Round 44 (wire copy): a roundup's item ends on a sign-off line ("— Reuters", "— AP",
"(Reporting by …; Editing by …)"); a "he" in the next item does not reach back past it to the
person the item before named: no one. With no sign-off between, as before."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes, speaker_of

ITEM = (
    "Gov. Hollis Treadway toured the flooded area. “Nobody should have to choose,” Treadway said."
)
NEXT = "“We cannot afford to eat, and they want us to pay more,” he said."


@pytest.mark.parametrize(
    "sign_off",
    [
        "— Reuters",
        "— AP",
        "-- Associated Press",
        "(Reporting by Ann Lee; Editing by Mark Heinrich)",
    ],
)
def test_a_he_after_a_sign_off_is_no_one(sign_off: str) -> None:
    found = quotes(ITEM, sign_off, "Protesters marched in Nairobi against a finance bill.", NEXT)
    assert speaker_of(found, "Nobody should have to choose") == "Hollis Treadway"
    assert speaker_of(found, "cannot afford to eat") is None  # not Treadway, of the item before


def test_with_no_sign_off_the_he_goes_on() -> None:
    found = quotes(ITEM, "He said the state would pay for weekend hours.", NEXT)
    assert speaker_of(found, "cannot afford to eat") == "Hollis Treadway"
