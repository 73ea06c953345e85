"""Quotes with no reporting clause of their own: whose they are, or no one's."""
