"""Round 37: British copy of our own (a courtesy title before a work's noun in apposition; an
actor who will play or voice "the character" a titled name opening the sentence before names; a
trade a firm and a person alike are called by, with the firm's "its", or a trade in the plural; a
full name that says "it would" do what a firm does; a name back on a channel in a new series, or
back with an actor "in the part")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_courtesy_title_before_a_works_noun_is_the_works() -> None:
    assert people_in(
        "Mrs Partridge, the musical, opens at the Leeds Playhouse in May.",
        "Producer Dan Kell said tickets were selling well.",
    ) == {"Dan Kell"}
    assert people_in("Mr Huxley, the drama about a Victorian surgeon, has been cancelled.") == set()
    # a person's noun after the comma, or the name marked elsewhere, keeps the person
    assert "Mrs Partridge" in people_in("Mrs Partridge, the head teacher, said she was delighted.")
    assert "Mrs Partridge" in people_in(
        "Mrs Partridge, the model, said she would walk for Burberry.",
    )


def test_an_actor_who_will_voice_the_character_names_no_one() -> None:
    assert people_in(
        "Mr Crumble will return in a new animated series next year, Channel 5 said.",
        "Tom Baxter, 58, will voice the character again.",
    ) == {"Tom Baxter"}
    assert people_in(
        "Mr Pickle is to get a new series on CBeebies.",
        "Anna Reid is to play the character.",
    ) == {"Anna Reid"}
    # a person an actor plays is "him" or "her"; a sentence that speaks of a person keeps them
    assert "Mr Bates" in people_in(
        "Mr Bates will be the subject of a new drama, ITV said.",
        "Toby Jones will play him again.",
    )
    assert "Mr Crumble" in people_in(
        "Mr Crumble said he would retire next year.",
        "Tom Baxter will play the character in the film of his life.",
    )


def test_a_trade_a_person_has_too_with_the_firms_its_is_a_firms() -> None:
    assert people_in(
        "Percy Lane, the publisher, is to translate its backlist into Welsh.",
        "Translator Gwen Owen said it was good news.",
    ) == {"Gwen Owen"}
    assert people_in(
        "Henry Marsh, the Leeds car dealer, has closed two showrooms.",
        "Kate Fell, its finance director, said sales had fallen.",
    ) == {"Kate Fell"}
    # a person's pronoun, "of" a firm, an indefinite article or another noun first keep the person
    assert "Percy Lane" in people_in(
        "Percy Lane, the publisher, said he would translate its backlist into Welsh."
    )
    assert "Percy Lane" in people_in("Percy Lane, the publisher of Seren, said its sales rose.")
    assert "Henry Marsh" in people_in(
        "Henry Marsh, a car dealer from Leeds, has closed two showrooms.",
        "Kate Fell, its finance director, said sales had fallen.",
    )
    assert "Henry Marsh" in people_in(
        "Henry Marsh, the car dealer, said the council had broken its own rules.",
        "Mr Marsh said he would appeal.",
    )


def test_a_trade_in_the_plural_is_a_firms() -> None:
    assert people_in(
        "Harvey Ross, the solicitors, said they would bring a claim for 300 residents.",
        "Kay Amos, a resident, said she was pleased.",
    ) == {"Kay Amos"}
    # two people named before it are the plural
    assert people_in(
        "Sam Cole and Ian Ross, the solicitors, said they would bring a claim.",
    ) == {"Sam Cole", "Ian Ross"}


def test_a_full_name_that_says_it_would_do_what_a_firm_does_is_a_firms() -> None:
    assert people_in(
        "Gilbert Frome said it would not bid for the pubs.",
        "Analyst Lily Voss said the price was too high.",
    ) == {"Lily Voss"}
    assert people_in("Gilbert Frome said it would open 12 more shops next year.") == set()
    # what a thing does, another naming's marks or a role keep the person
    assert "Sandra Kelly" in people_in(
        "The factory is owned by Acme.",
        "Sandra Kelly said it would close in May.",
    )
    assert "Sandra Kelly" in people_in(
        "Sandra Kelly said it would take months to clear the backlog."
    )
    assert "Sandra Kelly" in people_in(
        "Sandra Kelly said it would cut 80 jobs.",
        "Ms Kelly, 52, said she had worked there for 30 years.",
    )


def test_a_full_name_an_actor_will_voice_as_the_character_is_a_characters() -> None:
    assert people_in(
        "Dennis Dawson is to return in a new animated series on CBBC.",
        "Tom Baxter will voice the character.",
    ) == {"Tom Baxter"}
    assert "Dennis Dawson" in people_in(
        "Dennis Dawson said he would return to the show.",
        "Tom Baxter will voice the character.",
    )


def test_a_name_that_returns_to_a_channel_in_a_new_series_is_a_shows() -> None:
    assert people_in(
        "Dennis Dawson returns to BBC Two in a new series next month.",
        "Writer Ruth Bale said the comedy had grown up.",
    ) == {"Ruth Bale"}
    # an actor's series is of a work, or as a part
    assert "Olivia Colman" in people_in(
        "Olivia Colman returns to Channel 4 in a new series of Broadchurch."
    )
    assert "Tom Smith" in people_in("Tom Smith will return in a new series as the detective.")


def test_a_name_back_with_an_actor_in_the_part_is_a_characters() -> None:
    assert people_in(
        "Mrs Pargeter will be back on BBC One next year, with Joanna Lumley in the role.",
        "Writer Ann Dale said she was thrilled.",
    ) == {"Joanna Lumley", "Ann Dale"}
    assert people_in(
        "Dennis Dawson is to return for a Christmas special, with Tom Baxter again in the part.",
    ) == {"Tom Baxter"}
    # a lead role is of the subject's work; marks elsewhere keep the person
    assert "Tom Hale" in people_in("Tom Hale will be back on ITV, with Amy Cole in the lead role.")
    assert "Mr Hale" in people_in(
        "Mr Hale will be back on ITV next week, with Amy Cole in the role.",
        "Mr Hale said he was pleased.",
    )


def test_another_full_name_sharing_the_surname_does_not_mark_it_a_persons() -> None:
    # personsU: only the surname alone, or with a courtesy title, marks it a person's
    assert people_in(
        "Greta Lomax, the security adviser, said its clients had seen more attacks.",
        "Paul Lomax, a security adviser at Leeds University, said he was not surprised.",
    ) == {"Paul Lomax"}
    assert people_in(
        "Gilbert Frome said it would not bid for the pubs.",
        "Ann Frome, an analyst, said the price was too high.",
    ) == {"Ann Frome"}
    assert "Greta Lomax" in people_in(
        "Greta Lomax, the security adviser, said its clients had seen more attacks.",
        "Ms Lomax, 41, said she had warned them.",
    )


def test_a_utilitys_name_ending_in_water_is_a_firms() -> None:
    # personsU: "Southern Water said it would fight the claim" listed a person
    assert people_in(
        "Residents are to sue Wessex Water over sewage spills.",
        "Wessex Water said it would fight the claim.",
        "Jo Pike, a resident, said she was angry.",
    ) == {"Jo Pike"}
