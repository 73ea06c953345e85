"""Round 33: British copy of our own (horses, ships, songs, shops and brands named like people that
the article, not their own sentence, shows are things; a surname like a place's before "who")."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText


def _people(*paragraphs: str) -> set[str]:
    return {e.name for e in extract_entities(ArticleText(None, paragraphs)) if e.kind == "person"}


def test_a_horse_the_next_sentence_calls_the_colt() -> None:
    people = _people(
        "Harry Angel is the favourite for Saturday's July Cup at Newmarket.",
        "Clive Cox said the colt was in the form of his life.",
    )
    assert people == {"Clive Cox"}
    # a rider's sentence keeps the rider
    assert "Paul Townend" in _people(
        "Paul Townend will ride at Cheltenham on Tuesday.",
        "Willie Mullins said the horse was in great shape.",
    )


def test_a_ship_that_sails_and_the_next_sentence_calls_the_ship() -> None:
    people = _people(
        "Queen Anne will sail from Southampton on her first world cruise in January.",
        "Cunard said the ship was fully booked.",
        "Katie McAlister said demand had never been higher.",
    )
    assert people == {"Katie McAlister"}
    assert "Anne" in _people(
        "Queen Anne will sail from Southampton on her first world cruise in January.",
        "She said the voyage would be her last.",
    )


def test_a_song_the_next_sentence_says_someone_else_wrote() -> None:
    people = _people(
        "A new string arrangement of Eleanor Rigby will open the Proms.",
        "Paul McCartney wrote the song in 1966.",
    )
    assert people == {"Paul McCartney"}
    # the singer named with the song is no song
    assert "Olivia Dean" in _people(
        "Olivia Dean wrote the song in 2023.",
        "Olivia Dean said it was about her grandmother.",
    )


def test_a_possessive_a_verb_follows_is_a_shops() -> None:
    people = _people(
        "Aunt Bessie's has been sold to Nomad Foods.",
        "Stefan Descheemaeker said the brand was much loved.",
    )
    assert people == {"Stefan Descheemaeker"}
    assert "Bessie" in _people("Aunt Bessie's recipe was handed down to her nieces.")


def test_a_titled_name_with_figures_up_or_down_is_a_brands() -> None:
    people = _people(
        "Diageo said sales of its rum brands fell, with Captain Morgan down 4%.",
        "Nik Jhangiani said the firm was confident.",
    )
    assert people == {"Nik Jhangiani"}
    assert "Morgan" in _people("Captain Morgan said the crew were ready.")


def test_a_titled_name_before_plural_goods_is_a_brands() -> None:
    people = _people(
        "Mr Kipling cakes are to cost more from next month, Premier Foods said.",
        "Mr Kipling sold 300 million cakes last year.",
    )
    assert not people
    assert _people("Mr Smith wants to cut taxes.") == {"Mr Smith"}


def test_a_surname_like_a_places_before_who() -> None:
    assert _people("Lee Hall, who wrote the book, said it was the right time.") == {"Lee Hall"}
    assert not _people("Queen Elizabeth Hall, which opened in 1967, is to close.")
    # "who" said of someone named before the place
    assert _people(
        "said Iman Cesari, 30, an employee on New York's Long Island, who gave $1,200."
    ) == {"Iman Cesari"}
