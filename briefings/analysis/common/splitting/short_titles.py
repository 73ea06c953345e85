"""Titles written short with a stop that syntok does not know, which never end a sentence."""

from __future__ import annotations

from typing import Final

# Round 61: a British councillor's "Cllr. Maureen Tobin" (a name always follows the stop).
SHORT_TITLES: Final = frozenset({"Cllr", "cllr", "CLLR"})
