"""Round 44 (local copy): a name set beside a description opening its sentence is the subject
past two short asides, an age and a job ("Hale’s neighbor, Rita Kowalczyk, 58, a packer on the
second shift, said she …"): a "she" after it is hers, not the owner's before the description."""

from __future__ import annotations

import pytest

from tests.analysis.quotes.passages import quotes


@pytest.mark.parametrize("owner", ["Hale’s", "His", "The"])
def test_a_she_after_an_apposed_name_with_an_age_and_a_job(owner: str) -> None:
    (q,) = quotes(
        f"{owner} neighbor, Rita Kowalczyk, 58, a packer on the second shift, said she had"
        " already applied at two warehouses. “They want people who can lift 50 pounds all day,”"
        " she said."
    )
    assert q.speaker == "Rita Kowalczyk"  # not Hale, nor no one
