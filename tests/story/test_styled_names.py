"""Issue 15 for peers, knights and dames: "Lady Thatcher" and "Lord Coe" of one article are the
story's one Thatcher and one Coe of their gender (a peer's style stands before a surname, as
"Mrs" does); "Sir Alan" and "Dame Judi" are the one Alan and the one Judi named in full (British
usage puts a knight's and a dame's style before the given name: "Sir Alan" is Alan Sugar, not
someone surnamed Alan), no one with two; "Dr Patel", no gender, the one Patel. Ingested for real
into SQLite, in one go and article by article, in either order."""

from __future__ import annotations

import json

import pytest

from bot.cli import main
from tests.story.answers import quoted, who
from tests.story.orders import ORDERS, ingest_in_order

_NAMED = """Athletics chief backs new stadium

Sebastian Coe, the president of World Athletics, backed the plan for a new stadium on Monday.

Margaret Thatcher and her husband Denis Thatcher opened the old stadium in 1981.

Sir Alan Sugar, the businessman, and Dame Judi Dench, the actress, sent messages of support.

Anil Patel, a surgeon at the city hospital, welcomed the plan.
"""

_STYLED = """Stadium plan wins approval

The council approved the stadium plan on Tuesday.

“It will be ready by 2030,” Lord Coe said.

“I was sixteen when I started selling from a van,” Sir Alan said.

“Every one of them deserves a chance,” Dame Judi said in a video message.

“It will need a clinic of its own,” Dr Patel said.

“She would have been proud of this city,” Lady Thatcher's biographer said.
"""

_ANOTHER_ALAN = """Minister visits the stadium site

Alan Johnson, the former home secretary, toured the stadium site on Wednesday.

“It is a fine plan,” Alan Johnson said.
"""


@pytest.fixture(scope="module", params=ORDERS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    articles = {"001_named.txt": _NAMED, "002_styled.txt": _STYLED}
    return ingest_in_order(tmp_path_factory.mktemp("styled"), articles, request.param)


@pytest.fixture(scope="module", params=ORDERS)
def two_alans(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    articles = {"001_named.txt": _NAMED, "002_styled.txt": _STYLED, "003_alan.txt": _ANOTHER_ALAN}
    return ingest_in_order(tmp_path_factory.mktemp("alans"), articles, request.param)


def test_a_knight_and_a_dame_are_the_one_of_their_given_name(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "I was sixteen when I started selling from a van" in quoted(capsys, db, "Alan Sugar")
    assert "Every one of them deserves a chance" in quoted(capsys, db, "Judi Dench")
    code, out = who(capsys, db, "Sir Alan")
    assert code == 0 and out.startswith("Alan Sugar (person)")
    code, out = who(capsys, db, "Dame Judi")
    assert code == 0 and out.startswith("Judi Dench (person)")


def test_a_peer_is_the_one_of_the_surname_of_that_gender(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert "It will be ready by 2030" in quoted(capsys, db, "Sebastian Coe")
    code, out = who(capsys, db, "Lady Thatcher")  # Margaret, not Denis Thatcher
    assert code == 0 and out.startswith("Margaret Thatcher (person)")
    code, out = who(capsys, db, "Lord Coe")
    assert code == 0 and out.startswith("Sebastian Coe (person)")


def test_a_doctor_is_the_one_of_the_surname(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert "It will need a clinic of its own" in quoted(capsys, db, "Anil Patel")


def test_sir_alan_with_two_alans_is_neither(
    two_alans: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Alan Sugar", "Alan Johnson"):
        assert "I was sixteen when I started selling from a van" not in quoted(
            capsys, two_alans, name
        )
    assert "Every one of them deserves a chance" in quoted(capsys, two_alans, "Judi Dench")
    code, out = who(capsys, two_alans, "Sir Alan")
    assert code == 1 and "Alan Johnson" in out and "Alan Sugar" in out


@pytest.fixture(params=ORDERS)
def forgotten(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """The story of the named and the styled articles, then the named one forgotten."""
    folder = tmp_path_factory.mktemp("forgotten")
    articles = {"001_named.txt": _NAMED, "002_styled.txt": _STYLED}
    db = ingest_in_order(folder, articles, request.param)
    named = next(folder.rglob("001_named.txt"))
    assert main(["forget", str(named), "--db", db]) == 0
    return db


def _sources(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    capsys.readouterr()
    assert main(["sources", "--db", db, "--json"]) == 0
    return [item["title"] for item in json.loads(capsys.readouterr().out)["items"]]


def test_sir_alan_alone_is_no_mention_of_his_article_but_his_quote_cites_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 15, round 55: an article whose "Sir Alan" it never names in full names no one (a
    lone "Sir Gino" may be a horse): `who "Sir Alan"` lists Alan Sugar's own article only, and his
    quote there cites the article it was said in; `sources` lists both, in every order."""
    code, out = who(capsys, db, "Sir Alan")
    assert code == 0 and "Mentioned 1 time in 1 article:" in out
    mentioned, quoted = out.split("Quotes (")
    assert "Athletics chief backs new stadium" in mentioned
    assert "Stadium plan wins approval" not in mentioned
    assert "Stadium plan wins approval" in quoted.split("Mentioned with")[0]
    assert sorted(_sources(capsys, db)) == [
        "Athletics chief backs new stadium",
        "Stadium plan wins approval",
    ]


def test_sir_alan_with_his_full_name_forgotten_is_no_one(
    forgotten: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = who(capsys, forgotten, "Sir Alan")
    assert code == 1 and "Alan Sugar" not in out
    assert _sources(capsys, forgotten) == ["Stadium plan wins approval"]
    capsys.readouterr()
    assert main(["quote", "--db", forgotten, "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)["items"]
    [sixteen] = [q for q in quotes if q["text"].startswith("I was sixteen")]
    assert sixteen["speaker"] == "Sir Alan"  # as written, no one's
