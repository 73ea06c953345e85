"""briefbot's Slack adapter: slash commands, Block Kit and channel digests over the `briefings` answers."""
