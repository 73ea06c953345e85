"""Bulk writes of the story rows: SQLAlchemy statements, or the SQLite driver for many rows."""
