"""Given names and their gender."""
