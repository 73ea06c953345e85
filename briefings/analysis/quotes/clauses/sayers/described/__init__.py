"""Subjects of speech verbs described, not named, or naming no one."""
