"""Round 36: British copy of our own (firms named like people that a comma and a business's noun,
or "which" and a firm's verb, describe; a sentence's subject that its
last clause, a business's trade and "said", speaks for; a courtesy title before a common word, or
before a word the next sentence's actor plays as "the character"; a given name before a surname
that is a title's word; a subject whose verb takes "another of its" or "a fifth of its")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_name_a_comma_and_a_business_noun_describe_is_a_firms() -> None:
    assert people_in(
        "Hugh Pemberton, the Cotswold brewer behind Old Ram bitter, is to close its brewery tap.",
        "Licensing officer Dee Marsh said the council had no say.",
    ) == {"Dee Marsh"}
    assert people_in(
        "Rupert Vaughan, the wealth manager, said client money rose 8% in the half year.",
        "Analyst Imogen Clay said the figures were better than expected.",
    ) == {"Imogen Clay"}
    assert not people_in(
        "Shares in Archie Bellamy, the FTSE 250 property group, fell 4% on Monday."
    )


def test_a_persons_job_or_the_firms_possessive_after_the_comma_keeps_the_person() -> None:
    assert people_in(
        "Rupert Vaughan, the fund manager, said client money rose 8% in the half year.",
        "Dee Marsh, the brewer's chairman, said the tap would stay open.",
    ) == {"Rupert Vaughan", "Dee Marsh"}
    # the firm's person, marked elsewhere, stays a person
    assert "Rupert Vaughan" in people_in(
        "Rupert Vaughan, the wealth manager, has been sold to a US bank.",
        "The firm was founded by the banker Rupert Vaughan, who will stay on as chairman.",
    )


def test_which_and_a_firms_verb_tell_of_a_firm() -> None:
    assert people_in(
        "The Leeds law firm follows Harriet Crane, which announced 50 job cuts last month.",
        "Partner Ola Brandt said no lawyer would be replaced.",
    ) == {"Ola Brandt"}
    assert not people_in("Rovers buy their kits from Oliver Barlow, which also makes boots.")
    # an event told of with "which" keeps the person
    assert "Jack Ormond" in people_in("Rovers sacked Jack Ormond, which angered the fans.")


def test_a_subject_that_a_business_trade_speaks_for_is_a_firms() -> None:
    assert people_in(
        "Percy Holloway has agreed to buy a smaller rival for £40m, the insurer said on Monday.",
        "Analyst Ruth Kell said the price was fair.",
    ) == {"Ruth Kell"}
    # an office speaks for a person; a trade speaks of a subject that another verb acts on, or of
    # another body the sentence names
    assert "Rachel Reeves" in people_in(
        "Rachel Reeves will freeze fuel duty for another year, the chancellor said on Monday.",
    )
    assert "Tom Pryce" in people_in(
        "Tom Pryce has been arrested at Heathrow, the airline said.",
    )
    assert "Tom Pryce" in people_in(
        "Tom Pryce had flown 2,000 hours with EasyJet, the airline said on Friday.",
    )


def test_a_courtesy_title_before_a_common_word_is_a_brands_or_a_contests() -> None:
    assert people_in(
        "Mr Muscle is to be sold by its owner for £300m.",
        "Analyst Tony Rand said buyers had shown interest.",
    ) == {"Tony Rand"}
    assert "Lady Gaga" in people_in("Bloody Mary, a 2011 Lady Gaga song, has entered the chart.")
    assert "Mr Hope" in people_in("Mr Hope said the shop would stay open.")
    # after "Miss", any dictionary's word no library knows as a name
    assert people_in(
        "Miss Saigon is to tour the UK next year.",
        "Producer Ana Kell said tickets were selling fast.",
    ) == {"Ana Kell"}
    assert "Miss Obama" in people_in("Miss Obama said she would study law.")


def test_a_given_name_before_a_surname_that_is_a_title() -> None:
    assert people_in("Will King said the crew were ready.") == {"Will King"}
    assert people_in("Will Bishop has scored twice for Wrexham.") == {"Will Bishop"}
    assert "Will King" not in people_in("Will King Charles attend the service?")


def test_a_courtesy_title_and_a_word_the_next_sentences_actor_plays_as_the_character() -> None:
    assert people_in(
        "Mr Wobble is to get a new series on CBeebies after ten years on air.",
        "Gareth Pym, who plays the character, said he was thrilled.",
    ) == {"Gareth Pym"}
    # an actor who plays "him" may play a real person; another naming of a person stays one
    assert "Mr Bates" in people_in(
        "Mr Bates is to get a new drama on ITV.",
        "Toby Jones, who plays him, said he was thrilled.",
    )
    assert "Mr Bates" in people_in(
        "Mr Bates is to get a new drama on ITV.",
        "Toby Jones, who plays the character, said Mr Bates was a hero.",
    )


def test_a_subject_whose_verb_takes_a_share_of_its_own() -> None:
    assert people_in(
        "Rufus Harding has closed another of its pubs after a row over prices.",
        "Liz Moor, 72, said the village had lost its heart.",
    ) == {"Liz Moor"}
    assert "Percy Gale" not in people_in("Percy Gale is to cut a fifth of its London staff.")
    # a person's verb may take another's "its"
    assert "Tony Blair" in people_in("Tony Blair visited one of its schools.")
