"""The console: its own answers, and the real terminal (help, completion, history)."""
