"""briefbot's Discord adapter: slash commands, embeds and views over the `briefings` answers."""
