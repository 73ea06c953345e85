"""Round 27: British copy of our own (firms, brands and horses that own "its", are ridden or
are a firm's rival; parts played past an aside or "back as"; trophies; firms joined by "&";
results lines of full names)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_subject_whose_own_is_its_is_no_person() -> None:
    people = people_in(
        "Baker Kate Moss said Mr Crumble had its best summer for years.",
        "Rival RK Hollis has closed all its shops in Leeds.",
        "Paul Kemp was its best player in the final.",  # what someone is to a body
        "The fund backing Alan Reed is using some of its money on adverts.",  # an object
    )
    assert people == {"Kate Moss", "Paul Kemp", "Alan Reed"}


def test_a_names_rival_written_where_things_stand_is_a_things() -> None:
    people = people_in(
        "Hoover's rival Vera Lind said sales of its cordless models had doubled.",
        "Kerry's rival George Bush said he would win.",  # a person's rival, speaking as one
    )
    assert people == {"George Bush"}


def test_a_name_ridden_is_a_horse() -> None:
    people = people_in(
        "Jockey Ruby Hart will ride Mr Majestic in the Grand National.",
        "Sean Farr rode Thomas Darby to victory at Aintree.",
    )
    assert people == {"Ruby Hart", "Sean Farr"}


def test_a_part_after_back_as_is_no_person() -> None:
    people = people_in(
        "Colin Firth is back as Mark Darcy in the new film.",
        "Three mayors will not back Mr Trump, as has Carlos Gomez, the mayor of Dade.",
    )
    assert people == {"Colin Firth", "Mr Trump", "Carlos Gomez"}


def test_a_part_played_by_someone_past_an_aside_is_no_person() -> None:
    people = people_in("Uncle Bertie, the hero's uncle, is played by Jim Broadbent.")
    assert people == {"Jim Broadbent"}


def test_a_trophy_named_after_someone_is_no_person() -> None:
    people = people_in(
        "The Harry Jepson Trophy, for the final's best player, went to Sam Tomkins.",
    )
    assert people == {"Sam Tomkins"}


def test_a_given_name_after_an_ampersand_is_a_firms() -> None:
    people = people_in("Lyle & Scott and Jane Norman will bid for the shops, said Mark Price.")
    assert "Scott Norman" not in people and "Mark Price" in people


def test_full_names_beside_bt_are_players() -> None:
    people = people_in("Second round: Gerwyn Price bt Ricky Evans 3-2; Rob Cross bt Ian White 3-0.")
    assert {"Gerwyn Price", "Ricky Evans"} <= people


def test_a_name_described_as_a_work_about_something_is_no_person() -> None:
    people = people_in(
        "Netflix has ordered a second series of Nora Quill, the comedy about a Welsh vet.",
        "Viewers praised Tom Reed, the presenter about whom little is known.",  # a person's noun
    )
    assert people == {"Tom Reed"}


def test_a_show_recommissioned_is_no_person_whatever_its_title() -> None:
    people = people_in(
        "Father Dowling has been recommissioned for a third series by ITV.",
        "Presenter Dan Walker said the show was a joy.",
    )
    assert people == {"Dan Walker"}


def test_a_part_named_after_as_and_someones_kin_is_no_person() -> None:
    people = people_in("The drama also stars Anna Friel as Harry's widow, Rose.")
    assert people == {"Anna Friel"}


def test_a_part_named_by_a_plain_description_near_a_works_words_is_no_person() -> None:
    people = people_in(
        "Ruth Wilson is to star in a new BBC drama set in Cornwall.",
        "Wilson will play farmer Ellen Tregarth, who loses her land.",
        "Sheridan Smith will play postmistress Jenny Hale, Ellen's sister, a role she wanted.",
        "Tom Hardy is to play a Met Police detective, Frank Dorsey, in a thriller for ITV.",
        "Andy Murray will play top seed Roger Federer in the final of the series.",  # an opponent
        "Moriarty, played by Andrew Scott, died in the last series.",  # a passive's actor
    )
    assert people == {
        "Ruth Wilson",
        "Sheridan Smith",
        "Tom Hardy",
        "Andy Murray",
        "Roger Federer",
        "Andrew Scott",
    }


def test_a_name_taken_up_as_a_trainers_horse_ridden_by_someone_is_a_horse() -> None:
    people = people_in(
        "Harry Kestrel won the Welsh National at Chepstow on Saturday.",
        "Nicky Henderson's nine-year-old was ridden by Nico de Boinville.",
    )
    assert people == {"Nicky Henderson", "Nico de Boinville"}


def test_a_titled_song_by_a_band_is_no_person() -> None:
    people = people_in(
        "Mr Blue Sky, by The Move, has been voted the nation's favourite song.",
        "Mr Hart, by all accounts, was pleased.",  # no band: a man
    )
    assert people == {"Mr Hart"}


def test_dear_and_a_name_opening_a_sentence_is_a_title_not_a_greeting() -> None:
    people = people_in(
        "Dear Ellen Hollins is to open at the Old Vic in May.",
        "Dear Tom Hollis, thank you for your letter.",  # a letter's greeting
    )
    assert people == {"Tom Hollis"}


def test_a_name_opening_a_title_and_its_subtitle_is_no_person() -> None:
    people = people_in(
        "Nancy Drew: Girl Detective on the Run will open in cinemas in May.",
        "Colin Hart: he said it was a fine day.",  # a name before words of its own
    )
    assert people == {"Colin Hart"}


def test_a_club_a_player_signs_for_or_joins_on_a_deal_is_no_person() -> None:
    people = people_in(
        "Defender Tom Grey has signed for Hamilton Academical on loan.",
        "Winger Ryan Hardie has joined Dale Forest on a two-year deal.",
        "Singer Amy Shaw joined Tom Jones on stage.",  # someone joined on stage
    )
    assert people == {"Tom Grey", "Ryan Hardie", "Amy Shaw", "Tom Jones"}
