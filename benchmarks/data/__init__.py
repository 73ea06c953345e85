"""Benchmark data: the synthetic corpus generator and the bulk loader that fills a database from it."""
