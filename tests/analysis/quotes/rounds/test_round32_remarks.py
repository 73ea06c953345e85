"""Round 32 of attribution: a named person's remark, pledge or slogan quoted beside the noun is
theirs ("Garza’s campaign slogan is “…”", "DeLuca’s 2023 remark that “…”", "Brandt’s “not one new
tax” pledge"); a pronoun's or a body's is left to the rules before, and a remark a verb stands
between is not its owner's ("Grayson's spokeswoman challenged the assertion that …")."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_a_named_owners_remark_that_gives_the_quote_to_the_owner() -> None:
    assert speakers_in(
        "Mayor Vince Albano faces questions over rising bus fares.",
        "Critics have seized on Albano’s 2022 remark that “no rider in this city will pay a cent"
        " more.”",
    ) == ["Vince Albano"]


def test_a_slogan_is_the_quote_of_the_named_owner() -> None:
    assert speakers_in(
        "Rep. Carla Mendes opened her Senate campaign in Tucson on Monday.",
        "Mendes’s campaign slogan is “Water first, politics second,” the line she has used"
        " since 2016.",
    ) == ["Carla Mendes"]


def test_a_quoted_pledge_before_its_noun_is_the_owners() -> None:
    assert speakers_in(
        "Gov. Ron Teague signed the budget on Friday.",
        "The deal broke Teague’s “no new taxes, ever” pledge by raising the hotel fee.",
    ) == ["Ron Teague"]


def test_a_promise_that_a_short_clause_follows_is_the_owners() -> None:
    assert speakers_in(
        "Chief executive Lena Ostrom announced the plant on Thursday.",
        "Ostrom’s promise that the plant would “hire from the valley first” drew applause.",
    ) == ["Lena Ostrom"]


def test_a_verb_between_the_owner_and_the_noun_gives_the_owner_nothing() -> None:
    # the spokeswoman challenged someone else's assertion: not Grayson's words
    from briefings.analysis.quotes.clauses.frames.credited.remarks import remark_owner
    from briefings.analysis.speech.tokens import tokens

    toks = [
        *tokens("Grayson's spokeswoman challenged the assertion that Grayson had ever"),
        "\ue000",
        "\ue100",
        "\ue001",
    ]
    assert remark_owner(toks, toks.index("\ue100")) is None
