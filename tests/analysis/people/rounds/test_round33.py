"""Round 33: British copy of our own (horses, ships, songs, shops and brands named like people that
the article, not their own sentence, shows are things; a surname like a place's before "who")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_horse_the_next_sentence_calls_the_colt() -> None:
    people = people_in(
        "Harry Angel is the favourite for Saturday's July Cup at Newmarket.",
        "Clive Cox said the colt was in the form of his life.",
    )
    assert people == {"Clive Cox"}
    # a rider's sentence keeps the rider
    assert "Paul Townend" in people_in(
        "Paul Townend will ride at Cheltenham on Tuesday.",
        "Willie Mullins said the horse was in great shape.",
    )


def test_a_ship_that_sails_and_the_next_sentence_calls_the_ship() -> None:
    people = people_in(
        "Queen Anne will sail from Southampton on her first world cruise in January.",
        "Cunard said the ship was fully booked.",
        "Katie McAlister said demand had never been higher.",
    )
    assert people == {"Katie McAlister"}
    assert "Anne" in people_in(
        "Queen Anne will sail from Southampton on her first world cruise in January.",
        "She said the voyage would be her last.",
    )


def test_a_song_the_next_sentence_says_someone_else_wrote() -> None:
    people = people_in(
        "A new string arrangement of Eleanor Rigby will open the Proms.",
        "Paul McCartney wrote the song in 1966.",
    )
    assert people == {"Paul McCartney"}
    # the singer named with the song is no song
    assert "Olivia Dean" in people_in(
        "Olivia Dean wrote the song in 2023.",
        "Olivia Dean said it was about her grandmother.",
    )


def test_a_possessive_a_verb_follows_is_a_shops() -> None:
    people = people_in(
        "Aunt Bessie's has been sold to Nomad Foods.",
        "Stefan Descheemaeker said the brand was much loved.",
    )
    assert people == {"Stefan Descheemaeker"}
    assert "Bessie" in people_in("Aunt Bessie's recipe was handed down to her nieces.")


def test_a_titled_name_with_figures_up_or_down_is_a_brands() -> None:
    people = people_in(
        "Diageo said sales of its rum brands fell, with Captain Morgan down 4%.",
        "Nik Jhangiani said the firm was confident.",
    )
    assert people == {"Nik Jhangiani"}
    assert "Morgan" in people_in("Captain Morgan said the crew were ready.")


def test_a_titled_name_before_plural_goods_is_a_brands() -> None:
    people = people_in(
        "Mr Kipling cakes are to cost more from next month, Premier Foods said.",
        "Mr Kipling sold 300 million cakes last year.",
    )
    assert not people
    assert people_in("Mr Smith wants to cut taxes.") == {"Mr Smith"}


def test_a_surname_like_a_places_before_who() -> None:
    assert people_in("Lee Hall, who wrote the book, said it was the right time.") == {"Lee Hall"}
    assert not people_in("Queen Elizabeth Hall, which opened in 1967, is to close.")
    # "who" said of someone named before the place
    assert people_in(
        "said Iman Cesari, 30, an employee on New York's Long Island, who gave $1,200."
    ) == {"Iman Cesari"}
