"""Round 35: British copy of our own (a brand's name between a count and the goods counted; a
character the next sentence's actor plays as "her" or "him", or made "the character")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_between_a_count_and_the_goods_counted_is_a_brands() -> None:
    assert people_in(
        "Three Ralph Hartley jackets have been recalled by the Office for Product Safety.",
        "Inspector Joan Pardoe said the zips could break.",
    ) == {"Joan Pardoe"}
    assert people_in(
        "The new laboratory will run on 8,000 Ada Lovelace processors made in Taiwan.",
        "Minister Sam Oduya said it would open next year.",
    ) == {"Sam Oduya"}


def test_a_year_or_a_verb_keeps_the_person_after_a_number() -> None:
    assert "Taylor Swift" in people_in(
        "Hotels near the 2024 Taylor Swift concerts raised their prices.",
        "Regulator Mia Hollis said the rises were legal.",
    )
    assert "Ella Byrne" in people_in(
        "After 10 years Ella Byrne says she is ready to retire.",
    )


def test_a_character_the_next_sentences_actor_plays_as_her_or_him() -> None:
    people = people_in(
        "Molly Pickles is back on CBBC in a new series filmed in Sunderland.",
        "Katy Barden plays her again, now a grandmother.",
        "The series is based on the books by Anne Lorrimer.",
    )
    assert people == {"Katy Barden", "Anne Lorrimer"}
    # playing her mother is another part: the one named before stays
    assert "Molly Pickles" in people_in(
        "Molly Pickles is to open a new sweet shop in Sunderland.",
        "Katy Barden plays her mother in the shop's advert.",
    )


def test_a_character_the_next_sentences_maker_made() -> None:
    people = people_in(
        "Barney Bumble will appear in the Christmas pantomime at the Theatre Royal in Bath.",
        "Noel Fairweather, who created the character in 1993, said he was delighted.",
    )
    assert people == {"Noel Fairweather"}
    assert "Barney Bumble" in people_in(
        "Barney Bumble will appear in the Christmas pantomime at the Theatre Royal in Bath.",
        "Noel Fairweather, who created the show in 1993, said he was delighted.",
    )


def test_a_character_the_next_sentences_actor_plays_again() -> None:
    people = people_in(
        "Polly Hatch will return to the Dominion Theatre in the spring.",
        "Rosa Kettle will play the nanny again.",
        "Producer Tom Ashby said it was the show audiences asked for most.",
    )
    assert people == {"Rosa Kettle", "Tom Ashby"}
    # an actor who plays someone else names no part of the one before
    assert "Polly Hatch" in people_in(
        "Polly Hatch will return to the Dominion Theatre in the spring.",
        "Rosa Kettle will play the nanny.",
    )


def test_a_song_someone_recorded_after_a_sentence_about_songs() -> None:
    people = people_in(
        "Lucy Gray has topped a poll of the greatest pop songs.",
        "Kelly Dorsett recorded it in 1983.",
    )
    assert people == {"Kelly Dorsett"}
    assert "Lucy Gray" in people_in(
        "Lucy Gray has won the county show's baking prize.",
        "Kelly Dorsett recorded it on her phone.",
    )
