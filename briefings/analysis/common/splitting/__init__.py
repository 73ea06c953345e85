"""Sentence splitting shared by every analyser: syntok's spans and tokens, its certain cases
without running it."""
