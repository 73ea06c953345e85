"""Sentence splitting."""
