"""PolNeAR's gold, read from its annotations: the articles, their quotes and speakers."""
