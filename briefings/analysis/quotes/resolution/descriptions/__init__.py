"""Descriptions in place of a name ("the governor", "The Scot", "the younger Bush"): whom they can mean."""
