"""Round 23: British entertainment copy of our own (parts, characters and titles named like people)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import people_in


def test_a_part_made_by_someone_in_the_passive_is_no_person() -> None:
    people = people_in(
        "Daniel Craig will play James Bond for a fifth time.",
        "James Bond was created by Ian Fleming in 1953.",
        "John Smith was backed by Tom Jones.",  # no making: both people
    )
    assert people == {"Daniel Craig", "Ian Fleming", "John Smith", "Tom Jones"}


def test_a_part_an_apposition_says_an_actor_plays_is_no_person() -> None:
    people = people_in(
        "David Brent, the manager played by Ricky Gervais, has become a comic icon.",
        "Gervais wrote the series with Stephen Merchant.",
    )
    assert people == {"Ricky Gervais", "Stephen Merchant"}


def test_a_name_told_one_of_a_shows_characters_is_no_person() -> None:
    people = people_in(
        "Una Stubbs, who plays Mrs Hudson in Sherlock, has been made an MBE.",
        "Mrs Hudson has become one of the show's best-loved characters.",
        "Kelly Holmes has become one of the nation's best-loved characters.",  # a nation's: a person
    )
    assert people == {"Una Stubbs", "Kelly Holmes"}


def test_a_title_opened_by_a_titled_characters_possessive_is_no_person() -> None:
    assert not people_in("Mrs Brown's Boys has won the award for best sitcom.")


def test_a_makers_or_a_managers_possessive_before_a_title_stays_a_person() -> None:
    people = people_in(
        "Mrs Brown's Boys has won the award for best sitcom.",
        "Chef Gordon Ramsay has opened a second restaurant.",
        "Gordon Ramsay's Kitchen has won a Michelin star.",
        "Arsene Wenger's Arsenal have won the league.",
        "Bob Dylan's Chronicles has been named book of the year.",
    )
    assert people == {"Gordon Ramsay", "Arsene Wenger", "Bob Dylan"}


def test_a_name_listed_with_a_band_and_more_unknown_acts_than_people_is_no_person() -> None:
    people = people_in(
        "Arctic Monkeys, Franz Ferdinand and Keane are among the acts due to play.",
        "The shortlist includes Arctic Monkeys, Kaiser Chiefs, Amy Winehouse and Lily Allen.",
    )
    assert people == {"Amy Winehouse", "Lily Allen"}  # two bands beside two people: people


def test_actors_a_starring_verb_takes_stay_people_beside_a_work_named_after_one() -> None:
    people = people_in(
        "The film starred Renee Zellweger and Hugh Grant.",
        "The Hugh Grant film Notting Hill came second.",
    )
    assert people == {"Renee Zellweger", "Hugh Grant"}


def test_a_given_name_and_a_parks_word_after_a_doers_word_is_a_person() -> None:
    assert people_in("Wallace and Gromit creator Nick Park has won an Oscar.") == {"Nick Park"}


def test_names_a_list_of_characters_introduces_are_no_people() -> None:
    people = people_in(
        "Harry Enfield and Paul Whitehouse are to revive their sketch show.",
        "Characters such as Kevin the Teenager and Tim Nice-But-Dim will return.",
    )
    assert people == {"Harry Enfield", "Paul Whitehouse"}


def test_a_titled_name_before_a_works_noun_is_a_works_not_a_persons() -> None:
    people = people_in(
        "Rowan Atkinson is to star in a new Mr Bean film.",
        "Mr Bean's Holiday will be released next Easter.",
    )
    assert people == {"Rowan Atkinson"}


def test_an_initial_with_no_stop_and_a_surname_is_a_firm_unless_it_speaks_as_a_person() -> None:
    people = people_in(
        "Tesco and J Sainsbury both reported higher sales.",
        "Chief executive Justin King said J Sainsbury would open 30 new stores.",
        "Shop owner T Patel said he was pleased.",
        "J Smith said he would stay.",
    )
    assert people == {"Justin King", "T Patel", "J Smith"}


def test_a_name_taken_up_as_a_firm_beside_where_it_acted_is_no_person() -> None:
    people = people_in(
        "Bernard Matthews has cut 130 jobs at its turkey plant in Norfolk.",
        "The company blamed bird flu for the fall in sales.",
        "Tony Blair met Bill Clinton in London. The company said it was pleased.",  # met: people
    )
    assert people == {"Tony Blair", "Bill Clinton"}


def test_two_given_names_joined_by_a_hyphen_open_a_persons_name() -> None:
    people = people_in("Sven-Goran Eriksson has named Wayne Rooney in his World Cup squad.")
    assert people == {"Sven-Goran Eriksson", "Wayne Rooney"}


def test_a_name_after_a_verb_of_acting_or_writing_and_by_is_a_person() -> None:
    people = people_in("Jamal Malik, the film's hero, is played by Chiwetel Ejiofor.")
    assert people == {"Chiwetel Ejiofor"}


def test_a_place_like_name_with_a_persons_own_pronoun_is_a_person() -> None:
    people = people_in(
        "Charlotte Church has released her first pop album.",
        "Hyde Park has hosted its first concert.",
    )
    assert people == {"Charlotte Church"}


def test_a_titled_part_an_actor_plays_in_a_work_is_no_person() -> None:
    people = people_in(
        "Una Stubbs, who plays Mrs Hudson in Sherlock, has been made an MBE.",
        "Tom Smith played Mr Jones in London.",  # a place: no work
    )
    assert people == {"Una Stubbs", "Tom Smith", "Mr Jones"}


@pytest.mark.parametrize(
    "text",
    [
        "Julie Walters plays Mrs Weasley in the Harry Potter films.",
        "Julie Walters will voice Mr Toad in a new version of The Wind in the Willows.",
    ],
)
def test_a_part_played_or_voiced_in_a_titled_work_or_a_version_is_no_person(text: str) -> None:
    assert people_in(text) == {"Julie Walters"}


def test_a_name_closing_a_title_of_a_common_noun_and_of_is_no_person() -> None:
    people = people_in(
        "The Secret Diary of Adrian Mole has been turned into a musical.",
        "The Bishop of Durham, Tom Wright, said it was a fine show.",
    )
    assert people == {"Tom Wright"}


def test_a_part_named_after_as_and_what_it_is_is_no_person() -> None:
    people = people_in(
        "The film stars Hilary Swank as a boxer, Maggie Fitzgerald.",
        "Tom Smith, who works as a nurse, Jane Smith and Bob Jones spoke.",  # no acting
    )
    assert people == {"Hilary Swank", "Tom Smith", "Jane Smith", "Bob Jones"}
