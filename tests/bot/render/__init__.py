"""Rendering for Discord: pages within its limits, and markdown from articles and users kept inert."""
