"""People, organisations and places named in one article: extraction and the roles beside a name."""
