"""One cog per command family; each module has the `setup` discord.py calls to load it."""

EXTENSIONS = ("brief", "quotes", "who", "sources", "timeline", "help", "stories")
