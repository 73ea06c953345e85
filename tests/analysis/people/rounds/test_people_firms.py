"""Round 14 of people: what only firms, works and characters are said to do or have (British style)."""

from __future__ import annotations

import pytest

from tests.analysis.people.passages import people_in


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a lone word that speaks of "they": a club or a band; a royal's name with a numeral: a ship
        ("Chelsea said they would appeal, Jose Mourinho added.", "Jose Mourinho", "Chelsea"),
        ("The Queen Mary 2 docked, Tom Smith said.", "Tom Smith", "Mary"),
        # a royal title after "of" in a work's title; a phrase with "with" is no apposition
        ("The Madness of King George star Nigel Hawthorne died.", "Nigel Hawthorne", "George"),
        (
            "Doctor Who returns to BBC One, with Christopher Eccleston as the Doctor.",
            "Christopher Eccleston",
            "BBC One",
        ),
        # a firm's legal suffix in lower case
        (
            "Ted Baker plc reported higher sales, chairman Ray Kelvin said.",
            "Ray Kelvin",
            "Ted Baker",
        ),
        # a body's holdings after ", whose"
        (
            "Laura Ashley, whose shares have fallen by a third, hired Tom Smith.",
            "Tom Smith",
            "Laura Ashley",
        ),
        # a firm stating its figures, as the subject, after an auxiliary
        (
            "Laura Ashley has issued a profit warning, analyst Sue Grant said.",
            "Sue Grant",
            "Laura Ashley",
        ),
        ("Karen Millen made a pre-tax loss of £5m, said Sue Grant.", "Sue Grant", "Karen Millen"),
        # a verb of saying that states a firm's figures is no person's speech
        (
            "Laura Ashley announced a 5% fall in like-for-like sales. Tom Smith was there.",
            "Tom Smith",
            "Laura Ashley",
        ),
        # a firm's shops, counted
        ("Laura Ashley has more than 300 shops, Tom Smith said.", "Tom Smith", "Laura Ashley"),
        ("Karen Millen is to close 20 stores, Tom Smith said.", "Tom Smith", "Karen Millen"),
        # a place's or an owner's compound right before a bare name
        (
            "The London-based Jimmy Choo is to float, said analyst Sue Grant.",
            "Sue Grant",
            "Jimmy Choo",
        ),
        # the part an actor plays
        (
            "Actor William Roache, who plays Ken Barlow, said he was delighted.",
            "William Roache",
            "Ken Barlow",
        ),
        # a body's speech of its own after "has"
        (
            "John Lewis has said its staff will get a bonus, Sue Grant said.",
            "Sue Grant",
            "John Lewis",
        ),
        # what is done only to works and firms, after a modal
        ("Peter Pan will be staged at the Old Vic, Tom Smith said.", "Tom Smith", "Peter Pan"),
        # a firm's board, maker or owner before "of"
        ("The board of Laura Ashley met Tom Smith on Friday.", "Tom Smith", "Laura Ashley"),
        (
            "Diageo, the maker of Johnnie Walker, hired Tom Smith.",
            "Tom Smith",
            "Johnnie Walker",
        ),
        # a firm's results or trading update after its possessive
        (
            "Laura Ashley's annual results are due, said analyst Sue Grant.",
            "Sue Grant",
            "Laura Ashley",
        ),
        (
            "Karen Millen's trading update pleased analyst Sue Grant.",
            "Sue Grant",
            "Karen Millen",
        ),
    ],
)
def test_round_14_firms_works_and_parts(sentence: str, person: str, not_person: str) -> None:
    people = people_in(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Gordon Brown announced a rise in fuel duty.", "Gordon Brown"),
        ("Kylie Minogue has issued a statement thanking fans.", "Kylie Minogue"),
        ("Kelly Holmes made a profit on her house, she said.", "Kelly Holmes"),
        ("Richard Branson opened 3 new shops in London.", "Richard Branson"),
        ("Bill Gates has 3 children.", "Bill Gates"),
        ("Andy Murray, who plays Roger Federer next, is confident.", "Roger Federer"),
        ("Kylie Minogue, whose sister Dannii is also a singer, is on tour.", "Kylie Minogue"),
        ("Paul McCartney will be awarded the prize.", "Paul McCartney"),
        ("Roman Abramovich, the owner of Chelsea, was at the game.", "Roman Abramovich"),
    ],
)
def test_round_14_people_doing_what_firms_do_stay_people(sentence: str, person: str) -> None:
    assert person in people_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a fiction's noun before the name, or someone's fiction in an apposition
        ("Sacha Baron Cohen's alter ego Ali G will return.", "Sacha Baron Cohen", "Ali G"),
        (
            "Steve Coogan's comic creation Alan Partridge will return.",
            "Steve Coogan",
            "Alan Partridge",
        ),
        (
            "Alan Partridge, Steve Coogan's comic creation, will return.",
            "Steve Coogan",
            "Alan Partridge",
        ),
        # a part portrayed, or an appearance as a part
        ("Jamie Foxx won for his portrayal of Ray Charles.", "Jamie Foxx", "Ray Charles"),
        (
            "David Jason will make a final appearance as Jack Frost.",
            "David Jason",
            "Jack Frost",
        ),
        # a work's award category, the work the subject
        (
            "Billy Elliot won best new musical, said producer Tom Smith.",
            "Tom Smith",
            "Billy Elliot",
        ),
        (
            "Billy Elliot was nominated for best musical, said producer Tom Smith.",
            "Tom Smith",
            "Billy Elliot",
        ),
    ],
)
def test_round_14_characters_and_works(sentence: str, person: str, not_person: str) -> None:
    people = people_in(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Jamie Foxx has been nominated for best actor in a musical or comedy.", "Jamie Foxx"),
        ("The History Boys by Alan Bennett has been named best new play.", "Alan Bennett"),
        ("Joss Stone won best British female.", "Joss Stone"),
        ("Gordon Brown, the creation of the New Labour project, spoke.", "Gordon Brown"),
        ("Voters questioned the character of John Kerry.", "John Kerry"),
    ],
)
def test_round_14_people_beside_works_stay_people(sentence: str, person: str) -> None:
    assert person in people_in(sentence)


