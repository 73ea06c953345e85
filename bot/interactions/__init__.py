"""Answering an interaction: options checked, the query run off the loop, the reply sent or paged."""
