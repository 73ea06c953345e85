"""Text tools shared by the analysers: sentence splitting, word lists, name kinds, first names."""
