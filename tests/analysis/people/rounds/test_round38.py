"""Round 38: British copy of our own (the next sentence taking up a trade's firm by its trade
before "its"; a firm's "it" after its trade's apposition with an act a person does too; a
qualified work's apposition with "about"; a firm speaking of its own past a "whose" clause or
appealing; a person after an apposition who is "he" or "she"; a title's capitalised
preposition before a body's last word; a titled name after "starred in", a work's)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import people_in


def test_the_trade_taking_up_the_firm_before_its() -> None:
    assert (
        people_in(
            "Walter Blake, the Ford dealer, has opened a showroom in Hull.",
            "The dealer said its sales had doubled.",
        )
        == set()
    )
    # the trade's "he", or another noun's article first, keep the person
    assert "Walter Blake" in people_in(
        "Walter Blake, the Ford dealer, has opened a showroom in Hull.",
        "The dealer said he would hire 20 staff for its workshop.",
    )
    assert "Walter Blake" in people_in(
        "Walter Blake, the Ford dealer, has opened a showroom in Hull.",
        "The dealer said the council had cut its fees.",
    )


def test_a_trades_firm_says_it_did_what_a_person_does_too() -> None:
    assert (
        people_in("Edith Carr, the publisher, said it would print 200,000 copies of the memoir.")
        == set()
    )
    assert people_in("Lionel Ward, the auditor, said it had found errors in the accounts.") == set()
    # what a thing does, or a person's pronoun, keep the person
    assert "Edith Carr" in people_in("Edith Carr, the publisher, said it would take months.")
    assert "Lionel Ward" in people_in(
        "Lionel Ward, the auditor, said it had found errors he had warned of."
    )


def test_a_qualified_works_apposition_with_about() -> None:
    assert people_in(
        "Mr Fairweather, the ITV drama about a Yorkshire vet, is to return.",
        "Lucy Gray will again play the vet's wife.",
    ) == {"Lucy Gray"}
    # a qualified person's noun with "about" keeps the person
    assert "Mr Fairweather" in people_in(
        "Mr Fairweather, the BBC chief about to retire, said he was proud."
    )


def test_a_firm_speaks_of_its_own_past_a_whose_clause() -> None:
    assert (
        people_in(
            "Tilly Marsh, whose candles are sold in 30 countries, said it would keep its Leeds office."
        )
        == set()
    )
    assert people_in("Hartley Vane said it would appeal against the fine.") == set()
    # a thing's "it", or "he", keep the person
    assert "Tilly Marsh" in people_in(
        "Tilly Marsh, whose candles are sold in 30 countries, said it would take a year."
    )
    assert "Hartley Vane" in people_in("Hartley Vane said it would take months to appeal.")


def test_a_person_after_an_apposition_who_is_he_or_she() -> None:
    assert people_in("Kwesi Boakye, the tailor, said he had made suits for 30 years.") == {
        "Kwesi Boakye"
    }
    assert people_in(
        "Harriet Hall, a barrister at the chambers, said she would appeal.",
    ) == {"Harriet Hall"}
    # a firm's "it" is no one's
    assert people_in("Kwesi Boakye, the tailor, said it had made suits for 30 years.") == set()


def _kinds(*paragraphs: str) -> dict[str, str | None]:
    return {e.name: e.kind for e in extract_entities(ArticleText(None, paragraphs))}


def test_a_title_with_a_capitalised_preposition_is_no_body() -> None:
    found = _kinds("The choir sang Bridge Over Troubled Water at the service.")
    assert found.get("Bridge Over Troubled Water") not in {"organisation", "person"}
    # a body's name ending in its noun, or with "of" in lower case, stays a body
    assert _kinds("Thames Water said bills would rise.")["Thames Water"] == "organisation"
    assert _kinds("Dwr Cymru Welsh Water said bills would rise.")["Dwr Cymru Welsh Water"] == (
        "organisation"
    )


def test_a_titled_name_starred_in_is_a_work() -> None:
    assert people_in("Clive Owen starred in King Arthur, which opens on Friday.") == {"Clive Owen"}
    assert people_in(
        "Judi Dench, who starred in Mrs Henderson Presents, said she was thrilled."
    ) == {"Judi Dench"}
    # a possessive is the person's whose the work or the office is
    assert "Mr Blair" in people_in("She had a role in Mr Blair's government.")
