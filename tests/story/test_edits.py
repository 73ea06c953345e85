"""An edited or forgotten article regroups only what it touched, and the story then tells what a
full rebuild of the same articles tells (`briefbot rebuild`)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.data import corpus
from benchmarks.data.corpus import Corpus
from briefings.articles import forget
from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.models import Article, Entity, Point, StoryState
from briefings.refresh import release
from briefings.refresh.groups import point_groups
from briefings.refresh.groups.point_region import RELEASED
from briefings.refresh.storyline import rebuild_story, refresh_story
from briefings.story import Story
from tests.story.rebuilds import assert_a_rebuild_gives, dump


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _edits(folder: Path) -> list[Path]:
    """Edits an outlet makes in place: a sentence reworded, a paragraph added, one taken out."""
    files = sorted(folder.glob("*.txt"))
    _edit(
        files[1], "It is unclear whether North Korea will heed", "Nobody knows if North Korea heeds"
    )
    files[0].write_text(
        files[0].read_text(encoding="utf-8")
        + "\nJohn Kirby said on Friday that the talks ended without a statement.\n",
        encoding="utf-8",
    )
    lines = files[2].read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [i for i, line in enumerate(lines) if line.strip()]
    del lines[kept[len(kept) // 2]]  # a paragraph in the middle taken out
    files[2].write_text("".join(lines), encoding="utf-8")
    return files[:3]


def _edit_six_and_forget_two(sessions: sessionmaker[Session], files: list[Path]) -> None:
    """Six of the files edited and re-ingested (a sentence added, every other one also losing a
    paragraph), then two others forgotten."""
    for k in range(6):
        path = files[(k * 7919 + 13) % len(files)]
        text = path.read_text(encoding="utf-8")
        if k % 2:
            lines = text.splitlines(keepends=True)
            kept = [i for i, line in enumerate(lines) if line.strip()]
            del lines[kept[len(kept) // 2]]
            text = "".join(lines)
        text += f"\nThe ministry said on Friday that talks round {k} ended without a deal.\n"
        path.write_text(text, encoding="utf-8")
        assert ingest_paths(sessions, [path]).count("updated") == 1
    for k in range(2):
        assert forget(sessions, str(files[(k * 104729 + 7) % len(files)])) is not None


def test_edits_and_a_forget_leave_the_story_a_rebuild_makes(
    sessions: sessionmaker[Session], seeds_copy: Path
) -> None:
    assert ingest_paths(sessions, [seeds_copy]).count("added") == 5
    for path in _edits(seeds_copy):
        report = ingest_paths(sessions, [path])
        assert [o.status for o in report.outcomes] == ["updated"], (path, report.outcomes)
        with sessions() as session:  # repaired in place: no full rebuild was owed
            state = session.execute(select(StoryState)).scalars().one()
            assert state.rebuild < state.written == state.refreshed
    assert forget(sessions, str(sorted(seeds_copy.glob("*.txt"))[3])) is not None
    incremental = dump(sessions)
    assert incremental["point_groups"] and incremental["entities"]
    assert not incremental["unlinked_mentions"] and not incremental["ungrouped_points"]
    assert_a_rebuild_gives(sessions, incremental)


@pytest.mark.parametrize("patched_from", [release.PATCHED_FROM, 1])
def test_edits_on_a_generated_corpus_match_a_rebuild(
    sessions: sessionmaker[Session],
    tmp_path: Path,
    patched_from: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """60 generated articles sharing people, quotes and facts; eight edited one after another
    (a paragraph added naming a person, a sentence reworded) and two forgotten. Also with every
    place and organisation patched rather than linked anew where the edit allows it."""
    monkeypatch.setattr(release, "PATCHED_FROM", patched_from)
    files = Corpus(seed=19).write(tmp_path / "articles", 60)
    assert ingest_paths(sessions, files).count("added") == 60
    before = dump(sessions)
    for n, path in enumerate(files[:40:5]):
        text = path.read_text(encoding="utf-8")
        if n % 2:
            lines = text.splitlines(keepends=True)
            kept = [i for i, line in enumerate(lines) if line.strip()]
            del lines[kept[-1]]
            text = "".join(lines)
        text += f"\nJohn Kirby said on Friday that round {n} of the talks ended without a deal.\n"
        path.write_text(text, encoding="utf-8")
        assert ingest_paths(sessions, [path]).count("updated") == 1
    for path in files[41:43]:
        assert forget(sessions, str(path)) is not None
    incremental = dump(sessions)
    assert incremental != before
    assert_a_rebuild_gives(sessions, incremental)


def test_renamed_people_match_a_rebuild(sessions: sessionmaker[Session], tmp_path: Path) -> None:
    """Edits that rename a person in an article (a surname now borne by two, a full name gone,
    a lone surname left to link elsewhere), then a forget."""
    corpus = Corpus(seed=7)
    files = corpus.write(tmp_path / "articles", 50)
    assert ingest_paths(sessions, files).count("added") == 50
    people = [p.name for p in corpus.people[:400]]
    renamed = 0
    for n, path in enumerate(files[:30]):
        text = path.read_text(encoding="utf-8")
        named = [name for name in people if name in text]
        if not named:
            continue
        first, *_, last = name.split() if (name := named[0]) else ("", "")
        new = f"{'Walter' if n % 2 else first} {people[n].split()[-1]}"
        path.write_text(text.replace(name, new).replace(f" {last} ", f" {new.split()[-1]} "))
        renamed += 1
        assert ingest_paths(sessions, [path]).count("updated") == 1
    assert renamed >= 5
    assert forget(sessions, str(files[5])) is not None
    incremental = dump(sessions)
    assert_a_rebuild_gives(sessions, incremental)


def test_lone_surnames_added_and_taken_match_a_rebuild(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """Edits that name people by their surname alone (where a lone surname goes depends on every
    person bearing it: an edit releases only those it could join, the others stand in by their
    weights) and that take a full name out (a bearer lighter), then a forget."""
    corpus = Corpus(seed=19)
    files = corpus.write(tmp_path / "articles", 80)
    assert ingest_paths(sessions, files).count("added") == 80
    with sessions() as session:  # the most named people's surnames, borne by one or by several
        named = session.execute(
            select(Entity.name, Entity.mentions)
            .where(Entity.kind == "person", Entity.name.contains(" "))
            .order_by(Entity.mentions.desc(), Entity.name)
        ).all()
    bearers = Counter(name.split()[-1] for name, _ in named)
    alone = [name.split()[-1] for name, _ in named if bearers[name.split()[-1]] == 1]
    shared = [name.split()[-1] for name, _ in named if bearers[name.split()[-1]] > 1]
    surnames = [s for pair in zip(alone[:3], shared[:3], strict=True) for s in pair]
    assert len(surnames) == 6
    for n, path in enumerate(files[3:60:10]):
        text = path.read_text(encoding="utf-8")
        if n % 2:  # a paragraph naming someone in full taken out
            lines = text.splitlines(keepends=True)
            full = [i for i, line in enumerate(lines) if any(s in line for s in surnames)]
            if full:
                del lines[full[0]]
            text = "".join(lines)
        text += f'\n"We will not sign this," {surnames[n]} said on Friday after round {n}.\n'
        path.write_text(text, encoding="utf-8")
        assert ingest_paths(sessions, [path]).count("updated") == 1
    assert forget(sessions, str(files[1])) is not None
    incremental = dump(sessions)
    assert_a_rebuild_gives(sessions, incremental)


@pytest.mark.parametrize("size", [300, 700, 1000])
def test_edits_from_a_rebuilt_story_of_generated_articles_match_a_rebuild(
    sessions: sessionmaker[Session], tmp_path: Path, size: int
) -> None:
    """300, 700 and 1,000 generated articles (templated reports of meetings on many days:
    hundreds of point and event groups near the similarity thresholds), rebuilt, then six edited
    (a sentence added, a paragraph taken out) and two forgotten: the refresh regroups only what
    they touched, and gets the groups a rebuild gets. Word weights fitted on other text and an
    index by word and week make a sentence's similarities independent of what else is stored
    (with word weights from the sentences compared, two event groups came out otherwise); the
    region of linked points regrouped whole makes the point groups a rebuild's (with the
    stored groups' points kept and only the returned sentences grouped against them, 5 of 5,200
    point-group rows differed at 700 and 7 of 7,444 at 1,000)."""
    files = Corpus(seed=19).write(tmp_path / "articles", size)
    assert ingest_paths(sessions, files).count("added") == size
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    _edit_six_and_forget_two(sessions, files)
    incremental = dump(sessions)
    assert len(incremental["event_groups"]) > 1.6 * size
    assert len(incremental["point_groups"]) > 5 * size
    assert_a_rebuild_gives(sessions, incremental)


def test_edits_whose_regions_lie_within_the_exact_size_match_a_rebuild_in_a_larger_story(
    sessions: sessionmaker[Session],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """700 generated articles as in the test above, and 60 more dated ten years on (out of
    reach of every comparison): the story holds more than EXACT_UP_TO points, set here to the
    700's, and so does REGION_UP_TO, so the walk of each edit's region, which reads none of the
    60's points, stays within it: the edits are regrouped by region and match a rebuild.
    (With only the story's size bounded, they were grouped with the stored window, and
    point-group rows differed from a rebuild's.)"""
    files = Corpus(seed=19).write(tmp_path / "articles", 700)
    monkeypatch.setattr(corpus, "START", corpus.START.replace(year=corpus.START.year + 10))
    later = Corpus(seed=19).write(tmp_path / "later", 60, start=700)
    assert ingest_paths(sessions, files + later).count("added") == 760
    with unit_of_work(sessions) as session:
        rebuild_story(session)
        near = session.scalar(
            select(func.count())
            .select_from(Point)
            .join(Article, Point.article_id == Article.id)
            .where(Article.published < corpus.START)
        )
        stored = session.scalar(select(func.count(Point.id)))
        assert near is not None and stored is not None and stored > near + 300
    monkeypatch.setattr(point_groups, "EXACT_UP_TO", near)
    monkeypatch.setattr(point_groups, "REGION_UP_TO", near)
    _edit_six_and_forget_two(sessions, files)
    incremental = dump(sessions)
    assert_a_rebuild_gives(sessions, incremental)


def test_edits_in_a_story_past_the_exact_size_leave_every_point_grouped(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past EXACT_UP_TO stored points, an edit whose region's walk would read more than
    REGION_UP_TO has its points grouped with the stored window, as new
    articles' are, not by region: every point still ends in a group, none left released."""
    monkeypatch.setattr(point_groups, "EXACT_UP_TO", 50)
    monkeypatch.setattr(point_groups, "REGION_UP_TO", 50)
    files = Corpus(seed=19).write(tmp_path / "articles", 40)
    assert ingest_paths(sessions, files).count("added") == 40
    for k, path in enumerate(files[:12:4]):
        path.write_text(
            path.read_text(encoding="utf-8") + f"\nThe ministry said talks round {k} ended.\n",
            encoding="utf-8",
        )
        assert ingest_paths(sessions, [path]).count("updated") == 1
    assert forget(sessions, str(files[20])) is not None
    story = dump(sessions)
    assert story["point_groups"] and not story["ungrouped_points"]
    with sessions() as session:
        assert not session.scalars(select(Point.id).where(Point.cluster == RELEASED)).all()


def test_points_released_by_region_whose_region_outgrew_the_exact_size_are_grouped(
    sessions: sessionmaker[Session], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Released by region, a region whose walk the refresh then finds past REGION_UP_TO in a
    story past EXACT_UP_TO (there, a new text linked further) is grouped with the stored window:
    every point ends in a group, none left released."""
    files = Corpus(seed=19).write(tmp_path / "articles", 40)
    assert ingest_paths(sessions, files).count("added") == 40
    with unit_of_work(sessions) as session:
        first = session.scalars(select(Article.id).order_by(Article.id).limit(1)).one()
        release.release_articles(session, [first])
        assert session.scalars(select(Point.id).where(Point.cluster == RELEASED)).first()
    monkeypatch.setattr(point_groups, "EXACT_UP_TO", 5)
    monkeypatch.setattr(point_groups, "REGION_UP_TO", 5)
    with unit_of_work(sessions) as session:
        refresh_story(session)
    story = dump(sessions)
    assert story["point_groups"] and not story["ungrouped_points"]
    with sessions() as session:
        assert not session.scalars(select(Point.id).where(Point.cluster == RELEASED)).all()


def test_an_edit_that_names_no_one_forgets_whom_only_it_named(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """An article edited so it names no one: the person only it named is gone from the story
    (`who` finds no one), as from a rebuild; before, the entity stayed, with no mention."""
    folder = tmp_path / "articles"
    folder.mkdir()
    quill = folder / "002_council.txt"
    (folder / "001_vote.txt").write_text(
        "Senate passes school bill\n\nThe state Senate passed the school funding bill on Monday."
        "\n\n“This is a good day,” State Senator Mark Dalton said.\n",
        encoding="utf-8",
    )
    quill.write_text(
        "Council hears from parents\n\nParents packed the council chamber on Tuesday night.\n\n"
        "Harriet Quill, who sits on the town council, opposed the school funding bill.\n",
        encoding="utf-8",
    )
    assert ingest_paths(sessions, [folder]).count("added") == 2
    assert Story(sessions).profile("Harriet Quill").profile is not None
    quill.write_text(
        "Council hears from parents\n\nParents packed the council chamber on Tuesday night.\n",
        encoding="utf-8",
    )
    assert ingest_paths(sessions, [quill]).count("updated") == 1
    assert Story(sessions).profile("Harriet Quill").profile is None
    assert_a_rebuild_gives(sessions, dump(sessions))
