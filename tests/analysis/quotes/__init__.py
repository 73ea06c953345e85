"""Quotes and their speakers: finding, attribution, speaker names, the confidence model."""
