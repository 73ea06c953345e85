"""Attribution round 39 (recall): a pull quote signed inside its closing mark on a line of its own
("“I worry that …" / "Dean Baker, Center for Economic and Policy Research.”") is the signer's,
without the signature in its words."""

from __future__ import annotations

from briefings.analysis.quotes.finding.signed_lines import signed_line
from tests.analysis.quotes.passages import quotes


def test_a_signed_pull_quote_is_the_signers() -> None:
    (quote,) = quotes(
        "Governor Alice Brandt defended the budget on Monday.",
        '"A balanced budget in a recession is a choice to make the recession longer.',
        'Tomas Eriksen, Institute for Fiscal Studies."',
    )
    assert quote.speaker == "Tomas Eriksen"
    assert (
        quote.text == "A balanced budget in a recession is a choice to make the recession longer."
    )


def test_a_closing_line_of_the_quotation_itself_is_no_signature() -> None:
    assert signed_line("Thank you, Tucson, and good night.”") is None
    assert signed_line("Senator Sanders, we had been busy too.”") is None
    assert signed_line("Tomas Eriksen, Institute for Fiscal Studies.”") == (
        "”",
        "Tomas Eriksen, Institute for Fiscal Studies.",
    )
