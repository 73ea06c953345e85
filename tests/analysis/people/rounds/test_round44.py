"""Round 44: British copy of our own (a part an actor plays or voices, named by its given name
alone; a full name whose surname speaks past a "who" clause; a full name after "founded by"; a
maker's noun after a place, "the Jermyn Street shirtmaker"; a trade's apposition before "has
been sold"; two names said of before "were"; a name said of before "be sung"; a name after
"which owns", "which runs" or "which makes"; a surname that says "his" or "her"; a full name
that "will take her place"; a name the next sentence's actor plays, described: "will play the
tomb raider")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_part_named_by_its_given_name_after_who_has_played() -> None:
    assert people_in(
        "Maxine Harker is to leave Coronation Street after 30 years.",
        "Joanne Bliss, who has played Maxine since 1994, said she was ready to go.",
        "ITV said Maxine would leave at Christmas.",
    ) == {"Joanne Bliss"}
    # with kin before it, and voiced
    assert people_in(
        "A statue of Uncle Wilfred, the bear's uncle, has been unveiled in Leeds.",
        "Ruth Pelling, who voiced Wilfred in the second film, attended the ceremony.",
    ) == {"Ruth Pelling"}
    # the passive
    assert people_in(
        "Holly Bramble is to get a baby brother in the new series.",
        "Holly is voiced by Anna Carrow, who is 11.",
    ) == {"Anna Carrow"}


def test_a_person_of_the_parts_given_name_with_a_mark_of_a_person_stays() -> None:
    assert people_in(
        "Joanne Bliss, who plays Maxine, is to leave the soap.",
        "Producer Maxine Tull said the door would be left open.",
    ) == {"Joanne Bliss", "Maxine Tull"}


def test_a_full_name_whose_surname_speaks_past_a_who_clause() -> None:
    assert people_in(
        "Tinu Adeyemo will host a new quiz show on ITV next year.",
        "Adeyemo, who won Masterchef in 2019, said it was a dream come true.",
    ) == {"Tinu Adeyemo"}
    # a club, "they": no one
    assert "Tinu Adeyemo" not in people_in(
        "Tinu Adeyemo will host a new quiz show on ITV next year.",
        "Adeyemo, who are top of the league, said they would not sell.",
    )


def test_a_full_name_after_founded_by() -> None:
    assert people_in(
        "The Bristol chip designer was founded by Oyin Kettering in 2009.",
        "Kettering said the listing was a vote of confidence.",
    ) == {"Oyin Kettering"}
    # "owned by": a firm's act too
    assert people_in("The chip designer is owned by Oyin Kettering.") == set()


def test_a_makers_noun_after_a_place() -> None:
    assert people_in(
        "Hector Bligh, the Savile Row shirtmaker, has been sold to a US group.",
        "Chairman Owen Pask said the firm would keep its shop.",
    ) == {"Owen Pask"}
    assert (
        people_in(
            "Hector Bligh, the St James's Street bootmaker, is to open a shop in Paris.",
        )
        == set()
    )
    # a maker who is a person: someone
    assert "Hector Bligh" in people_in(
        "Hector Bligh, the Hollywood filmmaker, said he was delighted."
    )


def test_a_trade_in_an_apposition_then_sold() -> None:
    assert people_in(
        "Hector Bligh, the jeweller, has been sold to a US group for £60m.",
        "Chief executive Owen Pask said the shops would stay open.",
    ) == {"Owen Pask"}
    # a player whom a club sells: someone
    assert "Hector Bligh" in people_in(
        "Hector Bligh, the striker, has been sold to Leeds.", "Bligh said he was sad to leave."
    )


def test_two_names_said_of_before_a_plural_verb() -> None:
    assert people_in(
        "A Which? survey said Zara and Iris were the most trusted voice assistants in Britain.",
        "Consumer director Owen Pask said people should check their settings.",
    ) == {"Owen Pask"}
    # players said of together: people
    assert "Kane" in people_in("England manager Owen Pask said Kane and Sterling were fit to play.")


def test_a_name_said_of_before_be_sung() -> None:
    assert people_in(
        "Rosalind has been dropped from the songbook of the club's choir.",
        "Ken Pask, who recorded the song in 1968, said he was not bothered.",
        "The club said Rosalind would no longer be sung at the ground.",
    ) == {"Ken Pask"}


def test_a_name_that_a_body_owns_or_runs() -> None:
    assert people_in(
        "Its owner, Kestrel, which also runs Hector Bligh and Ann Carrow, said sales fell.",
        "Analyst Owen Pask said the chains had struggled.",
    ) == {"Owen Pask"}
    # a person who owns: someone
    assert "Hector Bligh" in people_in("Kestrel, which is owned by Hector Bligh, said sales fell.")


def test_a_surname_that_says_his_or_her_own() -> None:
    assert people_in(
        "Tinu Adeyemo will return for a third series of the drama.",
        "Adeyemo said the fight scenes had been the hardest of his career.",
    ) == {"Tinu Adeyemo"}
    # another name before the pronoun: whose it may be
    assert "Tinu Adeyemo" not in people_in(
        "Tinu Adeyemo will play at the ground next season.",
        "Adeyemo said Owen Pask had hurt his back.",
    )


def test_a_full_name_that_will_take_her_own() -> None:
    assert people_in("Tinu Adeyemo will take her place on the panel next year.") == {"Tinu Adeyemo"}
    assert people_in("Tinu Adeyemo is to release his first album in May.") == {"Tinu Adeyemo"}
    # "its": a thing's
    assert people_in("Tinu Adeyemo will take its place on the high street.") == set()


def test_a_name_whose_part_the_next_sentences_actor_plays() -> None:
    assert people_in(
        "Kitty Granger is to get her own television series.",
        "Ruth Pelling will play the tomb raider, first seen in a video game in 1996.",
    ) == {"Ruth Pelling"}
    # a real person's part: someone
    assert "Hector Bligh" in people_in(
        "Hector Bligh is to be the subject of a new drama.",
        "Owen Pask will play the former prime minister.",
    )
    # "the part of": no description
    assert "Hector Bligh" in people_in(
        "Hector Bligh is to produce a touring show next year.",
        "Ruth Pelling will play the part of the nanny.",
    )


def test_a_name_that_a_body_makes() -> None:
    assert people_in(
        "Kestrel, which makes the Harold and Hilda vacuum cleaners, is to open a factory.",
        "Managing director Owen Pask said Hilda was now sold in 80 countries.",
    ) == {"Owen Pask"}


def test_play_the_womans_card_is_no_part() -> None:
    assert "Hector Bligh" in people_in(
        "Hector Bligh may be harder to ignore on the show.",
        "Ann Carrow said: “If they play the woman's card, that is fair game.”",
    )
