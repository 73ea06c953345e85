"""Shared analysis tools: sentence splitting, word frequencies."""
