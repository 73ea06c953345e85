"""The attribution confidence: its model and the script that fits it."""
