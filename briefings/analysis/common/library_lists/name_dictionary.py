"""gender-guesser's dictionary file read into the table its Detector looks names up in."""

from __future__ import annotations

from typing import Final

# Each sex column's value, as gender-guesser's `_eat_name_line` reads it.
_GENDERS: Final = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}


def read_names(filename: str) -> dict[str, dict[str, str]]:
    """Each name, lower case, with each of its genders' country values (in the order the file
    gives them): the table gender-guesser's `Detector(case_sensitive=False)` builds line by line
    (`_eat_name_line`, `_set`), read in one piece and compiled (about a quarter of its time)."""
    names: dict[str, dict[str, str]] = {}
    with open(filename, encoding="utf-8", newline="") as file:
        lines = file.read().splitlines()  # the line ends the codecs reader splits at
    for raw in lines:
        line = raw.strip()
        if line[0] in "#=":
            continue
        parts = line.split(None, 2)  # the sex and the name (the whole line's first two words)
        gender = _GENDERS[parts[0]]
        values = line[30:-1]
        name = parts[1].lower()
        if "+" in name:  # "+" stands for no space, a space or a hyphen
            for key in (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")):
                _set(names, key, gender, values)
        else:
            _set(names, name, gender, values)
    return names


def _set(names: dict[str, dict[str, str]], name: str, gender: str, values: str) -> None:
    held = names.get(name)
    if held is None:
        held = names[name] = {}
    held[gender] = values
