"""Round 41: British copy of our own (a trade "owned by" a group; a song voted the best of its
kind, then said of; a horse taken up as "The six-year-old, … ridden by"; a month's given name
before ", who"; a given name and a place's name after "written by"; a work's maker before the
work's ", which"; a show cancelled after one series; a one-word name said to have been streamed;
a name taken up as a thing launched in a year; a titled character whose part an actor takes; a
year's work by someone; a singer named like a church; a firm taken up as "The women's fashion
chain")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_trade_owned_by_a_group() -> None:
    assert people_in(
        "Walter Pryce, the optician owned by Specsavers, is to open 12 branches.",
        "Shop worker Dana Holt said staff were pleased.",
    ) == {"Dana Holt"}
    # a player is owned in part by others: someone
    assert "Carl Tevan" in people_in(
        "Carl Tevan, the striker owned by an agency, said he was glad."
    )


def test_a_song_voted_the_best_of_its_kind_then_said_of() -> None:
    assert people_in(
        "Roxanne has been voted the greatest reggae song in a poll of listeners.",
        "Presenter Ben Ellery said Roxanne was still requested every week.",
    ) == {"Ben Ellery"}


def test_a_horse_taken_up_as_ridden_by_someone() -> None:
    assert people_in(
        "Molly Dane won the Coral Cup at Cheltenham on Wednesday at odds of 14-1.",
        "The seven-year-old, trained by Dan Skelton and ridden by Harry Skelton, led all the way.",
    ) == {"Dan Skelton", "Harry Skelton"}
    # a rider taken up as one who "has ridden for" a trainer stays someone
    assert "Rachael Blake" in people_in(
        "Rachael Blake won the Coral Cup at Cheltenham on Wednesday.",
        "The 30-year-old, who has ridden for Dan Skelton since 2019, said she was thrilled.",
    )


def test_a_months_given_name_before_who() -> None:
    assert "May Cotter" in people_in(
        "May Cotter, who ran the shop for 40 years, died in 2019.",
    )
    # "In June" and a surname: a date
    assert "June Cotter" not in people_in("In June Cotter, who ran the shop, sold it.")


def test_a_given_name_and_a_places_name_after_written_by() -> None:
    assert "Sam Jordan" in people_in("The episode, written by Sam Jordan, will air on Boxing Day.")


def test_a_works_maker_before_the_works_which() -> None:
    assert "Ruth Kellaway" in people_in(
        "Tom Dill said the play by Ruth Kellaway, which opened in 1961, would tour again."
    )


def test_a_months_given_name_alone_before_who() -> None:
    # only a month's given name is let in by ", who": "Le Pen, who" is no name of its own
    assert people_in(
        "Valls spoke after an endorsement by Marine Le Pen, leader of the Front National.",
        "“I would choose Donald Trump,” said Le Pen, who has also garnered attention.",
    ) == {"Marine Le Pen", "Donald Trump"}


def test_a_show_cancelled_after_one_series() -> None:
    assert people_in(
        "Maisie Blake has been cancelled after one series, Netflix has said.",
        "Sam Hart, who played the detective as a boy, said he was proud of it.",
    ) == {"Sam Hart"}
    # a gig cancelled after one song: no series
    assert "Tom Hale" in people_in(
        "Tom Hale was cancelled after one song, and he said he was hurt."
    )


def test_said_of_a_things_passive() -> None:
    assert (
        people_in(
            "Roxanne, the 1978 song by the Police, has re-entered the chart.",
            "The Official Charts Company said Roxanne had been streamed a million times in a week.",
        )
        == set()
    )
    # a player "had been sold" is someone
    assert "Jamie" in people_in("Mr Clement said Jamie had been sold to Celtic.")


def test_a_name_taken_up_as_a_thing_launched_in_a_year() -> None:
    assert people_in(
        "Ava is to get a new voice, Microsoft has said.",
        "The assistant, launched in 2014, has fallen behind rival chatbots.",
        "Satya Nadella, Microsoft's boss, said Ava would be more helpful than ever.",
    ) == {"Satya Nadella"}


def test_a_titled_character_whose_part_an_actor_takes() -> None:
    assert people_in(
        "Miss Lemon is to tour the UK in a stage version of a Poirot mystery.",
        "Sarah Alder takes the part of the village secretary.",
    ) == {"Sarah Alder"}


def test_a_years_work_by_someone() -> None:
    assert people_in(
        "Daisy Bell, the 1892 song by Harry Dacre, is to be turned into a film.",
    ) == {"Harry Dacre"}


def test_a_person_named_like_a_body_said_of_as_a_woman() -> None:
    assert "Charlotte Church" in people_in(
        "Charlotte Church has signed a deal to present a chat show on Channel 4.",
        "Church, 19, said she was nervous.",
    )
    # a bookmaker that speaks of its own stays no one
    assert "William Hill" not in people_in(
        "William Hill has reported a rise in profits.", "Hill said its shops were busy."
    )


def test_a_firm_taken_up_by_a_possessive_qualifier() -> None:
    assert (
        people_in(
            "Karen Mallon has been bought by a group of Icelandic investors.",
            "The women's fashion chain has 84 shops in the UK.",
        )
        == set()
    )


def test_a_character_whose_part_an_actor_takes_in_a_who_clause() -> None:
    assert people_in(
        "Rose Tilley will travel with the Doctor in the new series.",
        "Billie Piper, who takes the part, said she was thrilled.",
    ) == {"Billie Piper"}


def test_a_firm_taken_up_after_a_name_it_was_convicted_over() -> None:
    assert (
        people_in(
            "Arthur Anderton was convicted of obstructing justice over Enron.",
            "The accountancy firm said it would appeal.",
        )
        == set()
    )


def test_a_given_name_and_a_places_name_whose_verb_has_his() -> None:
    assert "John Denver" in people_in("John Denver wrote it for his wife in 1974.")
    # a place's own is no one's
    assert "Hyde Park" not in people_in("Hyde Park made its name as a venue in 1969.")


def test_a_song_whose_maker_is_the_name_by_its_surname() -> None:
    assert "Michael Jackson" in people_in(
        "Ben, Michael Jackson's first solo number one in the US, was about a rat.",
        "Jackson recorded the song when he was 14.",
    )


def test_a_titled_song_called_a_years_or_a_duos_hit() -> None:
    assert people_in("Mrs Robinson, the 1968 hit, is to be used in a car advert.") == set()
    assert (
        people_in("Mrs Robinson, the Simon and Garfunkel hit, is to be used in an advert.") == set()
    )
    # "the hit of the festival" is someone
    assert "Jane Robinson" in people_in(
        "Jane Robinson, the hit of the festival, said she was glad."
    )


def test_a_trainer_named_after_trained_by() -> None:
    assert "Martin Pipe" in people_in(
        "Well Chief, trained by Martin Pipe, won the Arkle Trophy by a length.",
        "Pipe said the five-year-old was the best novice he had trained.",
    )


def test_a_horse_whom_the_next_sentences_trainer_trains() -> None:
    assert people_in(
        "Tiger Roll landed his second Grand National at Aintree.",
        "Gordon Elliott, who trains the nine-year-old, said he was a legend.",
    ) == {"Gordon Elliott"}
    # a runner's coach trains "the 23-year-old": someone
    assert "Jessica Ennis" in people_in(
        "Jessica Ennis won her first world title in Berlin.",
        "Toni Minichiello, who trains the 23-year-old, said she was brilliant.",
    )


def test_a_house_that_names_someone_as_its_designer() -> None:
    assert people_in(
        "Christian Dorr has named John Galliano as its designer for another five years.",
        "Galliano said he was delighted.",
    ) == {"John Galliano"}
    # a person who names someone as their deputy
    assert "Jane Holt" in people_in("Jane Holt has named Tom Ray as her deputy, and she said so.")
