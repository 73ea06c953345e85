"""The console: the bot's slash commands typed in a terminal, answered as the bot would."""
