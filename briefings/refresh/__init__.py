"""The story-level state derived from the articles: refreshed after ingest, released on edit, dumped to compare."""
