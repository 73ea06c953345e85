"""Round 49: "But Tanner himself, speaking to reporters in Billings, said he was “…”": an intensive
"himself" or "herself" after the subject's name is no part of it, and the aside after it is read
as after the name."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def test_himself_then_an_aside_then_said() -> None:
    found = quotes(
        "Brock’s campaign kept quiet. But Lyle Brock himself, speaking to reporters in Helena, "
        "said he was “grateful for every endorsement.”"
    )
    assert found[0].speaker == "Lyle Brock"


def test_herself_then_an_apposition_then_said() -> None:
    found = quotes(
        "Marta Vey herself, a nurse for thirty years, said the ward was “stretched to breaking.”"
    )
    assert found[0].speaker == "Marta Vey"
