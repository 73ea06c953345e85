"""Round 58 attrAW: US state, local and business news (a family's store, a council's exchange)."""

from __future__ import annotations

from tests.analysis.quotes.passages import speaker_in


def test_a_surname_is_the_persons_not_the_store_named_after_them() -> None:
    # "Lindholm" ends Gary Lindholm's name and opens his store's: the "he" after "Lindholm says"
    # is the man, not "Lindholm Hardware"
    speaker = speaker_in(
        "Every morning, Gary Lindholm unlocks the front door of Lindholm Hardware.",
        "“People think a hardware store sells hammers,” Lindholm tells me.",
        "Lindholm says he has thought about retiring. He turned 68 in March.",
        "“She’s got her own life,” he says.",
        piece="her own life",
    )
    assert speaker == "Gary Lindholm"


def test_a_firm_named_again_by_its_first_word_speaks_as_the_firm() -> None:
    # "Meridian" opens the one organisation's name the article writes: its statement's words
    speaker = speaker_in(
        "Meridian Health Partners said Monday it has agreed to acquire Lakeshore Clinics.",
        "Meridian said in its statement that the deal would “strengthen our primary care"
        " footprint across the region.”",
        piece="primary care footprint",
    )
    assert speaker == "Meridian Health Partners"


def test_a_first_word_that_is_also_a_persons_surname_is_not_the_firm() -> None:
    # "Trump" ends Donald Trump's name: the firm named after him is not who "Trump said" means
    speaker = speaker_in(
        "Donald Trump toured a golf course owned by the Trump Organization on Monday.",
        "Trump said the course was “the finest in the world.”",
        piece="the finest in the world",
    )
    assert speaker == "Donald Trump"


def test_a_first_word_opening_two_bodies_is_neither() -> None:
    speaker = speaker_in(
        "Apex Holdings Inc. and the Apex Workers Union met on Monday.",
        "Apex said the talks had been “productive.”",
        piece="productive",
    )
    assert speaker is None


def test_the_company_is_the_firm_the_sentence_before_opens_on() -> None:
    speaker = speaker_in(
        "Meridian Health Partners said Monday it has agreed to acquire Lakeshore Clinics.",
        "Meridian, based in Grand Rapids, operates six hospitals. The company said in its"
        " statement that the deal would “strengthen our primary care footprint.”",
        piece="primary care footprint",
    )
    assert speaker == "Meridian Health Partners"


def test_the_company_after_a_sentence_about_someone_else_is_no_one() -> None:
    # the sentence before opens on a person: which of the two firms is meant, the text does not say
    speaker = speaker_in(
        "Meridian Health Partners said Monday it has agreed to acquire Harland Foods Inc.",
        "Carla Deschamps leads the buyer. The company said in its statement that the deal would"
        " “strengthen our primary care footprint.”",
        piece="primary care footprint",
    )
    assert speaker is None


def test_a_bare_question_put_to_you_after_two_turns_is_the_first_ones_asking_back() -> None:
    # two council members trade turns; the bare question to "you" is Ortiz's to Wozniak, and the
    # bare answer after it is his
    passage = (
        "Ald. Janelle Ortiz said she had sent the draft two weeks ago. Ald. Pete Wozniak said he"
        " received it Friday.",
        "“Two weeks ago,” Ortiz said. “I have the email.”",
        "“Then your email didn’t reach me,” Wozniak said.",
        "“Did you check your spam folder?”",
        "“I’m not going to do this here.”",
    )
    assert speaker_in(*passage, piece="spam folder") == "Janelle Ortiz"
    assert speaker_in(*passage, piece="do this here") == "Pete Wozniak"


_ORCHARD = (
    "Walt Kessler has picked pears here since he was 9. His wife, June Kessler, keeps the books."
)


def test_a_woman_named_for_a_month_speaks_by_her_full_name() -> None:
    # "June Kessler" is a name, not a date: not her husband, the Kessler named before her
    speaker = speaker_in(_ORCHARD, "“We’ll make it,” June Kessler says.", piece="make it")
    assert speaker == "June Kessler"


def test_a_woman_named_for_a_month_speaks_by_her_given_name() -> None:
    speaker = speaker_in(_ORCHARD, "“We always do,” June says.", piece="always do")
    assert speaker == "June Kessler"


def test_a_surname_that_is_a_month_is_the_persons() -> None:
    speaker = speaker_in(
        "Prime Minister Theresa May met opposition leaders on Tuesday.",
        "“Brexit means Brexit,” May said.",
        piece="Brexit means Brexit",
    )
    assert speaker == "Theresa May"


def test_a_month_before_a_common_word_is_still_a_month() -> None:
    # "In June Congress passed …": no one named June; the quotation is the senator's
    speaker = speaker_in(
        "In June Congress passed the bill. Sen. Tom Reed voted for it.",
        "“It was close,” Reed said.",
        piece="It was close",
    )
    assert speaker == "Tom Reed"


_HEARING = (
    "Maria Delgado, who owns two taquerias in Fresno, told the committee she had hired a"
    " bookkeeper. “I didn’t open a restaurant to do accounting,” she said.",
    "Assemblyman Greg Pruitt, a Republican from Bakersfield, asked her how much the bookkeeper"
    " cost. “About $1,400 a month,” Delgado said.",
    "“And how many people could you hire with that?”",
    "“One more cook.”",
)


def test_a_bare_question_after_a_told_question_and_its_answer_is_the_askers() -> None:
    # the paragraph tells that Pruitt asked her and gives her answer: the bare follow-up is his,
    # his title aside, and the bare answer after it hers
    assert speaker_in(*_HEARING, piece="how many people") == "Greg Pruitt"
    assert speaker_in(*_HEARING, piece="One more cook") == "Maria Delgado"


def test_assemblyman_is_a_title() -> None:
    speaker = speaker_in(
        "“We heard from servers,” said Assemblywoman Lisa Tran, a Democrat from San Jose.",
        piece="We heard from servers",
    )
    assert speaker == "Lisa Tran"
