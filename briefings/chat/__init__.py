"""What every chat adapter shares: typed options, common wording, text fitted to limits, cooldowns,
outage messages and the periodic ingest process."""
