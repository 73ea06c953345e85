"""Dates: absolute and relative date expressions, dated events."""
