"""The story's cast: mentions linked into entities, stored, rewritten, their quotes settled."""
