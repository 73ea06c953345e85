"""Round 56 attrAS: English-language outlets of India, Australia, Canada, South Africa, Singapore
and the Gulf, a UN noon briefing and a think tank's commentary (offices written capitalised,
names written family name first)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText
from tests.analysis.quotes.passages import speaker_in, speaker_of


def _titled(title: str, *paragraphs: str, piece: str) -> str | None:
    """The speaker of the first quote holding `piece` in an article with this headline."""
    return speaker_of(extract_quotes(ArticleText(title, paragraphs)), piece)


def test_the_secretary_general_is_an_office_not_a_name() -> None:
    # "Secretary-General" is one capitalised word, but an office (as "Director-General",
    # "Attorney-General"): "the Secretary-General" means the one named as holding it
    speaker = speaker_in(
        "The Secretary-General, António Guterres, arrived in Bali this morning.",
        "Spokesman: As the Secretary-General has said repeatedly, “there is no military solution"
        " to this conflict.”",
        piece="no military solution",
    )
    assert speaker == "António Guterres"


def test_a_name_set_beside_a_capitalised_office_opening_the_sentence_is_its_subject() -> None:
    # "The Foreign Minister, Penny Wong, arrived": Wong is whom the "she" after it means
    speaker = speaker_in(
        "The Foreign Minister, Penny Wong, arrived in Bali this morning. Speaking to reporters,"
        " she said: “The climate crisis is not waiting for anyone.”",
        piece="climate crisis",
    )
    assert speaker == "Penny Wong"


def test_kim_said_after_a_place_phrase_and_a_title_is_the_kim_who_just_spoke() -> None:
    # the minister opens his sentence as its subject after "In Seoul," and his title; the
    # leader is only named in the paragraph before
    speaker = speaker_in(
        "North Korea has sent shells to Russia, helping leader Kim Jong Un's weapons programs.",
        "In Seoul, Defense Minister Kim Sung-ho told lawmakers that the North had received help."
        " “There are clear signs of technical support,” Kim said.",
        piece="clear signs",
    )
    assert speaker == "Kim Sung-ho"


def test_kim_said_after_a_lead_whose_subject_is_one_kim_is_hers() -> None:
    # no Kim in the headline: the lead's subject is Kim Yo-jong, her brother named only inside
    # her aside between commas
    speaker = speaker_in(
        "SEOUL, Sept. 14 (Yonhap) -- Kim Yo-jong, the powerful sister of North Korean leader Kim"
        " Jong-un, on Thursday dismissed U.S. claims that Pyongyang is shipping shells to Russia.",
        "“The U.S. should stop spreading absurd rumors,” Kim said in a statement carried by the"
        " official Korean Central News Agency.",
        piece="absurd rumors",
    )
    assert speaker == "Kim Yo-jong"


def test_kim_said_after_a_lead_naming_the_other_kim_outside_the_aside_is_no_one() -> None:
    # a control: her brother is named in the lead's predicate as well, so either may be meant
    speaker = speaker_in(
        "Kim Yo-jong on Thursday dismissed the claims of Kim Jong-un's critics abroad.",
        "“The U.S. should stop spreading absurd rumors,” Kim said.",
        piece="absurd rumors",
    )
    assert speaker is None


def test_kim_in_the_headline_is_the_kim_the_lead_introduces_first() -> None:
    # "Kim" is the family name, written first: the headline's "Kim" is the one the lead
    # introduces, as "Clinton swipes at Trump" is the lead's Clinton (was read as "Yo-jong")
    speaker = _titled(
        "Kim warns U.S. over drills",
        "North Korea's Kim Yo-jong, the sister of leader Kim Jong-un, on Thursday warned the"
        " United States against new drills.",
        "The Pentagon said the exercises would go ahead as planned.",
        "“The U.S. will pay a dear price,” Kim said.",
        piece="dear price",
    )
    assert speaker == "Kim Yo-jong"


def test_a_korean_name_whose_family_name_is_a_common_word_is_a_person() -> None:
    # "Park" opens the name as its family name (no park), "Soon-sil" is a given name (not
    # "soon"): the "she" after each is hers (was no one)
    assert (
        speaker_in(
            "Park Geun-hye, the former president, was released on Friday.",
            "“I am sorry for causing concern,” she said.",
            piece="causing concern",
        )
        == "Park Geun-hye"
    )
    assert (
        speaker_in(
            "Choi Soon-sil was released on Friday. She said she was “sorry for the trouble.”",
            piece="the trouble",
        )
        == "Choi Soon-sil"
    )


def test_mr_kim_is_not_the_kim_written_as_someones_sister() -> None:
    # no given name tells a Korean name's sex, but "his sister" does: "Mr. Kim" is her brother,
    # though she spoke last (was Kim Yo Jong)
    speaker = speaker_in(
        "Kim Jong Un met Putin on Wednesday. His sister, Kim Yo Jong, said the talks were"
        " “historic.”",
        "“We will stand with Russia,” Mr. Kim said.",
        piece="stand with Russia",
    )
    assert speaker == "Kim Jong Un"


def test_the_office_of_a_name_set_beside_it_capitalised_is_that_persons() -> None:
    # "The Secretary-General, António Guterres," gives Guterres the office: "the
    # Secretary-General" is he, not Griffiths, who spoke since (was Griffiths)
    speaker = speaker_in(
        "The Secretary-General, António Guterres, arrived in Bali this morning.",
        "Martin Griffiths, the Emergency Relief Coordinator, said civilians were paying “an"
        " unbearable price”.",
        "Spokesman: As the Secretary-General has said repeatedly, “there is no military solution"
        " to this conflict.”",
        piece="no military solution",
    )
    assert speaker == "António Guterres"


def test_a_name_after_news_agency_is_the_agency_not_a_person() -> None:
    # "state news agency Wam reported": a body's report, never a person called Wam
    speaker = speaker_in(
        "The two leaders discussed ways to deepen their “comprehensive strategic partnership”,"
        " state news agency Wam reported.",
        piece="comprehensive strategic",
    )
    assert speaker != "Wam"


def test_a_quotation_in_a_clause_joined_by_and_after_anothers_quotation_is_its_subjects() -> None:
    # "told … that “…”" gave Xi's words; ", and spokesperson Mao Ning has dismissed the Quad as
    # “…”" are hers (was Xi's)
    speaker = speaker_in(
        "Xi Jinping told Joe Biden in San Francisco that “planet Earth is big enough for the two"
        " countries to succeed”, and Chinese foreign ministry spokesperson Mao Ning has repeatedly"
        " dismissed the Quad as “an exclusive clique”.",
        piece="exclusive clique",
    )
    assert speaker == "Mao Ning"
