"""nameparser's titles and letters after a name, read without importing nameparser once kept."""

from __future__ import annotations

from functools import cache
from typing import Final

from briefings.analysis.common.library_lists.kept_lists import Lists, kept_lists

__all__ = ["LISTS", "nameparser_list", "read_lists"]

# Importing nameparser for these two lists cost about 0.175 G instructions (0.035 s of CPU) in
# every process that ingests, some 0.8 % of a one-process ingest of 300 articles; read back
# from the user's cache (`kept_lists`), a small fraction of that.
LISTS: Final = ("titles", "suffix_acronyms")  # the attributes of nameparser's CONSTANTS kept
# The files they come from: the lists in `config`, read by the package's top modules.
_FILES: Final = ("*.py", "config/*.py")


def nameparser_list(name: str) -> frozenset[str]:
    """The entries of one of nameparser's lists (`LISTS`): `frozenset(CONSTANTS.<name>)`."""
    return _frozen(name)


@cache
def _frozen(name: str) -> frozenset[str]:
    return frozenset(_lists()[name])


@cache
def _lists() -> Lists:
    """Each of `LISTS` with its entries, once per process."""
    return kept_lists("nameparser", _FILES, read_lists)


def read_lists() -> Lists:
    """Each of `LISTS` with its entries, from nameparser itself."""
    from nameparser.config import CONSTANTS

    return {name: sorted(getattr(CONSTANTS, name)) for name in LISTS}
