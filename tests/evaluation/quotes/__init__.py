"""Checks of the quote evaluations: PolNeAR's gold reading and the written articles."""
