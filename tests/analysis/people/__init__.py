"""People of one article (names, kinds, roles, firms and works apart) and their linking across articles."""
