"""Issue 19 with issue 15: an edit or a forget that changes who "Mrs Dalton" of another article is
(the only woman Dalton forgotten, a second one named by an edit) leaves the story a rebuild of
the same articles makes, and her quotes where a rebuild puts them (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from briefings.articles import forget
from briefings.ingest import ingest_paths
from briefings.story import Story
from tests.story.daltons import BOTH_DALTONS
from tests.story.rebuilds import assert_a_rebuild_gives, dump

_BOTH = BOTH_DALTONS

_MRS = """Teachers plan another rally

Teachers will march on the capitol again next month, organisers said.

“We will be back, and there will be more of us,” Mrs Dalton said.
"""

_MR = """Senator defends his vote

The senator defended his vote against the school funding bill at a town hall on Thursday.

“We are not going away,” Mr Dalton said.
"""

_COUNCIL = """Council hears from parents

Parents packed the council chamber on Tuesday night.

“The town cannot pay for it,” a councillor said.
"""

_JANE = "\nJane Dalton, who sits on the town council, opposed the school funding bill.\n"

_MRS_QUOTE = "We will be back, and there will be more of us"


def _write(folder: Path) -> list[Path]:
    folder.mkdir()
    files = []
    for name, text in (("001_both", _BOTH), ("002_mrs", _MRS), ("003_mr", _MR), ("004", _COUNCIL)):
        files.append(folder / f"{name}.txt")
        files[-1].write_text(text, encoding="utf-8")
    return files


def _quoted(sessions: sessionmaker[Session], name: str) -> set[str]:
    return {q.text for q in Story(sessions).quotes(name).quotes}


def test_forgetting_the_only_woman_dalton_frees_mrs_dalton_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    files = _write(tmp_path / "articles")
    assert ingest_paths(sessions, files).count("added") == 4
    assert _MRS_QUOTE in _quoted(sessions, "Ruth Dalton")  # the story's only woman Dalton
    assert forget(sessions, str(files[0])) is not None  # Ruth and Mark named no more
    incremental = dump(sessions)
    assert _MRS_QUOTE in _quoted(sessions, "Mrs Dalton")
    assert _MRS_QUOTE not in _quoted(sessions, "Mr Dalton")
    assert_a_rebuild_gives(sessions, incremental)


def test_an_edit_naming_a_second_woman_dalton_frees_mrs_dalton_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    files = _write(tmp_path / "articles")
    assert ingest_paths(sessions, files).count("added") == 4
    files[3].write_text(_COUNCIL + _JANE, encoding="utf-8")  # Jane Dalton: two women Dalton
    assert ingest_paths(sessions, [files[3]]).count("updated") == 1
    incremental = dump(sessions)
    assert _MRS_QUOTE not in _quoted(sessions, "Ruth Dalton")
    assert _MRS_QUOTE not in _quoted(sessions, "Jane Dalton")
    assert_a_rebuild_gives(sessions, incremental)


def test_an_edit_naming_the_only_woman_dalton_joins_mrs_dalton_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    files = _write(tmp_path / "articles")
    files[0].write_text(_BOTH.replace("Ruth Dalton", "Jane Dalton"), encoding="utf-8")
    files[3].write_text(_COUNCIL + _JANE.replace("Jane", "Ruth"), encoding="utf-8")
    assert ingest_paths(sessions, files).count("added") == 4
    assert _MRS_QUOTE not in _quoted(sessions, "Ruth Dalton")  # two women Dalton
    files[3].write_text(_COUNCIL, encoding="utf-8")  # Ruth taken out: Jane the only one
    assert ingest_paths(sessions, [files[3]]).count("updated") == 1
    incremental = dump(sessions)
    assert _MRS_QUOTE in _quoted(sessions, "Jane Dalton")
    assert_a_rebuild_gives(sessions, incremental)


_SUGAR = """Businessman backs apprenticeships

Sir Alan Sugar, the businessman, backed the apprenticeship scheme on Monday.
"""

_SIR_ALAN = """Apprentices meet their mentors

“I was sixteen when I started selling from a van,” Sir Alan said.
"""

_JOHNSON = """Former minister tours college

