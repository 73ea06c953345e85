"""Passes over a whole article's names: headings, quoted titles, what other sentences show."""
