"""How a name is written: family name first, a suffix, a name it is known by, a courtesy title."""
