"""PyYAML is imported for a file with front matter only: a folder of text files never pays it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_yaml_is_imported_at_the_first_front_matter(tmp_path: Path) -> None:
    (tmp_path / "plain.txt").write_text("Storm hits coast\n\nThe storm hit the coast on Monday.\n")
    (tmp_path / "fronted.md").write_text("---\ntitle: Storm\noutlet: BBC\n---\nThe storm hit.\n")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from briefings.ingest.reading.readers import read_document\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "read_document(folder / 'plain.txt')\n"
        "assert 'yaml' not in sys.modules, 'yaml imported for a text file'\n"
        "document = read_document(folder / 'fronted.md')\n"
        "assert document.metadata == {'title': 'Storm', 'outlet': 'BBC'}, document.metadata\n"
        "assert 'yaml' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
