"""Digests: what is new since a mark, laid out, scheduled and delivered exactly once to subscribed channels."""