@pytest.mark.parametrize(
    ("paragraphs", "person", "not_person"),
    [
        # a firm doing something to its own
        (("Ted Baker raised its dividend, chairman Ray Kelvin said.",), "Ray Kelvin", "Ted Baker"),
        (("Laura Ashley has cut its forecast, said Tom Smith.",), "Tom Smith", "Laura Ashley"),
        # the next sentence takes the name up as a firm
        (
            ("Jimmy Choo had a difficult year.", "The company blamed Tom Smith, its ex-boss."),
            "Tom Smith",
            "Jimmy Choo",
        ),
        (
            ("Karen Millen had a good Christmas. It said sales rose, analyst Sue Grant said.",),
            "Sue Grant",
            "Karen Millen",
        ),
        # the next sentence takes the name up as a band, where it is from before the noun
        (
            (
                "Franz Ferdinand took home two awards at the Brits.",
                "The Glasgow band beat Keane, Tom Smith said.",
            ),
            "Tom Smith",
            "Franz Ferdinand",
        ),
        # a horse named like a person
        (("The filly Lisa Ann won at Ascot, trainer Tom Smith said.",), "Tom Smith", "Lisa Ann"),
        (("Lisa Ann's jockey Tom Smith was pleased.",), "Tom Smith", "Lisa Ann"),
        (("Lisa Ann was ridden by Tom Smith.",), "Tom Smith", "Lisa Ann"),
        (("Tom Smith rode Lisa Ann to victory.",), "Tom Smith", "Lisa Ann"),
    ],
)
def test_round_14_firms_taken_up_and_horses(
    paragraphs: tuple[str, ...], person: str, not_person: str
) -> None:
    people = people_in(*paragraphs)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Tony Blair praised its work, he said.",),
        ("Philip Green spoke at the launch. The company said he was pleased.",),
        ("Philip Green spoke at the launch. It was a good day, the company said.",),
        ("Tony Blair visited the plant. Its workers cheered.",),
        ("Mike Leigh is delighted. The film won three prizes.",),
        ("Tony Blair met Bono at the Brits. The band played on.",),
        ("Lance Armstrong rode to victory. Kelly Holmes's coach Margo Jennings was pleased.",),
    ],
)
def test_round_14_people_taken_up_by_others_stay_people(paragraphs: tuple[str, ...]) -> None:
    people = people_in(*paragraphs)
    assert people & {"Tony Blair", "Philip Green", "Mike Leigh", "Lance Armstrong"}


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # what a work or a firm has after its possessive
        ("Vera Drake's director Mike Leigh was there.", "Mike Leigh", "Vera Drake"),
        ("Vera Drake's director, Mike Leigh, was there.", "Mike Leigh", "Vera Drake"),
        ("Ted Baker's founder Ray Kelvin said sales rose.", "Ray Kelvin", "Ted Baker"),
        ("Ted Baker's headquarters impressed Tom Smith.", "Tom Smith", "Ted Baker"),
        ("Vera Drake's takings pleased Tom Smith.", "Tom Smith", "Vera Drake"),
        ("Vera Drake's screenplay pleased Tom Smith.", "Tom Smith", "Vera Drake"),
    ],
)
def test_round_14_a_works_or_firms_possessions(sentence: str, person: str, not_person: str) -> None:
    people = people_in(sentence)
    assert person in people
    assert not_person not in people


