"""Word lists read from installed packages, kept in the user's cache folder.

The packages: wordfreq, nameparser, gender-guesser."""
