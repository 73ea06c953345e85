"""Descriptions naming the media: hosts and anchors, and outlets named with "the" as a sayer."""
