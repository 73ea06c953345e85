"""Works, characters and parts played: names that are a work's or a character's, not a person's."""
