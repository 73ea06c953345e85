"""Round 26: British copy of our own (parts played past a description or a title, surnames
after two particles or a doctor's title, people aimed at, scorers named after their goals)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import people_in


def test_a_part_played_past_a_description_or_a_title_is_no_person() -> None:
    people = people_in(
        "Sara Lund plays her sister Maggie in the new series.",
        "Tom Bright plays Alfie Drew, a lonely Cornish fisherman, in the BBC drama.",
        "Nell Ayre, who plays grumpy vet Dr Robert Penhale, said filming was over.",
        "Joan Kettle will again play DCI Harry Quinn next year.",
        "Dora Finch played Mr Corrie in London.",  # a courtesy title alone: anyone
        "Andy Murray will play top seed Roger Federer in the final.",  # an opponent
    )
    assert people == {
        "Sara Lund",
        "Tom Bright",
        "Nell Ayre",
        "Joan Kettle",
        "Dora Finch",
        "Mr Corrie",
        "Andy Murray",
        "Roger Federer",
    }


def test_a_surname_after_two_particles_is_part_of_the_name() -> None:
    found = {
        e.name: e.role
        for e in extract_entities(
            ArticleText(None, ("Amazon UK director Jorrit van der Meulen said sales rose.",))
        )
        if e.kind == "person"
    }
    assert found == {"Jorrit van der Meulen": "Amazon UK director"}


def test_a_surname_after_a_doctors_title_makes_a_full_name_a_person() -> None:
    people = people_in(
        "Eben Upton, creator of the computer, has won the award.",
        "The academy said Dr Upton had inspired a generation.",
    )
    assert people == {"Eben Upton"}


def test_a_name_after_what_is_thrown_or_aimed_at_someone_is_no_venue() -> None:
    people = people_in(
        "A protester who threw purple flour at Tony Blair has been cleared.",
        "Analysts at Morgan Stanley said the shares were cheap.",  # a firm
    )
    assert people == {"Tony Blair"}


def test_a_full_name_after_what_a_player_scores_and_from_is_a_person() -> None:
    people = people_in(
        "Hearts won thanks to a late goal from Mikey Devlin.",
        "Wasps won with tries from Jaco Varley and Tomos Orr.",
    )
    assert people == {"Mikey Devlin", "Jaco Varley", "Tomos Orr"}


def test_a_part_played_past_an_apposition_of_its_description_is_no_person() -> None:
    people = people_in("Kenny Dale plays her sidekick, DS Aidan Hale.")
    assert people == {"Kenny Dale"}


def test_a_ship_or_a_storm_named_like_a_person_is_no_person() -> None:
    people = people_in(
        "HMS Queen Elizabeth has left Rosyth for sea trials.",
        "Storm Desmond has brought record rainfall to Cumbria, a day after Storm Abigail.",
        "Storm Keating said she was delighted.",  # a surname: a woman
    )
    assert people == {"Storm Keating"}


def test_an_animal_or_a_robot_named_like_a_person_is_no_person() -> None:
    people = people_in(
        "Visitors queued to see the giant panda Chi Chi.",
        "The firm has made a robot called Sophia. Sophia told the audience she was proud.",
    )
    assert people == set()


def test_a_knights_or_a_courtesy_title_after_the_names_no_person() -> None:
    people = people_in(
        "The chain owns the Moon Under Water and the Sir John Oldcastle in Farringdon.",
        "Sir John Timpson said the firm would open 50 shops.",
    )
    assert people == {"John Timpson"}


def test_a_surname_after_a_titles_to_and_its_body_is_named() -> None:
    found = {
        e.name: e.role
        for e in extract_entities(
            ArticleText(None, ("Chief Secretary to the Treasury Paul Boateng said it was wrong.",))
        )
        if e.kind == "person"
    }
    assert found == {"Paul Boateng": "Chief Secretary to the Treasury"}


def test_a_courtesy_titled_part_after_its_description_is_no_person() -> None:
    people = people_in("Carl Bevan won for playing the headmistress Miss Hardcastle.")
    assert people == {"Carl Bevan"}


def test_one_word_on_either_side_of_bt_in_a_results_line_is_a_player() -> None:
    people = people_in("Results: Kovacic bt Lorenzi 6-3 6-4.")
    assert people == {"Kovacic", "Lorenzi"}
