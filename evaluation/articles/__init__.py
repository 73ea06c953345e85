"""What the bot makes of whole articles: the briefing's citations, summaries, dates read at ingest."""
