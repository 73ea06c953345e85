"""Grouping across articles: the same quote, fact or dated event reported by several outlets."""
