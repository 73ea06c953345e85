"""Whom a description by a US state's demonym means ("The Minnesotan", "the Iowan"): the one person
the article ties to that state ("Sen. Paula Lindgren (D-Minn.)", "Gov. Tom Rydell of Wisconsin"),
never a person called "Iowan"."""

from __future__ import annotations

from typing import Final

__all__ = ["state_of"]

# the demonyms of the states a newspaper writes (one word; "New Yorker" and the Carolinas' and
# Dakotas' two-word ones are not read), lower case, and their states
_STATES: Final = {
    "alabamian": "Alabama",
    "alaskan": "Alaska",
    "arizonan": "Arizona",
    "arkansan": "Arkansas",
    "californian": "California",
    "coloradan": "Colorado",
    "connecticuter": "Connecticut",
    "delawarean": "Delaware",
    "floridian": "Florida",
    "hawaiian": "Hawaii",
    "idahoan": "Idaho",
    "illinoisan": "Illinois",
    "hoosier": "Indiana",
    "iowan": "Iowa",
    "kansan": "Kansas",
    "kentuckian": "Kentucky",
    "louisianan": "Louisiana",
    "mainer": "Maine",
    "marylander": "Maryland",
    "michigander": "Michigan",
    "minnesotan": "Minnesota",
    "mississippian": "Mississippi",
    "missourian": "Missouri",
    "montanan": "Montana",
    "nebraskan": "Nebraska",
    "nevadan": "Nevada",
    "ohioan": "Ohio",
    "oklahoman": "Oklahoma",
    "oregonian": "Oregon",
    "pennsylvanian": "Pennsylvania",
    "tennessean": "Tennessee",
    "texan": "Texas",
    "utahn": "Utah",
    "vermonter": "Vermont",
    "virginian": "Virginia",
    "washingtonian": "Washington",
    "wisconsinite": "Wisconsin",
    "wyomingite": "Wyoming",
}


def state_of(word: str) -> str | None:
    """The state a one-word demonym names ("Minnesotan": Minnesota); None for any other word."""
    return _STATES.get(word.lower()) if word[:1].isupper() else None
