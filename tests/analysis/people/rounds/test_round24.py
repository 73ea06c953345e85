"""Round 24: British copy of our own (parts, creations, works and brands named like people; people
named by an unusual given name)."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_after_the_part_of_an_actor_takes_is_no_person() -> None:
    people = people_in(
        "Kerry Ellis will play the part of Maria Gonzalez in the new production.",
        "Ruth Madoc has landed the title role of Hetty Wainthropp.",
        "The report criticised a failure on the part of Gordon Brown.",  # no part played
    )
    assert people == {"Kerry Ellis", "Ruth Madoc", "Gordon Brown"}


def test_a_part_titled_as_kin_after_a_verb_of_playing_is_no_person() -> None:
    assert people_in("Tom Hardy, who plays Uncle Frank, said the filming had been hard.") == {
        "Tom Hardy"
    }


def test_a_name_a_verb_of_creating_takes_is_no_person() -> None:
    people = people_in(
        "Matt Lucas created Vicky Pollard with David Walliams.",
        "Lucas said Mr Pollock would be back.",
        "Walliams created Mr Pollock in 2003.",
    )
    assert people == {"Matt Lucas", "David Walliams"}


def test_a_subject_chosen_the_best_of_a_works_kind_is_no_person() -> None:
    people = people_in(
        "Johnny Wilde has been voted the best Smiths song of all time.",
        "Sarah Waters has been named the best new novelist.",  # a person's noun
        "Tom Hicks was named the film's director.",  # what the film has
    )
    assert people == {"Sarah Waters", "Tom Hicks"}


def test_a_subject_to_be_turned_into_a_work_is_no_person() -> None:
    people = people_in(
        "Mrs Pepperpot is to be turned into a stage musical.",
        "Mrs Pepperpot will open in Leeds in the spring.",
        "Helen Fielding's novel is to be turned into a film.",  # her novel, not her
    )
    assert people == {"Helen Fielding"}


def test_a_titled_name_between_its_and_a_chains_noun_is_a_brand() -> None:
    people = people_in(
        "The group will revamp its Mrs Lovell chain next year.",
        "Mrs Lovell would get new shops and new designers, the group said.",
    )
    assert not people


def test_a_name_that_tells_the_story_of_something_is_a_work_not_a_speaker() -> None:
    people = people_in(
        "Billy Kidd the Musical opens in the West End next month.",
        "Billy Kidd tells the story of a boy who dreams of becoming a jockey.",
    )
    assert not people


def test_a_name_an_actor_returns_as_is_a_part() -> None:
    people = people_in("Sarah Lancashire is to return as Raquel Watts in the spring.")
    assert people == {"Sarah Lancashire"}


def test_an_unknown_given_name_whose_surname_has_an_age_or_says_he_is_a_person() -> None:
    people = people_in(
        "Tiger Woods won the Open by two shots.",
        "Woods, 29, holed a long putt on the last green.",
        "Padraig Harrington finished third.",
        "Harrington said he was pleased with his week.",
    )
    assert people == {"Tiger Woods", "Padraig Harrington"}


def test_a_months_name_before_a_surname_and_an_age_is_a_given_name() -> None:
    people = people_in("April Sheridan, 64, said she would stand down at the end of the season.")
    assert people == {"April Sheridan"}
    assert not people_in("In June Brown said he would stay.")  # a date, then a surname


def test_a_name_after_a_shows_possessive_that_an_actor_plays_next_is_a_part() -> None:
    people = people_in(
        "Emmerdale's Jack Sugden is to leave the Dales after 30 years.",
        "Clive Hornby, 62, who plays the farmer, said he would miss the cast.",
    )
    assert people == {"Clive Hornby"}
    people = people_in(  # a club's player, and an actor who played once
        "Chelsea's Frank Lampard was injured in the first half.",
        "John Terry, who played the full 90 minutes, said the side had been unlucky.",
    )
    assert people == {"Frank Lampard", "John Terry"}


def test_a_one_word_name_the_next_sentence_takes_up_as_a_player_is_a_person() -> None:
    people = people_in(
        "Kaka scored twice as AC Milan beat Fenerbahce 4-0 on Tuesday.",
        "The Brazilian midfielder opened the scoring after 12 minutes.",
    )
    assert people == {"Kaka"}
    people = people_in(  # a person beside it: the player may be either
        "Kaka was substituted as Carlo Ancelotti changed his side.",
        "The Brazilian midfielder had been booked.",
    )
    assert people == {"Carlo Ancelotti"}


def test_a_subject_that_won_prizes_including_a_works_category_is_a_work() -> None:
    people = people_in(
        "Billy Kidd won five prizes at the Olivier Awards, including best new musical.",
        "Tim Minchin won two awards at the ceremony, including best score.",  # no work's category
    )
    assert people == {"Tim Minchin"}


def test_a_job_written_in_capitals_before_a_name_marks_a_person() -> None:
    people = people_in(
        "Radio 1 DJ Chris Moyles said the record was a return to form.",
        "PC Keith Palmer was stabbed outside Parliament.",
        "DC Comics said it would publish the book.",
    )
    assert people == {"Chris Moyles", "Keith Palmer"}


def test_a_common_word_given_name_before_a_surname_and_who_is_a_person() -> None:
    people = people_in("Dawn French, who plays the headmistress, said she had been persuaded.")
    assert people == {"Dawn French"}
    assert not people_in("To Sexton, who has studied the rallies, the night was a turning point.")


def test_a_producer_of_a_work_is_a_persons_job_not_a_firms_kind() -> None:
    people = people_in(
        "Series producer Bryan Kirkwood said the door would be left open.",
        "Drinks producer Diageo said profits had risen.",
    )
    assert people == {"Bryan Kirkwood"}


def test_who_won_a_works_category_for_a_work_is_its_maker() -> None:
    people = people_in(
        "Dermot O'Leary won best entertainment programme for The X Factor.",
        "Billy Kidd won best new musical.",
    )
    assert people == {"Dermot O'Leary"}


def test_a_one_word_name_after_a_performers_noun_is_a_person() -> None:
    people = people_in(
        "Welsh singer Duffy leads the nominations with four.",
        "The hurdler Istabraq won again.",  # a horse's noun
    )
    assert people == {"Duffy"}


def test_a_name_after_an_actors_full_name_and_as_in_a_cast_list_is_a_part() -> None:
    people = people_in(
        "The film stars Johnny Depp as the barber and Helena Bonham Carter as Mrs Lovett.",
        "Mrs Lovett sells pies.",
        "Gordon Brown appointed Alistair Darling as Chancellor.",
    )
    assert people == {"Johnny Depp", "Helena Bonham Carter", "Gordon Brown", "Alistair Darling"}


def test_a_subject_to_be_turned_into_a_production_is_no_person() -> None:
    assert not people_in("Mary Poppins is to be turned into a touring production.")


def test_a_full_name_the_next_sentences_actor_plays_is_a_character_unless_marked() -> None:
    people = people_in(
        "Geraldine Granger is to return to BBC One for two Christmas specials.",
        "Dawn French, who plays the vicar, said she had been persuaded.",
    )
    assert people == {"Dawn French"}
    people = people_in(  # a sentence about a person
        "Andrew Lloyd Webber, who wrote the music, said he was proud of the record.",
        "Howard McGillin, who plays the Phantom, has been in the role for years.",
    )
    assert people == {"Andrew Lloyd Webber", "Howard McGillin"}


def test_a_name_an_actor_played_in_a_title_opened_by_the_is_a_part() -> None:
    people = people_in(
        "Elijah Wood, who played Frodo Baggins in The Lord of the Rings, is to star in a thriller."
    )
    assert people == {"Elijah Wood"}


def test_a_subject_voted_the_best_character_is_a_character() -> None:
    people = people_in(
        "Mr Darcy has been voted the most romantic fictional character in a survey.",
        "Colin Firth was named the best actor.",
    )
    assert people == {"Colin Firth"}
