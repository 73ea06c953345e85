"""Round 55 attrAR: Asian and Russian English-language outlets on the Russia–North Korea arms deal
(Korean names written family name first, state-media readouts, ministries' spokespeople)."""

from __future__ import annotations

from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str, title: str | None = None) -> str | None:
    found = extract_quotes(ArticleText(title, paragraphs))
    return next(q.speaker for q in found if piece in q.text)


def test_kim_said_is_the_kim_the_headline_names_of_two_kims() -> None:
    # "Kim" is the family name of Kim Yo-jong and of Kim Jong-un (written first): the one the
    # headline names, not the brother named last in her apposition
    speaker = _speaker(
        "SEOUL -- Kim Yo-jong, the sister of North Korean leader Kim Jong-un, on Thursday"
        " dismissed the claims.",
        "“The U.S. should stop spreading rumors,” Kim said in a statement carried by the official"
        " Korean Central News Agency.",
        piece="stop spreading",
        title="Kim Yo-jong dismisses claims",
    )
    assert speaker == "Kim Yo-jong"


def test_kim_said_after_two_kims_named_together_is_no_one() -> None:
    speaker = _speaker(
        "Kim Dong-hwan, a professor, said the shells were “old but usable.” Kim Seong-tae, a"
        " senior fellow at the institute, said many were “duds.”",
        "Kim Dong-hwan and Kim Seong-tae both expect Kim Jong-un to meet Putin. “The timing is not"
        " an accident,” Kim said.",
        piece="The timing",
    )
    assert speaker is None


def test_kim_said_is_never_the_agency_writer_credited_after_it() -> None:
    # "Hyung-jin Kim" (the given name first) is the only name ending in Kim, but the minister
    # "Kim Sung-ho" and the leader may be meant as well: not the byline's writer (round 56: the
    # minister, who just opened his sentence speaking after "In Seoul," and his title)
    speaker = _speaker(
        "North Korea has sent shells, helping leader Kim Jong Un's programs.",
        "In Seoul, Defense Minister Kim Sung-ho told lawmakers that the North had received help."
        " “There are clear signs of technical support,” Kim said.",
        "Associated Press writer Hyung-jin Kim in Seoul contributed to this report.",
        piece="clear signs",
    )
    assert speaker == "Kim Sung-ho"


def test_a_kim_who_opens_a_sentence_speaking_is_the_kim_said() -> None:
    # a control: the two Kims of the paragraph are told apart by who opens the sentence
    speaker = _speaker(
        "Kim Dong-hwan, a professor, said the shells were “old but usable.” Kim Seong-tae, a"
        " senior fellow at the institute, disagreed. “Many of them are duds,” Kim said.",
        piece="Many of them",
    )
    assert speaker == "Kim Seong-tae"


def test_a_month_opening_a_sentence_is_no_name_a_description_is_written_beside() -> None:
    # "In December, the developer" wrote "developer" beside no one: the description is the one
    # salient developer, not someone named "December"
    speaker = _speaker(
        "Marcus Tillery wants to build three towers on the waterfront.",
        "In December, the developer told the council the plan was “a gift to the city.”",
        piece="a gift",
    )
    assert speaker == "Marcus Tillery"
    speaker = _speaker(
        "Prince Alwaleed bin Talal mocked Donald Trump on Twitter.",
        "In December, the prince called for Trump to drop out of the race, calling him “a"
        " disgrace.”",
        piece="a disgrace",
    )
    assert speaker == "Alwaleed bin Talal"


def test_the_spokeswoman_is_the_one_written_so_not_a_colleague_of_unknown_gender() -> None:
    # "Wang Jianguo" gives no gender by his names; "the spokeswoman" is the one the article
    # calls so, "spokeswoman Mao Lin", not the colleague named last
    speaker = _speaker(
        "“China is not aware of the situation,” foreign ministry spokeswoman Mao Lin told a"
        " regular press briefing.",
        "Her colleague Wang Jianguo had said much the same the week before.",
        "“China and the DPRK are friendly neighbours,” the spokeswoman said.",
        piece="friendly neighbours",
    )
    assert speaker == "Mao Lin"


def test_a_ministry_relaying_its_minister_s_words_is_not_their_speaker() -> None:
    # "According to the Foreign Ministry, Nakagawa told Park that …": the ministry relays what
    # its minister told her counterpart; the words are hers
    speaker = _speaker(
        "Foreign Minister Emi Nakagawa held talks with her South Korean counterpart, Park Sung-jin.",
        "According to the Foreign Ministry, Nakagawa told Park that the three countries must"
        " “speak with one voice,” and Park agreed.",
        piece="speak with one voice",
    )
    assert speaker == "Emi Nakagawa"
    # a control: the body's own words, with no speaker named after it
    speaker = _speaker(
        "According to the Pentagon, the shells were “old but usable.”", piece="old but usable"
    )
    assert speaker != "Emi Nakagawa"


def test_claims_in_an_object_are_no_speech_verb_of_the_name_before_them() -> None:
    # "dismissed White House claims that …": a noun, object of "dismissed"; the words "calling
    # them" gives are the subject's, not the White House's
    speaker = _speaker(
        "Sen. Jane Holt on Thursday dismissed White House claims that the bill was dead, calling"
        " them “a fantasy.”",
        piece="a fantasy",
    )
    assert speaker == "Jane Holt"
    # a control: after a speech verb the name is the subject of "claims"
    speaker = _speaker(
        "Holt said Trump claims that the bill is “already dead.”", piece="already dead"
    )
    assert speaker != "Jane Holt"


def test_an_appositive_describing_by_a_who_clause_may_run_long() -> None:
    # round 54's leftover: "a first-term Democrat who won the seat in an upset two years ago"
    # is thirteen tokens, past the twelve an appositive might run
    speaker = _speaker(
        "The incumbent, Rep. Janelle Okafor, a first-term Democrat who won the seat in an upset"
        " two years ago, said she was “not surprised and not worried.”",
        piece="not surprised",
    )
    assert speaker == "Janelle Okafor"


def test_the_former_congressman_is_the_then_house_chairman_not_a_campaign_manager() -> None:
    # round 54's leftover: "then-House Armed Services Chairman" is a former House member; the
    # campaign manager quoted last holds a job, no office; the sitting "Rep." is no former one
    speaker = _speaker(
        "When then-House Armed Services Chairman Russell Dyer retired in 2016, he said he was"
        " finished with politics. On Monday, he filed to run for his old seat.",
        "The incumbent, Rep. Janelle Okafor, said she was “not worried.”",
        "Okafor’s campaign manager, Luis Ferrer, said the district had changed. “Half the voters"
        " here moved in after he left,” Ferrer said.",
        "“The district didn’t change. The people running it did,” the former congressman said.",
        piece="The district didn’t change",
    )
    assert speaker == "Russell Dyer"


def test_with_a_job_and_a_name_before_a_participle_of_speech() -> None:
    # "with foreign ministry spokeswoman Mao Lin insisting …": hers, not the sentence's subject
    # "Beijing", which "has sought" would give
    speaker = _speaker(
        "Beijing has sought to keep its distance, with foreign ministry spokeswoman Mao Lin"
        " insisting on Tuesday that it was a matter for “two sovereign states.”",
        piece="two sovereign states",
    )
    assert speaker == "Mao Lin"
