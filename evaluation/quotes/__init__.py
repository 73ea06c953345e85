"""Quotes and their speakers: PolNeAR, the BBC labels, our written articles, and the confidence threshold."""
