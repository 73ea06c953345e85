"""What an article says: its extractive summary and its candidate points for briefings."""