Alan Johnson, the former home secretary, toured the college on Wednesday.
"""

_SIR_ALAN_QUOTE = "I was sixteen when I started selling from a van"


def _a_style_follows_the_given_names(
    sessions: sessionmaker[Session],
    tmp_path: Path,
    texts: tuple[str, str, str],
    people: tuple[str, str],
    quote: str,
) -> None:
    """`texts` name one person in full, quote them by a style of their given name ("Sir Alan
    said") and name a second person of that given name: the quote is the first's while the story
    has one of that given name, no one's once an edit names the second, the first's again once
    that article is forgotten, and each time as a rebuild of the same articles leaves it.
    `people` are the two named in full."""
    named, styled, second = texts
    one, other = people
    folder = tmp_path / "articles"
    folder.mkdir()
    files = [folder / f"00{n}.txt" for n in range(1, 4)]
    for path, text in zip(files, (named, styled, _COUNCIL), strict=True):
        path.write_text(text, encoding="utf-8")
    assert ingest_paths(sessions, files).count("added") == 3
    assert quote in _quoted(sessions, one)  # the story's one of that given name
    files[2].write_text(second, encoding="utf-8")  # a second of it: the style is either
    assert ingest_paths(sessions, [files[2]]).count("updated") == 1
    assert quote not in _quoted(sessions, one)
    assert quote not in _quoted(sessions, other)
    assert_a_rebuild_gives(sessions, dump(sessions))
    assert forget(sessions, str(files[2])) is not None  # one of that given name again
    incremental = dump(sessions)
    assert quote in _quoted(sessions, one)
    assert_a_rebuild_gives(sessions, incremental)


def test_sir_alan_follows_the_alans_an_edit_and_a_forget_leave_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    _a_style_follows_the_given_names(
        sessions,
        tmp_path,
        (_SUGAR, _SIR_ALAN, _JOHNSON),
        ("Alan Sugar", "Alan Johnson"),
        _SIR_ALAN_QUOTE,
    )


_SPENCER = """Charity marks princess's anniversary

Diana Spencer, who married the Prince of Wales in 1981, founded the landmine campaign.
"""

_LADY_DIANA = """Crowds gather at palace gates

“I want to be a queen of people's hearts,” Lady Diana said in an interview in 1995.
"""

_ROSS = """Singer joins tribute concert

Diana Ross, the singer, will join the tribute concert in London next month.
"""

_QUEEN = "I want to be a queen of people's hearts"


def test_lady_diana_follows_the_dianas_an_edit_and_a_forget_leave_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """Issue 15, round 55: "Lady" before a given name is kept by the ingest as "Sir" is."""
    _a_style_follows_the_given_names(
        sessions,
        tmp_path,
        (_SPENCER, _LADY_DIANA, _ROSS),
        ("Diana Spencer", "Diana Ross"),
        _QUEEN,
    )


_ONE_KIM = """North Korea tests another missile

North Korean leader Kim Jong Un watched the launch on Friday, state media said.

“We will answer any provocation,” Kim said.
"""

_PROVOCATION = "We will answer any provocation"


def test_an_edit_naming_a_second_kim_leaves_kim_no_ones_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """Issue 15, round 55: "Kim said" is Kim Jong Un's while he is the article's one Kim; an edit
    naming his sister Kim Yo Jong in it leaves the quote no one's (family name first: either)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    files = [folder / "001.txt", folder / "002.txt"]
    for path, text in zip(files, (_ONE_KIM, _COUNCIL), strict=True):
        path.write_text(text, encoding="utf-8")
    assert ingest_paths(sessions, files).count("added") == 2
    assert _PROVOCATION in _quoted(sessions, "Kim Jong Un")
    files[0].write_text(
        _ONE_KIM.replace("Kim Jong Un watched", "Kim Jong Un and his sister, Kim Yo Jong, watched"),
        encoding="utf-8",
    )
    assert ingest_paths(sessions, [files[0]]).count("updated") == 1
    incremental = dump(sessions)
    assert _PROVOCATION not in _quoted(sessions, "Kim Jong Un")
    assert _PROVOCATION not in _quoted(sessions, "Kim Yo Jong")
    assert_a_rebuild_gives(sessions, incremental)
