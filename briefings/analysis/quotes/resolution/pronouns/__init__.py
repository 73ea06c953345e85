"""Whom a pronoun can mean, and where it means no one named before."""
