"""Round 54 attrAQ: US political news ("who ran an ad calling him “…”", "the senator said then",
a former House chairman, a paper named like a role, names mis-encoded as UTF-8 read as cp1252)."""

from __future__ import annotations

from briefings.analysis.common.mojibake import repaired_names
from briefings.analysis.quotes.extract import extract_quotes
from briefings.analysis.results import ArticleText


def _speaker(*paragraphs: str, piece: str, threshold: float | None = None) -> str | None:
    article = ArticleText(None, paragraphs)
    found = extract_quotes(article) if threshold is None else extract_quotes(article, threshold)
    return next(q.speaker for q in found if piece in q.text)


def test_a_mis_encoded_given_name_is_read_again_with_its_gender() -> None:
    # "JosÃ©" is "José" read byte by byte as cp1252: repaired, it is a man's name, and the
    # "he" after a woman pressed him is his
    speaker = _speaker(
        "State Sen. JosÃ© Quintero said the crossings would bring jobs. His colleague, Sen."
        " RenÃ©e Salcedo, has called the plan a giveaway.",
        "Salcedo pressed Quintero for an hour on the estimates. “These numbers come from the"
        " department, not from me,” he said.",
        piece="These numbers",
    )
    assert speaker == "José Quintero"


def test_only_words_that_read_back_as_letters_are_repaired() -> None:
    assert repaired_names("FranÃ§ois Delattre and SÃ©golÃ¨ne Royal") == (
        "François Delattre and Ségolène Royal"
    )
    assert repaired_names("Ã‰milie Durand") == "Émilie Durand"
    # lower-case words, and pairs that are no UTF-8 letter, are left as written
    assert repaired_names("On espÃ ̈re, Ã la carte") == "On espÃ ̈re, Ã la carte"


def test_words_an_ad_puts_on_someone_are_the_one_s_who_ran_it() -> None:
    # "who ran an ad calling him “…”": the words are the ad's, run by the one "who" stands for,
    # not the sentence's subject ("he", the one attacked)
    speaker = _speaker(
        "Gov. Nathan Hartley spoke on Sunday.",
        "He was attacked again by former Sen. Paula Whitcomb, who ran an ad calling him a"
        " “weathervane in a good suit.”",
        piece="weathervane",
    )
    assert speaker == "Paula Whitcomb"
    named = _speaker(
        "He was recently attacked by Sen. Carl Dunne, who ran an ad in 2018 naming him the “angry"
        " populist enforcer.”",
        piece="angry populist",
    )
    assert named == "Carl Dunne"
    # a "who" clause closed by a comma before the participle says nothing of the participle
    apart = _speaker(
        "Hartley met Sen. Carl Dunne, who stood by, calling him a “weathervane.”", piece="weather"
    )
    assert apart != "Carl Dunne"


def test_a_paper_whose_name_ends_in_a_role_noun_is_the_paper_not_the_leader() -> None:
    # "The Concord Daily Leader said": a newspaper ("Daily"), not a description "the leader"
    # meaning the man the story follows
    speaker = _speaker(
        "Gov. Nathan Hartley of Ohio spent Sunday trying to repair the damage.",
        "The Concord Daily Leader said Mr. Hartley had been “flattened” by his rivals.",
        piece="flattened",
        threshold=0.0,
    )
    assert speaker == "Concord Daily Leader"
    union = _speaker(
        "Gov. Nathan Hartley of Ohio spent Sunday trying to repair the damage.",
        "The New Hampshire Union Leader said Mr. Hartley had been “flattened” by his rivals.",
        piece="flattened",
        threshold=0.0,
    )
    assert union == "New Hampshire Union Leader"
    # a leader written as an office is still a person: "the Senate Majority Leader said"
    leader = _speaker(
        "Senate Majority Leader Tom Dane met reporters.",
        "“We will vote this week,” the Senate Majority Leader said.",
        piece="We will vote",
    )
    assert leader == "Tom Dane"


def test_a_quotation_going_on_after_headlines_is_no_headline() -> None:
    # "a judge who worries about headlines “has stopped …”": the quotation goes on with the
    # sentence she wrote (lower case, right after the noun), it names no headline
    speaker = _speaker(
        "Judge Marisa Delgado argued for a restrained judiciary. In it, she wrote that a judge who"
        " worries about headlines “has stopped doing the job and started running for it.”",
        piece="has stopped",
    )
    assert speaker == "Marisa Delgado"
    # a headline quoted after the noun stays a title, no one's words
    title = _speaker(
        "Gov. Ann Lane spoke. Rivals ran headlines such as “Lane Flees” all week.", piece="Flees"
    )
    assert title is None
