"""Round 28: British copy of our own (trade jobs glued to a name at a sentence's start, a job
and one word opening a sentence, parts an actor plays)."""

from __future__ import annotations

from tests.analysis.people.passages import roles_in


def test_a_trades_job_glued_to_a_name_is_the_persons_role() -> None:
    roles = roles_in(
        "Showrunner Sally Wainwright said the drama would be set in Halifax.",
        "Seamer Gus Atkinson took five wickets.",
        "Pundit Chris Kamara paid tribute to his friend.",
        "Champion Luke Littler beat Rob Cross at Alexandra Palace.",
        "Wicketkeeper Jamie Smith made 95.",
        "Substitute Callum Wilson scored late on.",
        "Forward Ollie Watkins scored twice.",
    )
    assert set(roles) == {
        "Sally Wainwright",
        "Gus Atkinson",
        "Chris Kamara",
        "Luke Littler",
        "Rob Cross",
        "Jamie Smith",
        "Callum Wilson",
        "Ollie Watkins",
    }
    assert roles["Sally Wainwright"] == "Showrunner"
    assert roles["Chris Kamara"] == "Pundit"


def test_a_sports_job_glued_to_a_name_is_no_part_of_it() -> None:
    roles = roles_in(
        "Heptathlete Katarina Johnson-Thompson won silver in Budapest.",
        "Hurdler Colin Jackson said the race had been close.",
    )
    assert set(roles) == {"Katarina Johnson-Thompson", "Colin Jackson"}


def test_a_players_job_and_one_word_opening_a_sentence_name_the_player() -> None:
    roles = roles_in(
        "Aston Villa have signed Amadou Onana from Everton.",
        "Midfielder Onana said Villa Park had a special atmosphere.",
    )
    assert set(roles) == {"Amadou Onana"}


def test_a_performers_job_and_one_word_opening_a_sentence_name_the_performer() -> None:
    assert set(roles_in("Rapper Stormzy will headline the festival.")) == {"Stormzy"}


def test_a_name_an_actor_plays_is_a_part() -> None:
    roles = roles_in(
        "Actress Sally Dynevor will leave Coronation Street after 40 years.",
        "Dynevor plays Sally Webster.",
        "Jack Draper is seeded fourth. Draper plays Jannik Sinner on Monday.",  # no actor: a match
    )
    assert set(roles) == {"Sally Dynevor", "Jack Draper", "Jannik Sinner"}


def test_a_given_name_before_a_plural_bodys_word_is_a_body() -> None:
    roles = roles_in(
        "Sky Sports said a new host would be named in the summer.",
        "Jeffrey Sachs said the plan would fail.",  # a surname that ends in "s"
        "Natalie Press said she was happy.",
    )
    assert set(roles) == {"Jeffrey Sachs", "Natalie Press"}