def test_round_14_a_persons_director_of_stays_a_person() -> None:
    people = people_in(
        "Tony Blair's director of communications Alastair Campbell spoke.",
        "Greg Dyke's director general role ended.",
    )
    assert {"Tony Blair", "Greg Dyke"} <= people


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # a hit, a production, a work's category before the name
        ("West End hit Mary Poppins delighted Tom Smith.", "Tom Smith", "Mary Poppins"),
        ("Box office hit Billy Elliot delighted Tom Smith.", "Tom Smith", "Billy Elliot"),
        (
            "The Cameron Mackintosh production Mary Poppins delighted Tom Smith.",
            "Tom Smith",
            "Mary Poppins",
        ),
        ("Best film nominee Vera Drake delighted Tom Smith.", "Tom Smith", "Vera Drake"),
        # a show's audience, counted
        ("Jerry Springer drew 1.8m viewers, Tom Smith said.", "Tom Smith", "Jerry Springer"),
        (
            "Jerry Springer attracted an audience of 1.8 million, Tom Smith said.",
            "Tom Smith",
            "Jerry Springer",
        ),
        (
            "Jerry Springer was watched by 1.8m people, Tom Smith said.",
            "Tom Smith",
            "Jerry Springer",
        ),
    ],
)
def test_round_14_hits_nominees_and_audiences(sentence: str, person: str, not_person: str) -> None:
    people = people_in(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Tony Blair told 5m viewers that he would stay.", "Tony Blair"),
        ("Wayne Rooney was watched by scouts from 12 clubs.", "Wayne Rooney"),
        ("Gordon Brown hit Tony Blair with a rolled-up newspaper.", "Tony Blair"),
        ("Best actress nominee Imelda Staunton was the favourite.", "Imelda Staunton"),
        ("The production manager Tom Smith said it went well.", "Tom Smith"),
    ],
)
def test_round_14_people_with_audiences_and_nominations_stay_people(
    sentence: str, person: str
) -> None:
    assert person in people_in(sentence)


@pytest.mark.parametrize(
    ("sentence", "person", "not_person"),
    [
        # jobs counted, administration, a flotation
        ("Jimmy Choo is to cut 200 jobs, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo has gone into administration, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo has called in the administrators, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo is expected to float next year, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        # done only to firms
        ("Jimmy Choo was founded in 1996, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo has been taken over, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo, founded in 1996, hired Tom Smith.", "Tom Smith", "Jimmy Choo"),
        # a firm's value, a firm's parent in an apposition
        ("Jimmy Choo's market value has doubled, Tom Smith said.", "Tom Smith", "Jimmy Choo"),
        ("Jimmy Choo, a subsidiary of Lion Capital, hired Tom Smith.", "Tom Smith", "Jimmy Choo"),
        (
            "Jimmy Choo, Britain's biggest shoe retailer, hired Tom Smith.",
            "Tom Smith",
            "Jimmy Choo",
        ),
    ],
)
def test_round_14_a_firms_fate(sentence: str, person: str, not_person: str) -> None:
    people = people_in(sentence)
    assert person in people
    assert not_person not in people


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("Alan Sugar cut 200 jobs at Amstrad.", "Alan Sugar"),
        ("Stuart Rose went into hospital on Friday.", "Stuart Rose"),
        ("Wayne Rooney was taken off at half-time.", "Wayne Rooney"),
        ("Mark Thatcher was bought out of trouble.", "Mark Thatcher"),
        ("Tony Blair, founded in the Labour tradition, spoke.", "Tony Blair"),
        ("Jamie Oliver, Britain's best-known chef, spoke.", "Jamie Oliver"),
        ("Gordon Brown plans to cut 20,000 civil service jobs.", "Gordon Brown"),
    ],
)
def test_round_14_people_beside_a_firms_fate_stay_people(sentence: str, person: str) -> None:
    assert person in people_in(sentence)


def test_round_14_a_name_told_more_often_as_a_firm_than_speaking_is_a_firm() -> None:
    people = people_in(
        "Shares in Karen Millen fell, analyst Sue Grant said.",
        "Karen Millen's stores were busy.",
        "Karen Millen said it was confident.",
    )
    assert "Sue Grant" in people
    assert "Karen Millen" not in people


def test_round_14_a_person_speaking_as_often_as_told_as_a_thing_stays_a_person() -> None:
    people = people_in(
        "A Tom Hanks film opened. A Tom Hanks fan cheered.",
        "Tom Hanks said he was pleased. Tom Hanks added that it was fun.",
    )
    assert "Tom Hanks" in people
