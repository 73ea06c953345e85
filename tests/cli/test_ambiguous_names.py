"""Issue 15: `who NAME` and `quote NAME` find the one person the articles and the name settle,
or say plainly that the name is ambiguous and list the people it could be, picking none."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.cli import main
from bot.render.embeds import profile_pages
from briefings.answers import ProfileResult
from slackbot.blocks import profile_pages as slack_profile_pages
from tests.story.daltons import BOTH_DALTONS

_ARTICLES = {
    "001_greene.txt": """Greene family splits over county land deal

Lamar T. Greene Jr., the county commissioner, defended the sale of the old fairgrounds on Tuesday.

“This land has sat empty for twenty years,” Greene Jr. said at the meeting.

His father, Lamar T. Greene Sr., a retired farmer, opposed the deal from the back of the room.

“My son is selling what his grandfather fought to keep,” Greene Sr. said.
""",
    "002_dalton.txt": BOTH_DALTONS,
    "003_kirby.txt": """Harbour plan wins backing

Alan Kirby, the harbour master, said the new plan would bring ferries back to the town.

“We have waited a long time for this,” Mr Kirby said.

Tom Howard, a fisherman, was less sure. “It will push the boats out,” Mr Howard said.

His wife, Ann Howard, who runs a cafe on the quay, welcomed it. “More visitors means more trade,” Mrs Howard said.

José Núñez, who owns the ferry company, said sailings would start in May. “We are ready,” Núñez said.
""",
    "004_petrov.txt": """Mayor defends budget

Mayor Ivan Petrov said on Friday the city would not raise taxes this year.

“The books are balanced,” Petrov said.

His daughter, Nadia Petrov, a lawyer, did not attend the meeting.
""",
}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("names")
    for name, text in _ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{folder / 'names.db'}"
    assert main(["ingest", "--db", url, str(folder)]) == 0
    return url


def _quote(capsys: pytest.CaptureFixture[str], db: str, name: str) -> dict[str, Any]:
    capsys.readouterr()
    assert main(["quote", name, "--db", db, "--json"]) == 0
    return dict(json.loads(capsys.readouterr().out))


def _who(capsys: pytest.CaptureFixture[str], db: str, name: str) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["who", *name.split(), "--db", db])
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    ("name", "people"),
    [
        ("Dalton", ["Mark Dalton", "Ruth Dalton"]),  # neither is called "Dalton" alone
        ("Howard", ["Ann Howard", "Tom Howard"]),  # "Mr Howard" and "Mrs Howard"
        ("Greene", ["Lamar T. Greene Jr.", "Lamar T. Greene Sr."]),
        ("Mr Greene", ["Lamar T. Greene Jr.", "Lamar T. Greene Sr."]),
        ("Lamar Greene", ["Lamar T. Greene Jr.", "Lamar T. Greene Sr."]),
        ("Lamar T. Greene", ["Lamar T. Greene Jr.", "Lamar T. Greene Sr."]),
    ],
)
def test_a_name_two_people_share_is_ambiguous_and_no_one_is_picked(
    db: str, capsys: pytest.CaptureFixture[str], name: str, people: list[str]
) -> None:
    found = _quote(capsys, db, name)  # the people listed most mentioned first
    assert (found["speaker"], found["quotes"]) == (None, [])
    assert sorted(found["ambiguous"]) == people
    listed = ", ".join(found["ambiguous"])
    assert str(found["note"]).startswith(f"{name!r} is ambiguous: {listed};")
    code, out = _who(capsys, db, name)
    assert code == 1
    assert out.startswith(f"{name!r} is ambiguous: {listed};")


@pytest.mark.parametrize(
    ("name", "person", "words"),
    [
        ("Mark Dalton", "Mark Dalton", "We cannot spend money we do not have"),
        ("Mr Dalton", "Mark Dalton", "We cannot spend money we do not have"),  # the title
        ("Ms Dalton", "Ruth Dalton", "Our children cannot wait another year"),  # settles it
        ("Dalton Mark", "Mark Dalton", "We cannot spend money we do not have"),  # reversed
        ("Kirby Alan", "Alan Kirby", "We have waited a long time for this"),  # reversed
        ("Mr Kirby", "Alan Kirby", "We have waited a long time for this"),
        ("Kirby", "Alan Kirby", "We have waited a long time for this"),
        ("Mrs Howard", "Ann Howard", "More visitors means more trade"),
        ("Mr Howard", "Tom Howard", "It will push the boats out"),
        ("Jose Nunez", "José Núñez", "We are ready"),  # typed without accents
        ("Nunez", "José Núñez", "We are ready"),
        ("Petrov", "Ivan Petrov", "The books are balanced"),  # only he is called "Petrov"
    ],
)
def test_a_name_the_articles_settle_finds_the_one_person(
    db: str, capsys: pytest.CaptureFixture[str], name: str, person: str, words: str
) -> None:
    found = _quote(capsys, db, name)
    assert (found["speaker"], found["ambiguous"]) == (person, [])
    assert [q["text"] for q in found["quotes"]] == [words]
    code, out = _who(capsys, db, name)
    assert (code, out.splitlines()[0]) == (0, f"{person} (person)")


def test_a_name_and_its_suffix_finds_that_generation(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = _who(capsys, db, "Greene Jr.")
    assert (code, out.splitlines()[0]) == (0, "Lamar T. Greene Jr. (person)")


def test_a_first_name_alone_picks_no_one_but_suggests(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = _quote(capsys, db, "Alan")
    assert (found["speaker"], found["quotes"], found["suggestions"]) == (None, [], ["Alan Kirby"])


def test_discord_and_slack_say_the_name_is_ambiguous() -> None:
    answer = ProfileResult("Dalton", None, ambiguous=["Mark Dalton", "Ruth Dalton"])
    embed = profile_pages(answer)[0][0]
    assert "ambiguous: Mark Dalton, Ruth Dalton" in str(embed.description)
    assert "ambiguous: Mark Dalton, Ruth Dalton" in json.dumps(
        slack_profile_pages(answer)[0].blocks
    )


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Lamar T. Greene Jr.", "This land has sat empty for twenty years"),  # "Greene Jr. said"
        ("Lamar T. Greene Sr.", "My son is selling what his grandfather fought to keep"),
    ],
)
def test_a_surname_and_suffix_is_that_generation_s_full_name(
    db: str, capsys: pytest.CaptureFixture[str], name: str, words: str
) -> None:
    found = _quote(capsys, db, name)
    assert (found["speaker"], [q["text"] for q in found["quotes"]]) == (name, [words])


def test_a_surname_and_suffix_is_no_person_of_its_own(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["people", "--db", db, "--json"]) == 0
    names = {p["name"] for p in json.loads(capsys.readouterr().out)["items"]}
    assert {n for n in names if "Greene" in n} == {"Lamar T. Greene Jr.", "Lamar T. Greene Sr."}


def test_a_focus_two_people_share_keeps_the_points_of_both(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["brief", "--db", db, "--focus", "Dalton", "--json"]) == 0
    points = [p["text"] for p in json.loads(capsys.readouterr().out)["points"]]
    assert any("Ruth Dalton" in p for p in points)  # was Mark Dalton's points alone
    assert any("Mark Dalton" in p for p in points)
