"""Issue 15: a courtesy title carries gender. "Mrs Dalton" of one article is Ruth Dalton named in
another when she is the story's only woman Dalton, and no one with two; the quote keeps the title
the article wrote; `who Dalton` lists every Dalton it could be (ingested for real into SQLite, in
one go and article by article, in either order)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from bot.cli import main
from bot.render.embeds import profile_pages
from briefings.story import Story
from slackbot.blocks import profile_pages as slack_profile_pages
from tests.story.answers import quoted, quotes, who
from tests.story.daltons import BOTH_DALTONS, TITLED_DALTONS
from tests.story.orders import ORDERS, ingest_in_order

_BOTH = BOTH_DALTONS

_ARTICLES = {
    "001_both.txt": _BOTH,
    "002_titles.txt": TITLED_DALTONS,
    "003_mrs.txt": """Rally draws hundreds to the capitol

Hundreds of teachers rallied outside the capitol on Saturday.

“Every one of these people took a day off to be here,” Mrs. Dalton said.
""",
}

_TWO_WOMEN = {  # one by one, "Mrs Dalton" comes between the two women; reversed, before Jane
    "001_jane.txt": """Council opposes school bill

Jane Dalton, who sits on the town council, opposed the school funding bill on Monday.

“The town cannot pay for it,” Jane Dalton said.
""",
    "002_mrs.txt": """Council hears from parents

Parents packed the council chamber on Tuesday night.

“We will not be ignored,” Mrs Dalton said.
""",
    "003_ruth.txt": """Teacher backs school bill

Ruth Dalton, a teacher in Bangor, backed the school funding bill on Wednesday.

“Our children cannot wait another year,” Ruth Dalton said.
""",
}

_NEVER_CALLED = {  # Mark called "Dalton" once, Ruth never; a third article names neither
    "001_mark.txt": """Senate panel delays school bill

State Senator Mark Dalton asked the education committee on Wednesday to delay its vote.

“The numbers are not there yet,” Dalton said after the hearing.
""",
    "002_both.txt": _BOTH,
    "003_neither.txt": """School bill fails in Senate

The school funding bill failed in the state Senate on Thursday by two votes.

“This is a sad day for every classroom in Maine,” Dalton said outside the chamber.
""",
}


@pytest.fixture(scope="module", params=ORDERS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_in_order(tmp_path_factory.mktemp("titled"), _ARTICLES, request.param)


@pytest.fixture(scope="module", params=ORDERS)
def two_women(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_in_order(tmp_path_factory.mktemp("women"), _TWO_WOMEN, request.param)


def test_mrs_dalton_of_another_article_is_the_story_s_one_woman_dalton(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    ruth = quoted(capsys, db, "Ruth Dalton")
    assert ruth == {
        "Our children cannot wait another year",
        "We will be back, and there will be more of us",  # "Mrs Dalton said"
        "Every one of these people took a day off to be here",  # "Mrs. Dalton said"
    }
    mark = quoted(capsys, db, "Mark Dalton")
    assert mark == {"We cannot spend money we do not have", "We are not going away"}
    code, out = who(capsys, db, "Ruth Dalton")
    assert code == 0 and out.startswith("Ruth Dalton (person)")  # not named "Mrs Dalton"
    assert "in 3 articles" in out
    code, out = who(capsys, db, "Mrs Dalton")
    assert code == 0 and out.startswith("Ruth Dalton (person)")


def test_a_quote_keeps_the_courtesy_title_its_article_wrote(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    every = quotes(capsys, db)["items"]
    written = {q["text"]: q["speaker"] for q in every}
    assert written["We will be back, and there will be more of us"] in (
        "Mrs Dalton",
        "Ruth Dalton",
    )
    assert written["We are not going away"] in ("Mr Dalton", "Mark Dalton")


def test_who_dalton_lists_both_and_picks_neither(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = who(capsys, db, "Dalton")
    assert code == 1
    listed = out.split("ambiguous: ", 1)[1].split(";")[0].split(", ")
    assert sorted(listed) == ["Mark Dalton", "Ruth Dalton"]  # was "Mr Dalton, Mrs Dalton"


def test_mrs_dalton_with_two_women_dalton_is_neither(
    two_women: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Ruth Dalton", "Jane Dalton"):
        texts = quoted(capsys, two_women, name)
        assert "We will not be ignored" not in texts
    code, out = who(capsys, two_women, "Mrs Dalton")
    assert code == 0 and out.startswith("Mrs Dalton (person)")  # her own, joined to no one


@pytest.fixture(scope="module")
def never_called(tmp_path_factory: pytest.TempPathFactory) -> str:
    return ingest_in_order(tmp_path_factory.mktemp("never"), _NEVER_CALLED, "all at once")


def test_who_a_shared_surname_lists_a_bearer_never_called_by_it(
    never_called: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = who(capsys, never_called, "Dalton")
    assert code == 1
    listed = out.split("ambiguous: ", 1)[1].split(";")[0].split(", ")
    assert sorted(listed) == ["Dalton", "Mark Dalton", "Ruth Dalton"]  # Ruth was left out
    profile = Story(sessionmaker(create_engine(never_called))).profile("Dalton")
    assert profile.profile is None and "Ruth Dalton" in profile.ambiguous
    assert "Ruth Dalton" in str(profile_pages(profile)[0][0].description)  # Discord
    assert "Ruth Dalton" in json.dumps(slack_profile_pages(profile)[0].blocks)  # Slack


def test_the_digest_and_quote_name_the_person_the_story_settles(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Round 54: a quote keeps the title as written ("Mrs. Dalton said"), but the digest's "New
    quotes", `quote` and `quote --json` name the person the story settles she is (the digest
    showed "— Mrs. Dalton", "— Mr Dalton")."""
    capsys.readouterr()
    assert main(["digest", "--db", db]) == 0
    digest = capsys.readouterr().out
    assert "more of us” — Ruth Dalton" in digest
    assert "took a day off to be here” — Ruth Dalton" in digest
    assert "not going away” — Mark Dalton" in digest
    assert "Mrs" not in digest and "Mr Dalton" not in digest
    every = {q["text"]: q["speaker"] for q in quotes(capsys, db)["items"]}
    assert every["Every one of these people took a day off to be here"] == "Ruth Dalton"
    assert every["We are not going away"] == "Mark Dalton"
    capsys.readouterr()
    assert main(["quote", "--db", db]) == 0
    assert "Mrs" not in capsys.readouterr().out
