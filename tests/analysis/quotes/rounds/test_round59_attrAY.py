"""Round 59: Commonwealth outlets' English (issue 15): "the Taoiseach" and "the Tánaiste" are
offices, never a surname, and each means the one the article gave that office; a deputy's
letters after the name ("Eoin Brady TD", "Jane Hale MP") make the name no body's; "another
neighbour" is someone not named, whom the "she" after means."""

from __future__ import annotations

from tests.analysis.quotes.passages import speakers_in


def test_the_taoiseach_is_an_office_not_a_surname() -> None:
    assert speakers_in(
        "The Tánaiste, Siobhán Kearney, said the motion was “a stunt”.",
        "Speaking in Cork, Tánaiste Siobhán Kearney said it was “cynical”.",
    ) == ["Siobhán Kearney", "Siobhán Kearney"]


def test_the_taoiseach_is_the_one_the_article_gave_the_office() -> None:
    assert speakers_in(
        "The Taoiseach, Micheál Ó Duibhir, has defended the Government’s record on housing.",
        "Sinn Féin’s Mary Lou Brannigan said the figures were “spin”.",
        "“We are not where we want to be,” the Taoiseach said.",
    ) == ["Mary Lou Brannigan", "Micheál Ó Duibhir"]


def test_a_seats_letters_after_a_name_are_no_bodys() -> None:
    assert speakers_in(
        "Sinn Féin’s housing spokesperson, Eoin Brady TD, said renters had been “abandoned”.",
        "“Every month another family is handed a notice to quit,” he told RTÉ.",
        "“It is a disgrace,” said Jane Hale MP.",
    ) == ["Eoin Brady", "Eoin Brady", "Jane Hale"]


def test_another_neighbour_is_someone_not_named() -> None:
    assert speakers_in(
        "“He’d mow my lawn without being asked,” said neighbour Carol Bettany, 71.",
        "Another neighbour, who did not want to be named, said police had been called twice.",
        "“There was always shouting,” she said.",
    ) == ["Carol Bettany", None]


def test_ji_after_a_name_is_an_honorific() -> None:
    assert speakers_in(
        "Senior leader Prakash Deshmane addressed the rally in Nagpur.",
        "Responding, Deshmane ji said the Opposition was “frustrated”.",
        "“We will win,” Anand ji said.",
    ) == ["Prakash Deshmane", "Anand"]


def test_shri_and_smt_are_titles_not_names() -> None:
    assert speakers_in(
        "Congress leader Smt. Rekha Gaikwad said the BJP was “scared”.",
        "“They are scared of the truth,” Smt. Gaikwad said.",
    ) == ["Rekha Gaikwad", "Rekha Gaikwad"]


def test_shri_opening_a_name_gives_no_womans_name() -> None:
    assert speakers_in(
        "Deputy Chief Minister Shri Prakash Deshmane on Sunday inspected the coastal road.",
        "Congress leader Vijay Gopalan said: “This government only cuts ribbons.”",
        "Deshmane said the Opposition was “frustrated” after losing the civic polls.",
        "“They have nothing to say on development,” he said.",
    ) == ["Vijay Gopalan", "Prakash Deshmane", "Prakash Deshmane"]


def test_a_name_after_a_courtesy_title_is_someone() -> None:
    assert speakers_in(
        "“Build homes, not holes,” Mr Rosen-Hall said.",
        "“It is a scandal,” said Ms Rosen-Hall.",
    ) == ["Mr Rosen-Hall", "Ms Rosen-Hall"]


def test_a_seat_after_mp_for_is_no_part_of_the_name_after_it() -> None:
    assert speakers_in(
        "Greens MP for Brunswick Tim Rosen-Hall said the money would be better spent on housing.",
        "“Build homes, not holes,” Mr Rosen-Hall said.",
    ) == ["Tim Rosen-Hall"]


def test_the_verb_after_the_twos_own_clause_is_both_of_theirs() -> None:
    assert speakers_in(
        "Health Minister Karen Dhillon and Finance Minister Raj Dhillon, who are not related,"
        " announced the plan on Thursday.",
        "“We will get through this,” the minister said.",
    ) == [None]


def test_a_portfolio_after_minister_for_is_no_part_of_the_name_after_it() -> None:
    assert speakers_in(
        "Minister for Health Stephen Donnelly said the plan was “fine”.",
        "Labour MP for Hutt South Ginny Andersen said it was “shameful”.",
        "Minister for Housing Declan Furlong said he would not resign.",
        "“I have a job to do,” the Minister said.",
    ) == ["Stephen Donnelly", "Ginny Andersen", "Declan Furlong"]
