"""Attribution round 37: who a sentence's subject is, for the "he" or "she" that follows."""

from __future__ import annotations

from tests.analysis.quotes.passages import quotes


def _last_speaker(subject_sentence: str) -> str | None:
    quoted = quotes(
        "“It doesn’t mean people aren’t persuadable,” said Hammond.",
        subject_sentence,
        "“Donald Trump has his share of support in our district,” he said.",
    )
    return quoted[-1].speaker


def test_a_described_title_before_a_name_opens_the_sentence_as_its_subject() -> None:
    speaker = _last_speaker(
        "The district GOP Chairman Walt Brennan declined to name the three delegates."
    )
    assert speaker == "Walt Brennan"


def test_a_fronted_adverb_before_the_described_title_keeps_the_subject() -> None:
    speaker = _last_speaker(
        "There, the district GOP Chairman Walt Brennan declined to name the three delegates."
    )
    assert speaker == "Walt Brennan"


def test_a_described_body_is_no_subject() -> None:
    speaker = _last_speaker("The New York Police Department declined to name the officers.")
    assert speaker == "Hammond"


def test_a_name_after_like_opening_the_sentence_is_not_its_subject() -> None:
    (q,) = quotes(
        "Jake Sherman has a habit of checking his phone. Mike Allen wrote the first edition.",
        "Sherman, in particular, keeps his eyes on his iPhone. Like Allen, their days begin at"
        " 4:30 a.m.",
        "“We like to work,” he told me.",
    )
    assert q.speaker == "Jake Sherman"


def test_a_name_opening_the_sentence_as_its_subject_still_counts() -> None:
    (q,) = quotes(
        "Jake Sherman has a habit of checking his phone.",
        "Sherman, in particular, keeps his eyes on his iPhone. Mike Allen wrote the first edition.",
        "“We like to work,” he told me.",
    )
    assert q.speaker == "Mike Allen"


def test_a_headline_with_a_contraction_is_no_person() -> None:
    quoted = quotes(
        "Take a look at what John Leguizamo and many more Latinos said that got us thinking.",
        "In a conversation about his comedy project, the actor discussed the absence of Latinos"
        " in history lessons. “You don’t hear about us,” he said.",
        "George Lopez On Why Blacks, Latinos Can’t Fail On TV.",
    )
    assert all(q.speaker != "Latinos Can’t Fail" for q in quoted)


def test_an_owners_description_before_a_name_opens_the_sentence_as_its_subject() -> None:
    quoted = quotes(
        "“Order matters,” House Speaker Paul Ryan told the delegates.",
        "The candidate’s glamorous wife Melania Trump brought some pizzazz to the proceedings.",
        "The Slovenia-born former model defended her husband. “Donald is, and always has been,"
        " an amazing leader,” said the 46-year-old.",
    )
    assert quoted[-1].speaker == "Melania Trump"


def test_an_owner_before_a_name_still_leaves_the_name_the_subject() -> None:
    (q,) = quotes("The party’s Paul Ryan disagreed. “We will not move the date,” he said.")
    assert q.speaker == "Paul Ryan"


def test_a_surname_alone_that_is_a_given_name_gives_no_gender_to_the_full_name() -> None:
    quoted = quotes(
        "Hillary Clinton won the state’s primary in June.",
        "Naureen Jahangir, a Sanders supporter from Hemet, is among those who say they will not"
        " back the nominee. The primary was the first time she had volunteered, and she doesn’t"
        " think Clinton will take up the issues Sanders raised.",
        "Choosing between the two parties is a “false choice,” she said.",
        "Like a lot of supporters, Jahangir said she was angered by the early calls.",
    )
    assert quoted[0].speaker == "Naureen Jahangir"
