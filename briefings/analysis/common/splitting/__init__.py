"""Sentence splitting shared by every analyser: syntok's spans and tokens, its certain cases done without it."""
