"""Round 39: British copy of our own (a player "sent off"; the actor who "returns as" a part, not
the character; an actor's billing with "back as"; a member's seat after "MP for" read as a role;
a horse "ridden by" someone; a firm hiring staff by the thousand; a firm that builds or has won an
auction; a brand's apposition closed by an irregular participle; a verb after "also" closing an
actor's relative clause; a titled song "by the" and a band in the plural)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_player_sent_off() -> None:
    assert "Torbjorn Lund Haug" in people_in(
        "Burnley, who had Torbjorn Lund Haug sent off, lost 2-0 at Leeds."
    )


def test_the_actor_who_returns_as_a_part_is_no_character() -> None:
    assert "Kerstin Vale" in people_in(
        "Kerstin Vale returns as Lady Ashcombe, now a widow, in the second series.",
        "Marian Hesketh, who created the character in 2019, wrote every episode.",
    )
    # a name that opens the sentence with no actor's "as" is still the character
    assert "Geraldine Granger" not in people_in(
        "Geraldine Granger is to return for two specials.",
        "Dawn French, who plays the vicar, said she was delighted.",
    )


def test_an_actors_billing_back_as_a_part() -> None:
    people = people_in("The sequel opens on Friday, with Colin Firth back as Edmund Lacey.")
    assert people == {"Colin Firth"}


def test_a_members_seat_after_mp_for() -> None:
    assert people_in(
        "Anna Pryce, the Labour MP for Milton Keynes North, said the town needed a hospital."
    ) == {"Anna Pryce"}


def test_a_horse_ridden_by_someone() -> None:
    assert people_in(
        "Archie Rowan won the Grand Sefton Chase at Aintree on Saturday, ridden by Sean Bowen.",
        "The eight-year-old, trained by Dan Skelton, is now favourite for the National.",
    ) == {"Sean Bowen", "Dan Skelton"}


def test_a_firm_hiring_staff_by_the_thousand() -> None:
    assert people_in("Arthur Price is to hire 2,000 seasonal staff for its warehouses.") == set()
    # a boss hiring at a named firm keeps the person
    assert "Arthur Price" in people_in("Arthur Price is to hire 2,000 staff at Sheffield Cutlery.")


def test_a_firm_that_builds_or_won_an_auction() -> None:
    assert people_in("Bryant Homer said it would build fewer flats in London this year.") == set()
    assert (
        people_in("Hector Vane, the publisher, said it had won a six-way auction for the memoir.")
        == set()
    )
    # a book wins a prize: the publisher's "it" is the book's
    assert "Hector Vane" in people_in("Hector Vane, the publisher, said it had won the Booker.")


def test_a_brands_apposition_closed_by_an_irregular_participle() -> None:
    assert (
        people_in("Ruby Marsh, the shoe brand bought by Next in 2022, is to open ten shops.")
        == set()
    )


def test_a_verb_after_also_closes_an_actors_clause() -> None:
    assert people_in("Nadia Shaw, who plays Ellen Pike, also won best actress.") == {"Nadia Shaw"}


def test_a_titled_song_by_a_plural_band() -> None:
    assert people_in(
        "Mr Sunshine by the Wanderers has spent 200 weeks in the chart.",
        "Danny Reece, the band's singer, said he still loved it.",
    ) == {"Danny Reece"}
    # a person inside the sentence, done to by a party or a club, stays a person
    assert "Mr Hart" in people_in("The sacking of Mr Hart by the Blues shocked fans, Mr Hart said.")
