"""nameparser's titles and letters after a name: nameparser's own, read without importing it
once kept in the user's cache."""

from __future__ import annotations

from pathlib import Path

from nameparser.config import CONSTANTS

from briefings.analysis.common.library_lists.nameparser_lists import (
    LISTS,
    nameparser_list,
    read_lists,
)
from tests.analysis.common.processes import printed_by_two_processes


def test_each_list_is_nameparsers_own() -> None:
    for name in LISTS:
        assert nameparser_list(name) == frozenset(getattr(CONSTANTS, name))
        assert read_lists()[name] == sorted(getattr(CONSTANTS, name))
    assert {"novelist", "bishop"} <= nameparser_list("titles")
    assert {"qc", "mbe"} <= nameparser_list("suffix_acronyms")


def test_a_process_with_the_lists_kept_does_not_import_nameparser(tmp_path: Path) -> None:
    # the point of keeping them: nameparser's import (about 0.035 s of CPU) is paid once, not
    # in every process
    code = (
        "import sys\n"
        "from briefings.analysis.speech.words import name_suffix_letters, name_titles\n"
        "from nameparser_check import same\n"
        "print(same(name_titles(), name_suffix_letters()), 'nameparser' in sys.modules)\n"
    )
    (tmp_path / "nameparser_check.py").write_text(
        "def same(titles, letters):\n"
        "    import sys\n"
        "    if 'nameparser' not in sys.modules:\n"
        "        return None\n"
        "    from nameparser.config import CONSTANTS\n"
        "    return titles == set(CONSTANTS.titles) and letters == set(CONSTANTS.suffix_acronyms)\n"
    )
    runs = printed_by_two_processes(code, tmp_path)
    assert runs == [["True", "True"], ["None", "False"]]  # read from nameparser, then kept
