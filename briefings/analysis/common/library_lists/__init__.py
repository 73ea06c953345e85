"""Word lists read from installed packages (wordfreq, nameparser, gender-guesser) and kept in the user's cache folder."""
