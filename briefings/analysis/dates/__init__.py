"""Dates: date expressions in sentences and the dated events of an article."""
