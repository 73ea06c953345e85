"""Firms told by what they do, own and report: names that are a firm's, not a person's."""
