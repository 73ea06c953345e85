"""Issue 15 in the story's linking: a bare surname two people of the story share joins neither
unless its own article settles which (ingested for real, in one go and article by article)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import main
from tests.story.daltons import BOTH_DALTONS, TITLED_DALTONS

_ARTICLES = {
    "001_mark.txt": """Senate panel delays school bill

State Senator Mark Dalton asked the education committee on Wednesday to delay its vote.

“The numbers are not there yet,” Dalton said after the hearing.

The committee will meet again next week.
""",
    "002_both.txt": BOTH_DALTONS,
    "003_titles.txt": TITLED_DALTONS,
    "004_neither.txt": """School bill fails in Senate

The school funding bill failed in the state Senate on Thursday by two votes.

“This is a sad day for every classroom in Maine,” Dalton said outside the chamber.

The bill's sponsors said they would bring it back in the spring.
""",
    "005_neither_again.txt": """Sponsors vow to revive school bill

Supporters of the failed school funding bill met in Augusta on Saturday.

“We will keep fighting for this bill,” Dalton said at the meeting.
""",
}


def _ingest(folder: Path, one_by_one: bool) -> str:
    url = f"sqlite:///{folder / 'story.db'}"
    for name, text in _ARTICLES.items():
        place = folder / (name.removesuffix(".txt") if one_by_one else "all")
        place.mkdir(exist_ok=True)
        (place / name).write_text(text, encoding="utf-8")
        if one_by_one:  # the incremental refresh: a bare "Dalton" after both
            assert main(["ingest", "--db", url, str(place)]) == 0
    if not one_by_one:
        assert main(["ingest", "--db", url, str(folder / "all")]) == 0
    return url


@pytest.fixture(scope="module", params=["all at once", "one by one"])
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _ingest(tmp_path_factory.mktemp("surnames"), request.param == "one by one")


def _quotes(capsys: pytest.CaptureFixture[str], db: str, *name: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["quote", *name, "--db", db, "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def test_a_bare_surname_its_article_settles_is_that_person_s(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _quotes(capsys, db, "Mark Dalton")
    texts = {q["text"] for q in found["items"]}
    assert "The numbers are not there yet" in texts  # "Dalton said", Mark named in full above


def test_a_bare_surname_of_two_people_in_an_article_naming_neither_is_neither_s(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mark = {q["text"] for q in _quotes(capsys, db, "Mark Dalton")["items"]}
    ruth = {q["text"] for q in _quotes(capsys, db, "Ruth Dalton")["items"]}
    assert mark == {
        "The numbers are not there yet",
        "We cannot spend money we do not have",
        "We are not going away",  # "Mr Dalton said": the story's one man Dalton (round 53)
    }
    assert ruth == {  # was Mark's: named more often
        "Our children cannot wait another year",
        "We will be back, and there will be more of us",  # "Mrs Dalton said" (round 53)
    }
    every = {q["text"]: q["speaker"] for q in _quotes(capsys, db)["items"]}
    for text in (
        "This is a sad day for every classroom in Maine",
        "We will keep fighting for this bill",
    ):
        assert every[text] == "Dalton"  # the speaker as written
    capsys.readouterr()
    assert main(["who", "Mark", "Dalton", "--db", db]) == 0
    assert "in 3 articles" in capsys.readouterr().out  # not the two that name neither (his
    # third is "Mr Dalton"'s)


def test_a_bare_surname_two_people_of_its_article_share_is_no_one_s(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    mr = {q["text"] for q in _quotes(capsys, db, "Mr Dalton")["items"]}
    assert "We will be back, and there will be more of us" not in mr  # "Mrs Dalton said" was his
