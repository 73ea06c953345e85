"""Issue 15: a nested report's quote is the inner person's, and every answer says who told it:
`quote --json` carries `told_by`, the console and the chat renderings read "Ellen Marsh (as told
by Victor Ruane)"."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.cli import main
from bot.render.embeds import quote_field
from briefings.answers import QuoteItem
from slackbot.blocks import quote_block

_ARTICLE = """White House feud over the border memo

Chief of Staff Ellen Marsh and Homeland Security Secretary Victor Ruane were no longer speaking by Monday, according to four officials.

Ruane said Marsh had told him “this is on your people” in a call that morning, an account Marsh’s aides dispute.

“I have full confidence in the men and women of this department,” Ruane said in a statement.
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("nested")
    (folder / "000_nested.txt").write_text(_ARTICLE, encoding="utf-8")
    url = f"sqlite:///{folder / 'nested.db'}"
    assert main(["ingest", "--db", url, str(folder)]) == 0
    return url


def _quotes(capsys: pytest.CaptureFixture[str], db: str) -> dict[str, dict[str, object]]:
    capsys.readouterr()
    main(["quote", "--db", db, "--json"])
    return {q["text"]: q for q in json.loads(capsys.readouterr().out)["quotes"]}


def test_the_json_gives_the_inner_speaker_and_the_teller(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    quotes = _quotes(capsys, db)
    nested = quotes["this is on your people"]
    assert (nested["speaker"], nested["told_by"]) == ("Ellen Marsh", "Victor Ruane")
    own = next(q for text, q in quotes.items() if text.startswith("I have full confidence"))
    assert (own["speaker"], own["told_by"]) == ("Victor Ruane", None)


def test_the_console_names_the_teller(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    main(["quote", "--db", db])
    out = capsys.readouterr().out
    assert "Ellen Marsh (as told by Victor Ruane)" in out


_ITEM = QuoteItem(
    "this is on your people", "Ellen Marsh", None, "partial", [], told_by="Victor Ruane"
)


def test_discord_and_slack_name_the_teller() -> None:
    assert quote_field(_ITEM)[0] == r"Ellen Marsh \(as told by Victor Ruane\)"  # escaped
    assert "Ellen Marsh (as told by Victor Ruane)" in json.dumps(quote_block(_ITEM))


def test_no_teller_shown_without_a_speaker() -> None:
    item = QuoteItem("x", None, None, "full", [], found_by="name", told_by="Victor Ruane")
    assert item.speaker_shown is None


def test_the_digest_and_the_exports_say_who_told_it(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["digest", "--db", db, "--preview"]) == 0
    assert "Ellen Marsh (as told by Victor Ruane)" in capsys.readouterr().out
    assert main(["export", "--db", db, "--format", "md"]) == 0
    assert "— Ellen Marsh (as told by Victor Ruane)" in capsys.readouterr().out
    assert main(["export", "--db", db, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    nested = next(r for r in rows if r["text"] == "this is on your people")
    assert (nested["who"], nested["told_by"]) == ("Ellen Marsh", "Victor Ruane")
