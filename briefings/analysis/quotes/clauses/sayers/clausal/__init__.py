"""Who speaks by a clause around the quotation: a fronted clause's, an object moved to speak."""
