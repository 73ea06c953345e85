"""Who speaks: speech cues, speaker phrases, full names, gender and pronoun resolution."""
