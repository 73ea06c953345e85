"""Round 42: British copy of our own (a firm's apposition with two qualifiers joined by "and";
a name said of after a speaker set off by an aside, a common noun or an adverb; a name that
says "all its"; a producer or a maker of goods; a business described, then said once; a name
a copula calls an animal; a nickname opening a full name; one word in an article of software
assistants, said of before "its" or before "and" and another, or before a passive of made
things; a full name that speaks, taken up as "the company"; a name before "the broadcaster
said")."""

from __future__ import annotations

from tests.analysis.people.passages import people_in


def test_a_firms_apposition_with_two_qualifiers_joined_by_and() -> None:
    assert people_in(
        "Harriet Vane, the bedding and bath towels brand, is to open 30 shops.",
        "Chief executive Owen Pask said the brand had grown fast.",
    ) == {"Owen Pask"}
    # two nouns of a person joined: someone
    assert "Tom Relph" in people_in("Tom Relph, the father and husband, said he was shocked.")
    assert "Ann Carrow" in people_in(
        "Ann Carrow, the chairman and chief executive, said she would stay."
    )


def test_a_name_said_of_after_a_speaker_set_off_by_an_aside() -> None:
    assert people_in(
        "Harriet Vane, the bedding brand, has been bought by Kestrel Capital.",
        "Kestrel, which is run by Owen Pask, said Harriet Vane would keep 30 shops.",
    ) == {"Owen Pask"}
    # "“…,” said" and a name: the speaker
    assert "Tom Relph" in people_in("“We will keep going,” said Tom Relph, who was 40 in May.")


def test_a_name_said_of_after_a_common_nouns_said() -> None:
    assert (
        people_in(
            "Morven Blair, the soap and candle maker, has been sold to Lund Partners.",
            "The buyer said Morven Blair would keep its factory in Perth.",
        )
        == set()
    )


def test_a_name_said_of_before_still() -> None:
    assert people_in(
        "Harriet Vane, the bedding brand, is to return to the high street.",
        "Next boss Owen Pask said Harriet Vane still had loyal customers.",
    ) == {"Owen Pask"}


def test_a_name_that_says_all_its() -> None:
    assert people_in(
        "Hector Lund said all its 40 shops would close by Easter.",
        "Administrator Ruth Amis said 300 jobs would go.",
    ) == {"Ruth Amis"}
    assert people_in(
        "Hector Lund said a third of its shops would close.",
        "Administrator Ruth Amis said 300 jobs would go.",
    ) == {"Ruth Amis"}
    # what someone spoke of: someone
    assert "Tom Relph" in people_in("Tom Relph said of its record that it was the best.")


def test_a_producer_or_a_maker_of_goods() -> None:
    assert people_in(
        "Harriet Vane, the Suffolk poultry producer, has been sold to a Dutch group.",
        "Farmer Owen Pask said growers had waited months for news.",
    ) == {"Owen Pask"}
    # a producer of shows, records or a craft, or after an adjective: someone
    assert "Ann Carrow" in people_in("Ann Carrow, the film producer, has died aged 80.")
    assert "Ann Carrow" in people_in("Ann Carrow, the award-winning producer, said she was glad.")
    assert "Ann Carrow" in people_in("Ann Carrow, the veteran producer, said she was glad.")


def test_a_business_described_then_said_once() -> None:
    assert people_in(
        "Hector Lund, the Yorkshire brewer, has told the landlords of its pubs to ban music.",
        "Hector Lund said the rule would help customers talk.",
        "Ruth Amis, who runs the Crown in York, said regulars were pleased.",
    ) == {"Ruth Amis"}
    # a person's pronoun outweighs it: "said he"
    assert "Hector Lund" in people_in(
        "Hector Lund, the Yorkshire brewer, has sold the family firm.",
        "Hector Lund said he would stay on the board.",
    )


def test_a_name_a_copula_calls_an_animal() -> None:
    assert people_in(
        "Silver Lark won the Scottish Greyhound Derby at Shawfield on Saturday.",
        "Trainer Ruth Amis said Silver Lark was the quickest dog she had seen.",
    ) == {"Ruth Amis"}
    # idioms and a trainer of animals: someone
    assert "Tom Relph" in people_in("Tom Relph is the dark horse of the race, said Ruth Amis.")
    assert "Tom Relph" in people_in("Tom Relph is the best horse trainer in Ireland.")


def test_a_nicknames_full_name_after_a_title() -> None:
    assert "Norm Tilley" in people_in("Chairman Norm Tilley is to retire from the board in May.")
    # a common word and a thing's word: no one
    assert people_in("Athletics Kenya said it would appeal.") == set()


def test_a_one_word_name_in_an_article_of_software_assistants() -> None:
    assert people_in(
        "Halden Bank said Mira would now answer questions about loans.",
        "Chief executive Ruth Amis said customers had used the assistant 4 million times.",
    ) == {"Ruth Amis"}
    # an assistant manager's club and its player: someone
    assert "Rooney" in people_in(
        "Everton said Rooney would miss the game.",
        "Rooney was hurt in training, the assistant manager said.",
    )


def test_a_one_word_name_said_of_before_its() -> None:
    assert people_in(
        "Owner Ruth Amis said Mira would be the name of its new soap range.",
    ) == {"Ruth Amis"}
    # "his": someone
    assert "Tom Relph" in people_in(
        "Chelsea signed Tom Relph in May.",
        "Coach Ruth Amis said Relph would miss his first game.",
    )


def test_a_one_word_name_before_a_passive_of_made_things() -> None:
    assert people_in(
        "Halden said Mira would be able to answer harder questions.",
        "Chief Ruth Amis said it was the biggest change since Mira was launched.",
    ) == {"Ruth Amis"}
    # installed as favourite: a horse or a player
    assert "Jose Relph" in people_in(
        "Coach Jose Relph is the bookmakers' choice.",
        "Relph was installed as favourite on Monday.",
    )


def test_a_one_word_name_said_of_before_and_another() -> None:
    assert people_in(
        "Harley and Brand has reported its best sales for a decade.",
        "Chief executive Ruth Amis said Harley and Brand had won back younger shoppers.",
    ) == {"Ruth Amis"}


def test_a_full_name_that_speaks_taken_up_as_the_company() -> None:
    assert people_in(
        "Harley Brand said the Leeds site would be sold for housing.",
        "Chairman Ruth Amis said the move would secure the company's future.",
    ) == {"Ruth Amis"}
    assert (
        people_in(
            "Harley Brand said 170 jobs would go at its plant in Corby as the carmaker cut costs.",
        )
        == set()
    )
    # "he", or a body the noun takes up, in the sentence or before it: someone
    assert "Ted Pick" in people_in(
        "Shares in Morgan Stanley rose 3% after the bank beat forecasts.",
        "Ted Pick said the bank was well placed for next year.",
    )
    assert "Tom Hale" in people_in("Tom Hale said he would leave the company in May.")
    assert "Tom Hale" in people_in(
        "Tom Hale said Tesco would close 20 stores, the supermarket's first closures."
    )


def test_a_name_before_the_broadcaster_said() -> None:
    assert "Ruth Amis" in people_in("The new narrator is Ruth Amis, the broadcaster said.")
    # a body's noun that no person is: the name's
    assert "Harley Brand" not in people_in("She joined Harley Brand, the bank said.")
