"""Candidate names grouped into entities, and how often and in which forms each is named."""
