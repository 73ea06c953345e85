"""Descriptions by where someone is from or which party they sit for: a nation, a US state, a party."""
