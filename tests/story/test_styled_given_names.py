"""Issue 15, round 55: "Lady" before a given name is a peer's daughter's style, as "Sir" and
"Dame" are a knight's and a dame's: "Lady Diana" of one article is the one Diana the story names
in full (Diana Spencer), neither with two Dianas; "Lady Gaga" (no given name: a stage name) is one
person in every article; a "Kim" of an article naming Kim Jong Un and Kim Yo Jong (family name
first) is neither's, and `who Kim` says so; "Mr Kirby" is John Kirby. Ingested for real into
SQLite through the CLI, in one go, one by one and in reverse."""

from __future__ import annotations

import pytest

from tests.story.answers import quoted, who
from tests.story.orders import ORDERS, ingest_in_order

_PRINCESS = """Charity marks princess's anniversary

Diana Spencer, who married the Prince of Wales in 1981, founded the landmine campaign that the charity now runs.

Lady Gaga sent a message of support to the event in London on Monday.
"""

_GATES = """Crowds gather at palace gates

Hundreds gathered at the palace gates on Tuesday.

“I want to be a queen of people's hearts,” Lady Diana said in an interview in 1995.

“Everyone deserves to be seen,” Lady Gaga said in a video message.
"""

_STUDIO = """Singer opens new studio

Lady Gaga opened a studio in New York on Wednesday.

“Music saved my life,” Lady Gaga said.
"""

_ROSS = """Singer joins tribute concert

Diana Ross, the singer, will join the tribute concert in London next month.

“It is an honour,” Diana Ross said.
"""

_MISSILE = """North Korea tests another missile

North Korean leader Kim Jong Un and his sister, Kim Yo Jong, watched the launch on Friday, state media said.

“We will answer any provocation,” Kim said.

John Kirby, a White House spokesman, condemned the launch.

“This is a reckless act,” Mr Kirby said.
"""

_QUEEN = "I want to be a queen of people's hearts"


def _story(factory: pytest.TempPathFactory, order: str, *extra: tuple[str, str]) -> str:
    articles = {"001_princess.txt": _PRINCESS, "002_gates.txt": _GATES, "003_studio.txt": _STUDIO}
    return ingest_in_order(factory.mktemp("ladies"), articles | dict(extra), order)


@pytest.fixture(scope="module", params=ORDERS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _story(tmp_path_factory, request.param)


@pytest.fixture(scope="module", params=ORDERS)
def two_dianas(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _story(tmp_path_factory, request.param, ("004_ross.txt", _ROSS))


@pytest.fixture(scope="module", params=ORDERS)
def kims(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    return _story(tmp_path_factory, request.param, ("004_missile.txt", _MISSILE))


def test_lady_diana_is_the_one_diana_named_in_full(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _QUEEN in quoted(capsys, db, "Diana Spencer")
    code, out = who(capsys, db, "Lady Diana")
    assert code == 0 and out.startswith("Diana Spencer (person)")


def test_lady_gaga_is_one_person_in_every_article(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = who(capsys, db, "Lady Gaga")
    assert code == 0 and out.startswith("Lady Gaga (person)")
    assert "in 3 articles" in out
    assert quoted(capsys, db, "Lady Gaga") == {
        "Everyone deserves to be seen",
        "Music saved my life",
    }


def test_lady_diana_with_two_dianas_is_neither(
    two_dianas: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Diana Spencer", "Diana Ross"):
        assert _QUEEN not in quoted(capsys, two_dianas, name)
    code, out = who(capsys, two_dianas, "Lady Diana")
    assert code == 1 and "ambiguous" in out and "Diana Ross" in out and "Diana Spencer" in out


def test_kim_of_two_kims_is_neither_and_mr_kirby_is_john_kirby(
    kims: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("Kim Jong Un", "Kim Yo Jong"):
        assert "We will answer any provocation" not in quoted(capsys, kims, name)
    code, out = who(capsys, kims, "Kim")
    assert code == 1 and "ambiguous" in out and "Kim Jong Un" in out and "Kim Yo Jong" in out
    code, out = who(capsys, kims, "Mr Kirby")
    assert code == 0 and out.startswith("John Kirby (person)")
    assert "This is a reckless act" in quoted(capsys, kims, "Mr Kirby")
