"""Word lists read from installed packages."""
