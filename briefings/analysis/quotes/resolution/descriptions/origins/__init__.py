"""Descriptions by where someone is from, which party they sit for or which place's office they hold: a
nation, a US state, a party, "the Bishop of Durham"."""
