"""Speakers the text describes rather than names: offices, kin, nations, parties, roles."""
