"""Ingest: read article files, clean them, analyse them and store them, many to a transaction."""

from briefings.ingest.outcomes import FileOutcome, IngestReport
from briefings.ingest.pipeline import ingest_paths

__all__ = ["FileOutcome", "IngestReport", "ingest_paths"]
