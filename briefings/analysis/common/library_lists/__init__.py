"""Word lists read from installed packages (wordfreq, nameparser, gender-guesser), kept in the
user's cache folder."""
