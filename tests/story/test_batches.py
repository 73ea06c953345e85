"""Articles ingested in two batches link the same entities and attribute the same quotes as a
rebuild of them, whichever batch brought the longer form of a name (refresh/entities/extended.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from briefings.db import unit_of_work
from briefings.ingest import ingest_paths
from briefings.refresh.dump import dump_story
from briefings.refresh.storyline import rebuild_story

# the shorter forms come first; the longer, in the second batch, extend them
_FIRST = {
    "a-army.md": (
        "The Army said on Monday that the base would stay open. Joel Pollak, an editor at the "
        "paper, said the Army had misled voters.\n\n“America has a very severe problem with "
        "discrimination that we try to overlook,” Hayek said."
    ),
    "b-walsh.md": (
        "Walsh told reporters in Ohio on Monday that the plant would close in the spring. Jose "
        "Alvarez, a welder, said the workers had not been told.\n\n"
        "“We cannot keep the lights on,” Walsh said."
    ),
}
_SECOND = {
    "c-army.md": (
        "The U.S. Army said on Tuesday that the base would close after all. Joel B. Pollak wrote "
        "that the U.S. Army had a week. The actress Salma Hayek spoke at the festival in Los "
        "Angeles on Tuesday. José Alvarez, a welder at the plant, said he would move."
    ),
    "d-walsh.md": (
        "Marty Walsh, the labor secretary, visited the plant in Ohio on Tuesday and met the "
        "workers who will lose their jobs. José Alvarez, a welder, asked him about pensions."
    ),
}


def _write(folder: Path, texts: dict[str, str], day: int) -> list[Path]:
    paths = []
    for k, (name, text) in enumerate(sorted(texts.items())):
        path = folder / name
        path.write_text(
            f"---\ntitle: The base, part {day}{k}\noutlet: Outlet {k}\n"
            f"published: 2023-09-{day:02d}\n---\n\n{text}\n",
            encoding="utf-8",
        )
        paths.append(path)
    return paths


def _cast(sessions: sessionmaker[Session]) -> dict[str, Any]:
    """The entities, and who speaks each quote."""
    with sessions() as session:
        story = dump_story(session)
    spoken = [q for c in story["quote_clusters"] for q in c] + story["unclustered_quotes"]
    return {
        "entities": story["entities"],
        "unlinked": story["unlinked_mentions"],
        "speakers": sorted((path, position, who or "") for path, position, who in spoken),
    }


def test_names_extended_in_a_later_batch_link_and_attribute_as_a_rebuild_does(
    sessions: sessionmaker[Session], tmp_path: Path
) -> None:
    """A stored "Army", "Joel Pollak" and lone "Hayek" and "Walsh" (quoted, nobody of that name
    known yet), then "U.S. Army", "Joel B. Pollak", "Salma Hayek" and "Marty Walsh" in a batch
    of their own: the refresh releases the stored entities the new names extend and links them
    again with them, and the quotes of "Hayek" and "Walsh" go to whom a rebuild gives them. A
    stored "Jose Alvarez" written "José Alvarez" by two later articles is named so, as a
    rebuild names him."""
    first = ingest_paths(sessions, _write(tmp_path, _FIRST, 11))
    second = ingest_paths(sessions, _write(tmp_path, _SECOND, 12))
    assert first.count("added") == 2 and second.count("added") == 2
    assert first.story_error is None and second.story_error is None
    batched = _cast(sessions)
    with unit_of_work(sessions) as session:
        rebuild_story(session)
    rebuilt = _cast(sessions)
    names = {(e[1], e[0]) for e in rebuilt["entities"]}
    assert ("organisation", "U.S. Army") in names and ("organisation", "Army") not in names
    assert ("person", "Joel B. Pollak") in names and ("person", "Joel Pollak") not in names
    assert ("person", "Marty Walsh") in names and ("person", "Walsh") not in names
    assert ("person", "José Alvarez") in names
    assert {who for *_, who in rebuilt["speakers"]} >= {"person:Marty Walsh"}
    assert batched["entities"] == rebuilt["entities"]
    assert batched["unlinked"] == rebuilt["unlinked"]
    assert batched["speakers"] == rebuilt["speakers"]
