"""Round 40: British copy of our own (a shirtmaker bought by an investor and a publisher's
imprint; a soap's character whom the next sentence's actor plays, after a body's "has said" or
by a given name alone; a part an actor takes over; a song voted a band's best, someone's year's
hit, by a band in capitals or written by someone after "Mr"; a player who scored; a designer
taken up as "The designer" beside the label of the same name; a firm called a trade's giant; a
horse that won "on" a day; someone's work of a subject; a titled work before its maker's
name; a race after "the" and a royal's title)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_makers_firm_bought_by_an_investor() -> None:
    assert (
        people_in(
            "Hilary Fenwick, the bootmaker bought by a Swiss family last year, said its sales rose."
        )
        == set()
    )
    # a filmmaker is someone; a maker's noun with no "bought by" is left to the pronoun
    assert "Ken Loach" in people_in("Ken Loach, the filmmaker bought by no one, said he was glad.")
    assert "Emma Willis" in people_in("Emma Willis, the shirtmaker, said she was busy.")


def test_a_publishers_imprint() -> None:
    assert people_in(
        "Hamish Grey, the Penguin imprint, said it had bought the memoir of Jo Hale."
    ) == {"Jo Hale"}


def test_a_character_after_a_bodys_has_said() -> None:
    assert people_in(
        "Ronnie Slater is to leave Albion Road after 20 years, the BBC has said.",
        "Tom Pryor, who has played the character since 2005, will film his last scenes in May.",
    ) == {"Tom Pryor"}
    # a person's own words in the sentence still keep the name a person's
    assert "Gordon Hale" in people_in(
        "Gordon Hale said he was to visit the set, the BBC has said.",
        "Tom Pryor, who has played the character since 2005, met him.",
    )


def test_a_character_whom_an_actor_plays_by_the_given_name() -> None:
    assert people_in(
        "Norris Cole is to open a new shop on the cobbles, Coronation Street's producers said.",
        "Malcolm Hebden, who has played Norris since 1994, said the storyline was fitting.",
    ) == {"Malcolm Hebden"}


def test_a_part_taken_over() -> None:
    assert people_in(
        "Ian Holm returns as Bilbo Baggins, with Martin Freeman taking over as Mary Pike."
    ) == {"Ian Holm", "Martin Freeman"}
    # a clause after "as": a successor's, no part
    assert "Tom Smith" in people_in("Jane Hill will take over as Tom Smith retires, the bank said.")


def test_a_song_voted_a_bands_best() -> None:
    assert (
        people_in("Daisy Rowe has been voted the Kinks' best song in a poll of Radio 2 listeners.")
        == set()
    )
    # a player voted the club's best player is someone
    assert "Daisy Rowe" in people_in("Daisy Rowe has been voted the club's best player this year.")


def test_someones_years_hit() -> None:
    assert people_in(
        "Billie Jean, Michael Jackson's 1983 hit, was the most played song on UK radio."
    ) == {"Michael Jackson"}


def test_a_titled_song_by_a_band_in_capitals_or_written() -> None:
    assert people_in("Mr Bright Moon by ELO was second in the poll.") == set()
    assert people_in("Jeff Lynne, who wrote Mr Bright Moon, said it made him smile.") == {
        "Jeff Lynne"
    }


def test_a_player_who_scored() -> None:
    assert "Matheus Cunha" in people_in(
        "Kevin Schade added the third, and Matheus Cunha scored for Wolves, who had lost."
    )


def test_the_designer_taken_up_beside_the_label() -> None:
    assert "Tom Ford" in people_in(
        "Tom Ford's new film has won the Silver Lion at the Venice film festival.",
        "The designer, who left the fashion house that bears his name in 2022, said he was glad.",
        "Tom Ford, the label, is now owned by Estée Lauder.",
    )


def test_a_firm_called_a_trades_giant() -> None:
    assert (
        people_in("Fannie Mae, the US mortgage giant, has been told to restate its accounts.")
        == set()
    )
    # a giant of no trade is someone
    assert "Seamus Heaney" in people_in("Seamus Heaney, the literary giant, died in 2013.")


def test_a_horse_that_won_on_a_day() -> None:
    assert people_in(
        "Hardy Eustace won the Champion Hurdle at Cheltenham on Tuesday.",
        "Trainer Dessie Hughes said he was thrilled with the horse.",
    ) == {"Dessie Hughes"}
    # a jockey who won on a horse is someone
    assert "Ruby Walsh" in people_in(
        "Ruby Walsh won the Champion Hurdle on Hardy Eustace on Tuesday.",
        "Trainer Dessie Hughes said he was thrilled with the horse.",
    )


def test_someones_work_of_a_subject() -> None:
    assert people_in("Kinsey, Bill Condon's biopic of the sex researcher, opens on Friday.") == {
        "Bill Condon"
    }
    # a person's role of someone's stays a role
    assert "Sally Pike" in people_in("Sally Pike, Tony Blair's adviser on health, said she agreed.")


def test_a_titled_work_before_its_makers_name() -> None:
    assert people_in("Mr Bean creator Rowan Atkinson said he had no plans for a series.") == {
        "Rowan Atkinson"
    }
    # a titled person before an aide's name is someone
    assert "Mr Blair" in people_in("Mr Blair aide Alastair Campbell said he was leaving.")


def test_the_royals_name_is_a_race() -> None:
    assert people_in("Frankie Dettori rode Doyen to victory in the King George.") == {
        "Frankie Dettori"
    }
    # a royal named with no article, or described after it, is someone
    assert people_in("The late King George was a keen sailor.") == {"George"}
