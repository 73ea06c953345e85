"""Ingest that fails or is killed midway: batches committed apart, a killed story refresh healed."""
