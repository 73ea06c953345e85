"""Text analysis run once per article at ingest time: summary, quotes, people, events, key points."""

from pathlib import Path

from briefings.analysis.compiled import guard

guard(Path(__file__).parent, __name__)  # a compiled module built from other sources is not used
