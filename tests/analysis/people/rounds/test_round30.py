"""Round 30: British copy of our own (people whose given name no list holds or whose surname ends a
place's name, a French particle, and works, horses and products named like people)."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_french_particle_des_joins_the_surname() -> None:
    roles = roles_in("Louvre director Laurence des Cars had warned of overcrowding.")
    assert set(roles) == {"Laurence des Cars"}


def test_a_job_holders_given_name_no_list_holds() -> None:
    roles = roles_in(
        "Manchester City beat Brentford 2-1.",
        "Manager Pep Guardiola said his side had shown character.",
        "City assistant Pep Lijnders said Rodri was close to fitness.",
    )
    assert roles["Pep Guardiola"] == "Manager"
    assert "Pep Lijnders" in roles
    # a verb is no job, a demonym no given name, capitals no name's
    assert not roles_in("The force will assist Kurdish Peshmerga in the north.")
    assert not roles_in("The Range owner CDS Superstores has bought the brand.")


def test_a_surname_like_a_places_in_an_apposition_that_speaks() -> None:
    roles = roles_in("ITV's head of drama, Polly Hill, said the series had been much loved.")
    assert set(roles) == {"Polly Hill"}
    assert not roles_in("Its owner, William Hill, said its profits had fallen.")


def test_a_part_played_by_a_described_actor() -> None:
    roles = roles_in(
        "Peter Pan returns to the Palladium this Christmas.",
        "Wendy Darling will be played by newcomer Lily Chen.",
    )
    assert "Wendy Darling" not in roles
    assert "Lily Chen" in roles


def test_a_titled_part_after_as() -> None:
    roles = roles_in(
        "Producer Michael Harrison said the show would star Julian Clary as Captain Hook."
    )
    assert set(roles) == {"Michael Harrison", "Julian Clary"}
    # "as" a conjunction before a titled person is no part
    assert "Obama" in roles_in("He was elected as President Obama took office.")


def test_a_name_that_won_by_lengths_is_a_horse() -> None:
    roles = roles_in(
        "Nick Rockett, the 7-1 favourite, won the Grand National by three lengths.",
        "Patrick Mullins rode the winner for his father, Willie Mullins.",
    )
    assert "Nick Rockett" not in roles
    # a jockey who won on a horse, a golfer who won by shots
    assert "Paul Townend" in roles_in("Paul Townend won on Galopin Des Champs by a neck.")
    assert "Rory McIlroy" in roles_in("Rory McIlroy won the Masters by two shots.")


def test_a_name_returning_for_a_series_is_a_show() -> None:
    roles = roles_in(
        "Ted Lasso is to return for a fourth series, Apple has said.",
        "Jason Sudeikis will reprise his role as the coach.",
    )
    assert set(roles) == {"Jason Sudeikis"}
    # an actor returning for a series of a show, or to a term, is a person
    assert "Olivia Colman" in roles_in(
        "Olivia Colman is to return for a second series of Broadchurch."
    )
    assert "John Smith" in roles_in("John Smith will return for a fourth term.")


def test_a_name_after_its_new_is_a_product() -> None:
    roles = roles_in(
        "Amazon has launched its new Alexa assistant in the UK.",
        "Alexa can now book restaurants, the firm said.",
        "Amazon's devices chief, Panos Panay, said Alexa would be free to Prime members.",
    )
    assert set(roles) == {"Panos Panay"}
    # a job between "its" and the name: a person
    assert "Jane Doe" in roles_in("Tesco said its chief executive Jane Doe would step down.")


def test_a_measure_of_a_name_is_a_product() -> None:
    roles = roles_in(
        "A bottle of Jack Daniel's now costs about £25.",
        "Brown-Forman boss Lawson Whiting said tariffs had hurt sales.",
    )
    assert set(roles) == {"Lawson Whiting"}


def test_sales_of_a_possessive_that_moved_are_a_brands() -> None:
    roles = roles_in(
        "Sales of Jack Daniel's fell 7% in the year, its maker Brown-Forman said.",
        "Boss Lawson Whiting said tariffs had hurt sales.",
    )
    assert set(roles) == {"Lawson Whiting"}
    # the possessive of someone whose work is sold
    assert "Ed Sheeran" in roles_in("Sales of Ed Sheeran's album rose 10% last week.")


def test_a_name_in_capitals_taken_up_as_a_performer_with_an_age() -> None:
    roles = roles_in(
        "SZA will headline BST Hyde Park in July, organisers have said.",
        "The US singer, 35, last played London in 2023.",
    )
    assert "SZA" in roles
    # a body in capitals taken up without an age stays a body
    assert "BBC" not in roles_in("BBC will air the concert. The singer said she was thrilled.")


def test_a_full_name_after_a_persons_possessive_is_their_work() -> None:
    roles = roles_in(
        "The painting is to get its own room at the Louvre.",
        "Leonardo da Vinci's Mona Lisa draws about 20,000 visitors a day.",
    )
    assert "Mona Lisa" not in roles
    assert "Leonardo da Vinci" in roles
    # a work's possessive before an actor, a body's before a player: people
    assert "Samuel Barnett" in roles_in("The History Boys' Samuel Barnett was best actor.")
    assert "Cole Palmer" in roles_in("Chelsea's Cole Palmer scored twice.")


def test_a_knights_style_before_a_given_name_never_named_in_full() -> None:
    roles = roles_in(
        "Sir Gino will miss the Champion Hurdle with an injury, trainer Nicky Henderson has said.",
        "Henderson said Sir Gino would be back next season.",
    )
    assert set(roles) == {"Nicky Henderson"}
    # a knight named in full first keeps his given name's short form
    assert set(
        roles_in("Sir Alex Ferguson was at the game.", "Sir Alex said it was a fine win.")
    ) == {"Alex Ferguson"}


def test_a_part_after_as_and_a_jobs_letters() -> None:
    roles = roles_in("Martin Compston will return for a new series as DS Steve Arnott.")
    assert set(roles) == {"Martin Compston"}


def test_the_body_someone_joined_from() -> None:
    roles = roles_in(
        "Burberry boss Joshua Schulman said sales had picked up.",
        "Schulman, 53, joined the firm from Michael Kors last year.",
    )
    assert set(roles) == {"Joshua Schulman"}
    assert "John Smith" in roles_in("She joined the team from John Smith's firm.")
