"""Story level who-is-who: per-article entities linked across articles, and lookups by name."""
