"""Measuring and reporting: query latency and percentiles, resident memory, the result tables."""
