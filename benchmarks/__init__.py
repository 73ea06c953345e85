"""Benchmarks: corpus generator, ingest throughput, query latency at 1k-100k articles."""
