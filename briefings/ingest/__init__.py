"""Ingest: read article files, clean them, analyse them and store them, one transaction each."""

from briefings.ingest.pipeline import FileOutcome, IngestReport, ingest_paths

__all__ = ["FileOutcome", "IngestReport", "ingest_paths"]
