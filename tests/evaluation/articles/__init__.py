"""Checks of the article evaluations: citations."""
