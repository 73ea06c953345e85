"""Reading an article file: its text and cleaned body, and its metadata from every place that states it."""
