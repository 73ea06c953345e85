"""The evaluation commands and their checks, run on a few documents."""
