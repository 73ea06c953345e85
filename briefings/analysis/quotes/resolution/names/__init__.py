"""Whom a name or a subject in reporter text stands for: people, groups, places, relatives."""
