"""Alembic migrations of the store: `env.py`, what they own (`owned.py`), and `versions/`."""
