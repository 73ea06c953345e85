"""Finding quotations: quotation marks, sentences, full or partial, each one's speaker phrase."""
