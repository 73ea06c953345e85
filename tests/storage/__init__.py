"""Storage: SQLite set-up, migrations, several processes on one database, aggregate queries, a throwaway PostgreSQL server."""
