"""Round 45: British copy of our own (a knight's or a dame's style before a full name whose given
name no list holds, or whose words are common English; a given name that is a modal before a
surname and a modal or an apposition; a surname alone that says "his side" or "her players"; a
job "of" a field in lower case after a name, "director of policy at Citizens Advice"; a given
name alone that a coined one-word name said "would" do something, "Hasbro said Chloe would"; a
name between "the" and "statue", "the Molly Malone statue"; the last word of a name of two
joined by "and" that speaks, "Marks and Spencer said"; a full name said of with an English
word before a plural verb, "said Ted Baker and Dune were"; a name, titled or not, after a ship's
noun, "the liner Queen Elizabeth"; a given name alone after the one person named in full with
it, "Georgie Grasso … Georgie"; a name that is to be written out of a work or killed off,
a part's; a full name whose given name no list holds before ", who played" or "would return
as", an actor's)."""

from __future__ import annotations

from briefings.analysis.people.extract import extract_entities
from briefings.analysis.results import ArticleText
from tests.analysis.people.passages import people_in


def test_a_knights_full_name_with_a_given_name_no_list_holds() -> None:
    assert people_in(
        "Textile designer Sir Olufemi Adewale has been knighted for services to design.",
    ) == {"Olufemi Adewale"}
    assert people_in(
        "The shop was opened by Dame Ysolde Carrick in 1988.",
        "Dame Ysolde said she was thrilled to see it still trading.",
    ) == {"Ysolde Carrick"}


def test_a_knights_full_name_with_a_common_word_in_it() -> None:
    assert people_in(
        "The studio, founded by Sir Jory Well, has been sold to a Japanese games maker.",
    ) == {"Jory Well"}


def test_a_knights_style_before_a_ship_or_a_pub_stays_no_one() -> None:
    assert people_in("The research ship RRS Sir Ernest Holt sailed from Hull on Monday.") == set()
    assert people_in("Regulars at the Sir Jory Well in Derby have raised £5,000.") == set()


def test_a_given_name_that_is_a_modal_before_a_surname_and_a_modal() -> None:
    assert people_in("Will Tarrant will present the new quiz on Channel 4.") == {"Will Tarrant"}
    assert people_in("Will Denholm would not comment on the sale.") == {"Will Denholm"}


def test_a_given_name_that_is_a_modal_before_an_apposition() -> None:
    assert people_in(
        "Will Tarrant, the former transport minister, is to stand for mayor.",
    ) == {"Will Tarrant"}


def test_a_question_opened_by_a_modal_names_no_one() -> None:
    assert people_in("Will Tarrant Rovers, the league leaders, win again?") == set()
    assert people_in("Will Denholm Town would be the question?") == set()


def test_a_surname_alone_that_says_his_side_or_her_players() -> None:
    assert people_in(
        "Hartlepool lost 2-0 at home to Yeovil on Saturday.",
        "Brunskill said his side had been second best all afternoon.",
    ) == {"Brunskill"}
    assert people_in(
        "Lewes won the cup for a second year.",
        "Okonkwo-Hale says her players deserved the trophy.",
    ) == {"Okonkwo-Hale"}


def test_a_club_that_says_their_players_or_its_squad_stays_no_one() -> None:
    assert people_in("Hartlepool said their players would wear black armbands.") == set()
    assert people_in("Yeovil said its squad would travel on Friday.") == set()


def test_a_job_of_a_field_after_a_name_whose_given_name_no_list_holds() -> None:
    found = extract_entities(
        ArticleText(
            None,
            (
                "Oyelaran Adeyemi, director of policy at the Resolution Trust, said rents had risen.",
            ),
        )
    )
    people = {e.name: e.role for e in found if e.kind == "person"}
    assert people == {"Oyelaran Adeyemi": "director of policy at the Resolution Trust"}
    assert people_in(
        "Oyelaran Adeyemi, the charity's head of public affairs, said rents had risen."
    ) == {"Oyelaran Adeyemi"}


def test_a_given_name_said_of_by_a_coined_one_word_name() -> None:
    assert (
        people_in(
            "Zentrafy said Marcus would now answer customers' questions about their bills.",
            "The assistant was launched last year.",
        )
        == set()
    )
    assert people_in(
        "Toyvola, which owns the series, said Daisy would appear in 40 new episodes.",
        "Writer Anna Pell said the new character was a joy to write.",
    ) == {"Anna Pell"}


def test_a_given_name_said_of_by_a_person_or_by_a_word_stays() -> None:
    assert people_in(
        "Hartlepool manager Simon Brunskill was pleased with the win.",
        "Brunskill said Gabriel would be fit for Saturday.",
    ) == {"Simon Brunskill", "Gabriel"}
    assert people_in("Police said Evie had been found safe and well.") == {"Evie"}


