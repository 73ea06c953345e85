"""Sentence splitting shared by every analyser.

Syntok's spans and tokens, its certain cases without running it."""
