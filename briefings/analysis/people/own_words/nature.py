"""What a capitalised name is by its words: a person's, a body's, a place's or a thing's.

A thing is a work, a product or a fragment. The words are read from well-kept libraries rather
than hand-grown lists:

- given names: gender-guesser's dictionary (`common/given_names/first_names.py`);
- surnames: the US Census Bureau's list of 88,799 surnames (1990), as the `names` package ships it;
- common English words: wordfreq's frequency of the word in English text, less the words no
  English dictionary holds (names the news made common: "Obama", "Mourinho"; a list made by
  scripts/list_undictionaried_words.py from Webster's Second and GCIDE);
- places: pycountry's countries and their subdivisions (ISO 3166-1 and 3166-2).

A word of a name is *thing-like* when it is a common English word ("Report", "Boys", "Theatre",
"Olympic") that neither list knows as a personal name ("Green", "Church" and "Rose" are names).
A person's name is written with personal names or with words too rare to be common English
("Mkrtychev"); a name made of thing-like words only is no person, and a full name with a thing-like
word needs the article's evidence (a courtesy title, speech, a role given to that surname).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Final, Literal

from briefings.analysis.common.given_names.first_names import is_given_name
from briefings.analysis.common.given_names.nicknames import a_nickname
from briefings.analysis.common.kinds import kind_by_lists
from briefings.analysis.common.library_lists.kept_lists import Lists, kept_lists
from briefings.analysis.common.library_lists.nameparser_lists import nameparser_list
from briefings.analysis.common.library_lists.zipf import english_zipf
from briefings.analysis.common.memo import Memo
from briefings.analysis.common.names import NAME_PARTICLES, name_key

__all__ = [
    "NameNature",
    "in_dictionary",
    "is_common_word",
    "is_english_word",
    "is_place_name",
    "is_place_word",
    "is_plural_thing",
    "is_region_word",
    "is_thing_surname",
    "is_thing_word",
    "known_name_word",
    "name_nature",
    "thing_words",
]

NameNature = Literal["person", "organisation", "place", "thing"]

# Zipf frequency (log10 of occurrences per billion words) from which a word is common English: the
# level of "theatre" 4.5, "golf" 4.6, "scotch" 3.7, above rare words ("whampoa" 1.9, "ashot" 1.3).
# Chosen on the tuned half of the BBC labels (see evaluation/people/people_bbc.py).
COMMON_ZIPF: Final = 3.5
# Words after a name that are no part of what it is: "Jr", "Sr", "III".
_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv", "snr", "jnr"})


@cache
def _census_by_rank() -> list[str]:
    """The 88,799 surnames of the US Census Bureau's 1990 list, lower case, in the order of their
    rank by how many bear them, as the `names` package ships them; shipped by
    scripts/list_census_surnames.py (its 3 MB file cost about 0.19 G instructions to read, this a
    fraction); read once per process."""
    data = resources.files("briefings.analysis").joinpath("data/census_surnames.json")
    surnames: list[str] = json.loads(data.read_text(encoding="ascii"))
    return surnames


@cache
def _census_surnames() -> frozenset[str]:
    """The census surnames, lower case."""
    return frozenset(_census_by_rank())


# The rank in the census list after which a surname is too rare to outweigh a common English
# word: "Mail", "Market", "Catholic", "City" (ranks 40,000 to 75,000, names of a few hundred
# people); chosen on PolNeAR's first 600 articles, where 20,000 cost "Pete Seat" and "James
# Smack" and 50,000 kept "Preston North End".
RARE_SURNAME_RANK: Final = 30000


@cache
def _rare_surnames() -> frozenset[str]:
    """The census surnames ranked after RARE_SURNAME_RANK (the list's first is ranked 1)."""
    return frozenset(_census_by_rank()[RARE_SURNAME_RANK:])


def common_surname(word: str) -> bool:
    """A census surname borne by many, ranked at or before RARE_SURNAME_RANK: "Spencer", "Young"
    (of "Marks and Spencer", "Ernst and Young"); not "Senate", "Texas"."""
    low = word.lower()
    return low in _census_surnames() and not _a_rare_surname(low)


def _a_rare_surname(word: str) -> bool:
    """A census surname borne by so few that a common English word is the word's sense."""
    return word.lower() in _rare_surnames()


def _zipf(word: str) -> float:
    """wordfreq's Zipf frequency of a lower-case English word (its small list, read on first
    use; wordfreq itself is imported only for a word not of ASCII letters: `common/library_lists/zipf.py`)."""
    return english_zipf(word)


@lru_cache(maxsize=65536)
def known_name_word(word: str) -> bool:
    """A given name or surname some library knows: "Tom", "Green", "Church", "Obikwelu" is not."""
    return word.lower() in _census_surnames() or is_given_name(word)


def is_thing_word(word: str) -> bool:
    """`_is_thing_word`, remembered."""
    return _THING_WORDS[word]


def _is_thing_word(word: str) -> bool:
    """A common English word, in a dictionary, that no library knows as a personal name: "Report",
    "Olympic", "Boys"; not "Green" (a surname), "Tom" (a given name), "Mkrtychev" (rare),
    "O'Connor", "Mourinho" (common in news, in no dictionary)."""
    if not word.isalpha() or not word.isascii() or len(word) < 2:
        return False
    if _zipf(word.lower()) < COMMON_ZIPF:
        return False
    return not known_name_word(word) and in_dictionary(word)


_THING_WORDS: Final = Memo(_is_thing_word)


@lru_cache(maxsize=65536)
def is_thing_surname(word: str) -> bool:
    """A thing-like word where a surname stands, or a common English word in a dictionary that
    only a rare census surname is ("Mail" of "Royal Mail", "End" of "Preston North End",
    "Catholic" of "Roman Catholic"; not "Cook", "Stanley", "Straw" or "Sugar", surnames of
    thousands)."""
    if is_thing_word(word):
        return True
    return (
        word.isalpha()
        and _zipf(word.lower()) >= COMMON_ZIPF
        and _a_rare_surname(word)
        and not is_given_name(word)
        and in_dictionary(word)
    )


@cache
def _undictionaried() -> frozenset[str]:
    """The common words of news no English dictionary holds (scripts/list_undictionaried_words.py)."""
    data = resources.files("briefings.analysis").joinpath("data/undictionaried_words.json")
    return frozenset(json.loads(data.read_text(encoding="utf-8")))


def in_dictionary(word: str) -> bool:
    """For a common word: an English dictionary's (Webster's and GCIDE), inflected or in British
    spelling: "Report", "Boys", "Theatre"; not a name the news made common ("Obama", "Putin",
    "Mourinho", "Facebook")."""
    return word.lower() not in _undictionaried()


def is_common_word(word: str) -> bool:
    """A common English word, a personal name or not: "winner", "maker", "baker"."""
    return word.isalpha() and _zipf(word.lower()) >= COMMON_ZIPF


@lru_cache(maxsize=65536)
def is_english_word(word: str) -> bool:
    """An English word at all (wordfreq's small list: about 1 in a million words or more) that
    no library knows as a personal name: "Asserting", "Celebrating"; for the place of a given
    name, where a person's name has a known given name or a foreign one."""
    if not word.isalpha() or not word.isascii() or len(word) < 2:
        return False
    return _zipf(word.lower()) >= 3.0 and not known_name_word(word)


@lru_cache(maxsize=65536)
def is_plural_thing(word: str) -> bool:
    """The plural of an English word that no library knows as a personal name, as teams, bands
    and firms end: "Sharks", "Chiefs", "Rangers", "Sisters"; not "Banks", "Brooks", "Mowers"
    (census surnames), "Charles" (a given name), "Holmes" ("holme" is no English word)."""
    low = word.lower()
    if not word.isalpha() or not word.isascii() or len(low) < 4 or not low.endswith("s"):
        return False
    if low.endswith("ss") or known_name_word(word):
        return False
    singular = low[:-2] if low.endswith(("ches", "shes", "xes")) else low[:-1]
    if low.endswith("ies"):
        singular = low[:-3] + "y"
    return _zipf(singular) >= 3.0


@cache
def _place_names() -> frozenset[str]:
    """The names of countries and of their subdivisions (states, provinces, counties), lower
    case, as pycountry ships them (ISO 3166), read on first use: from the user's cache once kept
    there (`kept_lists`: about 0.05 G instructions fewer than reading pycountry's files each
    time), else from pycountry's files."""
    return frozenset(kept_lists("pycountry", _PLACE_FILES, read_place_names)["names"])


_PLACE_FILES: Final = ("databases/iso3166-1.json", "databases/iso3166-2.json")


def read_place_names() -> Lists:
    """The place names of `_place_names`, read from pycountry's files (without building its
    records: about 0.01 s rather than 0.05 s)."""
    folder = _package_folder("pycountry") / "databases"
    countries = json.loads((folder / "iso3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    subdivisions = json.loads((folder / "iso3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    names: list[str] = [
        name for c in countries for name in (c["name"], c.get("common_name", c["name"]))
    ]
    names += [s["name"] for s in subdivisions]
    return {"names": sorted({name.lower() for name in names})}


def _package_folder(package: str) -> Path:
    """An installed package's folder, found without importing it."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ImportError(f"{package} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


@lru_cache(maxsize=4096)
def is_place_name(name: str) -> bool:
    """A name of two words or more that ISO 3166 gives a country or a region: "Nova Scotia",
    "Milton Keynes", "Rio de Janeiro"; not "John Kerry", nor "Victoria" (one word: a given name
    too)."""
    words = name.replace("’", "'").split()
    return len(words) > 1 and " ".join(words).lower() in _place_names()


def is_region_word(word: str) -> bool:
    """One word that ISO 3166 gives a country or a region, a personal name too or not: "Brent",
    "Islington", "Kent"."""
    return word.lower() in _place_names()


def is_place_word(word: str) -> bool:
    """One word that ISO 3166 gives a country or a region and no library knows as a personal
    name: "Auckland", "Kenya"; not "Derby", "Georgia" (surnames too)."""
    return word.lower() in _place_names() and not known_name_word(word)


@cache
def _titles() -> frozenset[str]:
    """nameparser's titles ("bishop", "novelist"), read on first use."""
    return nameparser_list("titles")


def _name_words(words: Sequence[str]) -> list[str]:
    """The words that carry a name: no particles, initials or generational suffixes."""
    out = []
    for w in words:
        bare = w.strip(".")
        if w.lower() in NAME_PARTICLES or bare.lower() in _SUFFIXES or len(bare) < 2:
            continue
        out.append(bare)
    return out


def thing_words(words: Sequence[str]) -> list[str]:
    """The thing-like words of a name's words (particles, initials and "Jr" aside)."""
    return [w for w in _name_words(words) if is_thing_word(w)]


@lru_cache(maxsize=65536)
def name_nature(name: str) -> NameNature | None:
    """What a capitalised name is by its words alone, or None when the words do not decide.

    Organisation or place by the word lists ("Time Warner", a region's name, a state's
    nickname: "Nova Scotia", "Sunshine State"; "Lyric Theatre" ends in no such word
    but is all thing-like: a thing); "thing" when every word is a common English word that is no
    personal name ("Global Information", "Business Report", "Radio"), a bare title ("Bishop"),
    or a name whose first word is no given name and whose first or last word is thing-like
    ("Athletics Kenya", "Lyric Theatre"); "person" when it opens with a given name and has no
    thing-like word ("Tom Wright", "Sarah Mukasa"). For a speaker or a
    person named in a quote's clause: anything but "person" or None is not someone who speaks
    as a person (a body may speak as a body)."""
    words = name.replace("’", "'").split()
    if not words:
        return None
    kind = kind_by_lists(name, [name_key(w) or w.lower() for w in words])
    if kind:
        return kind
    if is_place_name(name):
        return "place"
    core = _name_words(words)
    if not core:
        return None
    if len(words) == 1 and name_key(name) in _titles():
        return "thing"  # a bare title: "Bishop" is no one's name
    things = [w for w in core if is_thing_word(w)]
    if len(things) == len(core):
        return "thing"
    given = is_given_name(core[0])
    thing_last = things[-1:] == core[-1:]
    if (
        len(core) > 1
        and not given
        and (thing_last or (things[:1] == core[:1] and not a_nickname(core[0])))
    ):
        return "thing"  # "Athletics Kenya", "Lyric Theatre"; not "Norm Wesley", a nickname's
    if len(core) > 1 and core[-1].lower() == "state":
        return "place"  # a state's nickname: "Sunshine State", "Lone Star State" (no one's surname)
    if len(core) > 1 and given and not things:
        return "person"
    return None
