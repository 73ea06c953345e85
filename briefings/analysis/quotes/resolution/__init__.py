"""Who speaks: a speaker phrase, pronoun or description resolved to the full name of a person."""
