"""briefbot's domain core: ingest articles, analyse them, store the results and compose answers."""
