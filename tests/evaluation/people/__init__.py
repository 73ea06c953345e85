"""Checks of the people evaluations: the evidence table and the written reports."""
