"""Round 25: British copy of our own (parts, characters, firms and works named like people;
people named by joined initials, an unusual given name or a trainer's compound)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import people_in


def test_a_part_played_is_no_person_whatever_kin_or_job_the_sentence_gives_it() -> None:
    people = people_in(
        "The story brings back her long-lost brother Terry Sims, played by Steve Walsh.",
        "Laura Hart is to return to the soap as feisty landlady Peggy Marsh next spring.",
        "The sequel will also star Emma Stone as Lily, the sister of the hero.",
        "Jonny Wilkinson returned to the side as Tom Davies was injured.",  # a clause's subject
    )
    assert people == {"Steve Walsh", "Laura Hart", "Emma Stone", "Jonny Wilkinson", "Tom Davies"}


def test_a_part_titled_by_a_rank_or_an_office_after_a_verb_of_playing_is_no_person() -> None:
    people = people_in(
        "Hugh Laurie will play Captain Tom Blake for a third time in the new series.",
        "Helen Mirren has played Queen Mary Tudor on stage.",
        "Andy Murray will play Rafael Nadal in the final.",  # no title: an opponent
    )
    assert people == {"Hugh Laurie", "Helen Mirren", "Andy Murray", "Rafael Nadal"}


def test_a_doers_word_opening_a_sentence_is_cut_before_a_given_name_in_no_dictionary() -> None:
    found = {
        e.name: e.role
        for e in extract_entities(
            ArticleText(
                None,
                (
                    "Promoter Kez Alderton said every ticket had been sold.",
                    "Insurer Vexo Direct said profits had risen.",  # a firm's kind first
                ),
            )
        )
        if e.kind == "person"
    }
    assert found == {"Kez Alderton": "Promoter"}


def test_joined_initials_and_a_surname_are_a_person_when_marked_as_one() -> None:
    people = people_in(
        "PL Carver said she had finished the book.",
        "The prize went to a painting by KJ Hollis.",
        "Shares in WH Smith fell 4p. WH Smith said it would close 20 shops.",  # a firm
        "AG Brennan said she would not resign.",  # a job's letters
    )
    assert people == {"PL Carver", "KJ Hollis"}


def test_joined_initials_are_a_person_whose_surname_the_article_gives_an_author() -> None:
    people = people_in(
        "RJ Fenwick's first novel is to be made into a film.",
        "Crime author Fenwick has sold ten million books.",
    )
    assert people == {"RJ Fenwick"}


def test_a_name_opening_a_sentence_whose_passive_verb_has_her_for_its_own_is_a_person() -> None:
    people = people_in(
        "Temi Adeyoola has been shortlisted for the Costa Book Award for her debut novel.",
        "Vexford Ravens have been promoted for their best season.",  # "their": a club
    )
    assert people == {"Temi Adeyoola"}


def test_a_full_name_joined_to_what_it_did_to_a_horse_or_a_work_is_a_person() -> None:
    people = people_in(
        "The Colin Tizzard-trained gelding won by four lengths.",
        "Tizzard said the horse would now be rested.",
        "It was a Tony Blair-style reform.",  # a likeness, no one's act
    )
    assert people == {"Colin Tizzard"}


def test_a_name_that_speaks_past_a_relative_clause_opened_by_who_is_a_person() -> None:
    people = people_in(
        "Obi Tansley, who founded the charity in 2010, said demand had doubled.",
        "Zerba Kofta, which makes the machines, said sales had doubled.",  # "which": a body
    )
    assert people == {"Obi Tansley"}


def test_a_name_a_body_says_will_do_something_past_an_apposition_is_what_was_said_of() -> None:
    people = people_in(
        "The company said Barney Biscuit, the mascot of its toffee range, would return.",
        "Rival toffee makers have no such characters.",
    )
    assert people == set()


def test_the_people_a_story_follows_the_romance_of_are_characters() -> None:
    people = people_in(
        "The ITV series follows the romance between Bristol girl Tess Harlow and Welsh boy "
        "Rhys Maddock.",
        "Sheridan Smith said the scripts were brilliant.",
    )
    assert people == {"Sheridan Smith"}


def test_names_listed_before_and_the_other_things_of_a_kind_no_person_is_are_no_people() -> None:
    people = people_in(
        "The sequel sees Jessie, Tommy Brown and the other toys taken to a car boot sale.",
        "Jamie Vardy, Harry Kane and the other players trained in Burton.",  # players are people
    )
    assert people == {"Jamie Vardy", "Harry Kane"}


def test_a_name_like_a_places_that_says_its_is_a_body() -> None:
    people = people_in(
        "William Park said its online business had grown strongly.",  # a bookmaker speaks
        "Nick Park said he was delighted.",
    )
    assert people == {"Nick Park"}


def test_the_name_after_books_by_is_their_writers() -> None:
    assert people_in("The musical is based on the books by RB Wolstenholme.") == {"RB Wolstenholme"}
