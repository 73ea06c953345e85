"""Sentence similarity: word vectors, rare words, the index of dated representatives."""
