"""Answers rendered for Discord: embeds and their limits, inert markdown, pages, pictures, plain text."""