def test_a_name_between_the_and_a_statue_is_the_figures() -> None:
    assert people_in(
        "The Nancy Tolliver statue in Leeds Market is to be cleaned.",
        "The council said Nancy Tolliver would be back by the summer.",
        "Sculptor Dan Orme said he was delighted.",
    ) == {"Dan Orme"}
    assert people_in("Crowds gathered round the Kitty Marlowe sculpture on Sunday.") == set()


def test_a_statue_of_someone_leaves_them_a_person() -> None:
    assert people_in("A statue of Nancy Tolliver was unveiled in Leeds on Sunday.") == {
        "Nancy Tolliver"
    }


def test_the_last_word_of_a_pair_joined_by_and_that_speaks_is_no_one() -> None:
    assert people_in("Huntley and Palmer said biscuit sales rose by a tenth.") == set()
    assert people_in(
        "Crosby and Blackwell said its soups would cost more.",
        "Chief executive Moira Lund said costs had risen.",
    ) == {"Moira Lund"}


def test_a_pair_joined_by_and_that_speaks_is_a_body_whose_words_are_no_ones() -> None:
    found = extract_entities(
        ArticleText(
            None,
            (
                "Huntley and Palmer said its biscuits had their best Christmas for years.",
                "Chairman Ed Pryce said Palmer's old rival McVitie had been beaten on taste.",
            ),
        )
    )
    assert {(e.name, e.kind) for e in found if e.kind != "place"} >= {
        ("Huntley and Palmer", "organisation"),
        ("Ed Pryce", "person"),
    }
    assert {e.name for e in found if e.kind == "person"} == {"Ed Pryce"}


def test_a_pairs_last_word_named_in_full_stays_a_person() -> None:
    assert people_in(
        "Phillip Tandy and Holly Pearce will host the show.",
        "Phillip and Holly said they were delighted.",
    ) == {"Phillip Tandy", "Holly Pearce"}


def test_a_full_name_said_of_with_an_english_word_before_a_plural_verb() -> None:
    assert people_in(
        "Analyst Jo Penn said Laura Blakeley and Monsoon were closing shops across the north.",
    ) == {"Jo Penn"}
    assert (
        people_in(
            "The owner said Hector Lund and Jigsaw have both lost money this year.",
        )
        == set()
    )


def test_a_full_name_said_of_with_a_surname_stays_a_person() -> None:
    assert "Tom Shaw" in people_in("Police said Tom Shaw and Green were hurt in the crash.")


def test_a_name_after_a_ships_noun_is_the_ships() -> None:
    assert (
        people_in("The liner Queen Matilda left Southampton on a world cruise on Friday.") == set()
    )
    assert people_in(
        "The Danish frigate Niels Juel will join the group in the Gulf.",
        "Commodore Anna Brook said the crew were ready.",
    ) == {"Anna Brook"}


def test_a_ships_possessive_before_a_name_leaves_a_person() -> None:
    assert people_in("The ship's captain, Tom Hird, said the crossing had been rough.") == {
        "Tom Hird"
    }


def _persons(*paragraphs: str) -> dict[str, tuple[str, ...]]:
    found = extract_entities(ArticleText(None, paragraphs))
    return {e.name: e.aliases for e in found if e.kind == "person"}


def test_a_given_name_alone_after_the_one_person_named_in_full_with_it() -> None:
    people = _persons(
        "Marnie Tolland has won the pottery contest after a final decided on the last piece.",
        "Judge Keith Brymer said Marnie had been the most consistent potter.",
    )
    assert set(people) == {"Marnie Tolland", "Keith Brymer"}
    assert "Marnie" in people["Marnie Tolland"]


def test_a_given_name_two_people_named_in_full_share_joins_neither() -> None:
    people = _persons(
        "Marnie Tolland and Marnie Shaw reached the final.",
        "Judge Keith Brymer said Marnie had been the most consistent potter.",
    )
    assert "Marnie" not in people["Marnie Tolland"] + people["Marnie Shaw"]


def test_a_name_written_out_of_a_work_or_killed_off_is_a_parts() -> None:
    assert people_in(
        "Hollyoaks' Dodger Savage is to be written out of the soap this summer.",
        "Actor Ben Pryor said Dodger had been part of his life for a decade.",
    ) == {"Ben Pryor"}
    assert people_in("Nurse Rita Cole has been killed off in the hospital drama.") == set()


def test_a_person_written_out_of_a_will_or_killed_stays() -> None:
    assert people_in("Tom Harker was written out of his father's will in 1998.") == {"Tom Harker"}
    assert people_in("Tom Harker has been killed in a crash on the A1.") == {"Tom Harker"}


def test_a_full_name_before_an_actors_clause_is_a_person() -> None:
    assert people_in("Osaze Kinbe, who played the Doctor, left the role in May.") == {"Osaze Kinbe"}
    assert people_in(
        "The BBC said Tanvika Rao would return as Rhiannon Pike in the spring.",
    ) == {"Tanvika Rao"}


def test_a_band_that_is_to_play_a_tour_is_no_one() -> None:
    assert people_in("Jethro Pell are to play a farewell tour of the UK next spring.") == set()
