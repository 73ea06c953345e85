"""Sources a story is fed from: RSS/Atom feeds, article pages and folders, fetched politely.

Nothing is imported here: the CLI builds its parser without the network modules."""
