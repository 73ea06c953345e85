"""A pronoun that means no one named before: not the one asked about, not past unnamed people."""
