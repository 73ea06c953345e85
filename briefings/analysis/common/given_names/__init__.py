"""Given names: their gender and their nicknames."""
