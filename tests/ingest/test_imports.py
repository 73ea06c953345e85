"""An ingest loads only what its files and its database need: no YAML reader for files without
front matter, no PostgreSQL dialect on SQLite (their imports cost a run about 0.2 G
instructions). The database is made first: a new one's migrations load Alembic, which loads
every dialect."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from briefings.db import open_database
from tests.conftest import ROOT

NOT_NEEDED = ("yaml", "sqlalchemy.dialects.postgresql")
# Ingests the folder into a new SQLite database, then prints which of NOT_NEEDED it loaded.
PROBE = """
import json, sys
from briefings.db import open_database
from briefings.ingest import ingest_paths
report = ingest_paths(open_database(sys.argv[2]), [sys.argv[3]])
loaded = [m for m in json.loads(sys.argv[1]) if m in sys.modules]
print(json.dumps({"added": report.count("added"), "loaded": loaded}))
"""

ARTICLE = (
    "Harbour council approves new ferry terminal\n\n"
    "The harbour council on Tuesday approved a new ferry terminal for the northern quay, "
    "ending a two-year dispute over its cost.\n\n"
    '"This is a good day for the town," said Mayor Elena Brandt, who had backed the plan.\n'
)


def _loaded(db: str, folder: Path) -> dict[str, object]:
    open_database(db).kw["bind"].dispose()  # migrated here, not in the probe
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(NOT_NEEDED), db, str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return dict(json.loads(done.stdout.splitlines()[-1]))


def test_an_sqlite_ingest_of_plain_files_loads_neither_yaml_nor_postgresql(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "ferry.txt").write_text(ARTICLE, encoding="utf-8")
    found = _loaded(f"sqlite:///{tmp_path / 'plain.db'}", folder)
    assert found == {"added": 1, "loaded": []}


def test_a_file_with_front_matter_loads_yaml_and_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    front = "---\ntitle: Ferry terminal approved\npublished: 2023-09-06\n---\n"
    (folder / "ferry.md").write_text(front + ARTICLE, encoding="utf-8")
    found = _loaded(f"sqlite:///{tmp_path / 'front.db'}", folder)
    assert found == {"added": 1, "loaded": ["yaml"]}
