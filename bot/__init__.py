"""briefbot's Discord adapter: slash commands, embeds, views and scheduling glue over `briefings`."""
