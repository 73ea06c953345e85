"""Child processes the benchmarks start and time: ingest, one CLI query, the bot on a fake Discord."""
