"""Checks of the seed evaluations."""
