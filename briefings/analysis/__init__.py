"""Text analysis run once per article at ingest time: summary, quotes, people, events, key points."""
