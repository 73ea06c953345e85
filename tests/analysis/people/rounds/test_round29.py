"""Round 29: British copy of our own (firms, works, storms and horses named like people; people
known by a job glued to their name or by a name the lists lack)."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_names_sister_chain_is_a_firms() -> None:
    roles = roles_in(
        "John Lewis has cut its staff bonus.",
        "John Lewis's sister chain Waitrose saw sales rise.",
        "Analyst Natalie Berg said John Lewis needed to cut costs.",
    )
    assert set(roles) == {"Natalie Berg"}


def test_a_titled_brand_before_its_maker_is_no_person() -> None:
    roles = roles_in(
        "Mr Kipling maker Premier Foods has raised its forecast.",
        "Chief executive Alex Whitehouse said Mr Kipling had had a strong Christmas.",
    )
    assert set(roles) == {"Alex Whitehouse"}


def test_a_name_with_a_plus_glued_to_it_is_a_product() -> None:
    roles = roles_in(
        "Alexa will now hold longer conversations.",
        "Panos Panay said Alexa+ would be free for Prime members.",
        "Its rival, Disney+, has raised its prices.",
    )
    assert set(roles) == {"Panos Panay"}


def test_a_storm_named_with_an_accented_given_name_is_no_person() -> None:
    roles = roles_in(
        "Storm Ciarán has brought winds of 100mph to Cornwall.",
        "Resident Margaret Pascoe said her roof had been torn off.",
    )
    assert set(roles) == {"Margaret Pascoe"}


def test_a_player_taken_up_is_not_the_club_that_signed_him() -> None:
    roles = roles_in(
        "Chelsea signed Estevao from Palmeiras for £51m.",
        "The 18-year-old winger scored on his debut.",
    )
    assert "Chelsea" not in roles
    # the one name of the sentence, beside where it happened, is still the one taken up
    assert set(
        roles_in("Madonna has topped a list in Forbes. The singer, who lives here, won.")
    ) == {"Madonna"}


def test_a_name_the_next_sentence_calls_the_horse_is_a_horse() -> None:
    roles = roles_in(
        "Nick Rockett won the Grand National at Aintree.",
        "The horse, ridden by Patrick Mullins, beat I Am Maximus.",
    )
    assert set(roles) == {"Patrick Mullins"}
    # its jockey, who rode it: the horse is the other name
    roles = roles_in(
        "Frankie Dettori won the Derby on Golden Horn.",
        "The horse, trained by John Gosden, was favourite.",
    )
    assert "Frankie Dettori" in roles


def test_a_titled_names_possessive_before_a_plural_word_is_a_works_title() -> None:
    roles = roles_in(
        "Critics have panned Mrs Brown's Boys, but it remains popular.",
        "Brendan O'Carroll, who plays Agnes Brown, said the show was a family affair.",
    )
    assert set(roles) == {"Brendan O'Carroll"}
    # marked elsewhere as a person, the name is one
    roles = roles_in("Mr Cameron's Conservatives won. Mr Cameron said he was proud.")
    assert "David Cameron" in roles or "Mr Cameron" in roles


def test_a_trades_job_before_a_given_name_that_is_a_place_too() -> None:
    roles = roles_in("Caddie Austin Kaiser said Schauffele had stayed calm.")
    assert roles == {"Austin Kaiser": "Caddie"}


def test_a_broadcaster_named_in_full_is_a_person_where_the_article_marks_the_surname() -> None:
    roles = roles_in(
        "Broadcaster Gary Lineker will leave Match of the Day.",
        "Lineker, 64, has presented the programme since 1999.",
    )
    assert roles == {"Gary Lineker": "Broadcaster"}
    # a broadcaster's or a bookmaker's name that nothing marks a person's stays no one's
    assert not roles_in("Bookmaker William Hill said its profits rose.")
    roles = roles_in(
        "Shares in bookmaker Paddy Power rose 6%.",
        "Analyst Nick Batram said Paddy Power was in rude health.",  # speech marks no surname
    )
    assert set(roles) == {"Nick Batram"}


def test_who_beat_a_player_by_a_score_is_a_player() -> None:
    roles = roles_in("Kyren Wilson beat Judd Trump 10-7 in the Masters final.")
    assert set(roles) == {"Kyren Wilson", "Judd Trump"}
    assert set(roles_in("Kyren Wilson lost to Judd Trump 6-4.")) == {"Kyren Wilson", "Judd Trump"}
    # two clubs: no one
    assert not roles_in("Aston Villa beat Crystal Palace 2-0 at Villa Park.")


def test_whom_a_club_signed_taken_up_as_a_player_is_a_player() -> None:
    roles = roles_in(
        "Chelsea signed Estevao from Palmeiras for £51m.",
        "The 18-year-old winger scored on his debut.",
    )
    assert set(roles) == {"Estevao"}


def test_a_name_bought_out_of_administration_is_a_firm() -> None:
    assert set(roles_in("Frasers bought Jack Wills out of administration.")) == set()
    assert set(roles_in("Next rescued Laura Ashley from administrators on Friday.")) == set()
    # a person taken out of something else stays one
    assert set(roles_in("Doctors brought Tom Smith out of a coma.")) == {"Tom Smith"}


def test_a_name_after_a_bodys_noun_said_of_as_a_man_or_a_woman_is_a_person() -> None:
    roles = roles_in("Retailer Julian Dunkerton said he would take the firm private.")
    assert roles == {"Julian Dunkerton": "Retailer"}
    assert set(roles_in("Brewer Sam Smith, 81, has died.")) == {"Sam Smith"}
    assert not roles_in("Retailer John Lewis said it would cut 1,000 jobs.")


def test_a_firm_that_collapsed_with_the_loss_of_jobs_is_a_firm() -> None:
    assert not roles_in("Jack Wills collapsed in 2019 with the loss of 600 jobs.")


def test_a_given_name_said_of_is_outvoted_by_a_firms_marks() -> None:
    roles = roles_in(
        "The Range owner CDS Superstores has bought the Wilko brand for £5m.",
        "Chris Dawson, who owns The Range, said Wilko would return to the High Street.",
        "Wilko collapsed in August with the loss of 12,000 jobs.",
    )
    assert set(roles) == {"Chris Dawson"}
    # said of, and nothing told of it as a firm's: a person still
    roles = roles_in("Manager Eddie Howe said Bruno had been outstanding.")
    assert set(roles) == {"Eddie Howe", "Bruno"}


def test_a_name_the_next_sentence_calls_a_cartoon_or_fictional_someone_is_a_character() -> None:
    roles = roles_in(
        "Homer Simpson has been voted the greatest American in a poll of viewers.",
        "The cartoon father topped the list with a third of the votes.",
        "Creator Matt Groening said he was proud.",
    )
    assert set(roles) == {"Matt Groening"}
