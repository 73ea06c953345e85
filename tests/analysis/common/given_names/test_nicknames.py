"""The nickname table: the `nicknames` package's own, read without importing it once kept."""

from __future__ import annotations

from pathlib import Path

from nicknames import NickNamer

from briefings.analysis.common.given_names.nicknames import (
    _canonicals,
    _lookup,
    _nicknames,
    one_given_name,
    read_nicknames,
)
from tests.analysis.common.processes import printed_by_two_processes


def test_the_table_answers_as_the_package() -> None:
    namer = NickNamer()
    names = set(namer.nickname_lookup) | set(namer.canonical_lookup)
    for name in [*names, "Chuck ", " CHARLES", "not a name"]:
        assert _lookup(_nicknames(), name) == namer.nicknames_of(name)
        assert _lookup(_canonicals(), name) == namer.canonicals_of(name)
    assert read_nicknames() == {k: sorted(v) for k, v in namer.nickname_lookup.items()}


def test_nicknames_make_one_given_name() -> None:
    assert one_given_name("Chuck", "Charles") and one_given_name("Sandy", "Sandra")
    assert one_given_name("Bill", "Billy")  # two nicknames of one name
    assert not one_given_name("Charles", "Sandra")


def test_a_process_with_the_table_kept_does_not_import_the_package(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from briefings.analysis.common.given_names.nicknames import one_given_name\n"
        "print(one_given_name('Chuck', 'Charles'), 'nicknames' in sys.modules)\n"
    )
    runs = printed_by_two_processes(code, tmp_path)
    assert runs == [["True", "True"], ["True", "False"]]  # read from the package, then kept
