"""Files read at ingest: formats and their metadata, dates, bad and hostile input."""
