"""Who speaks by a clause around the quotation: a fronted, subordinate, embedded, contrasted or
relative clause's subject; one moved, watched or heard to speak."""
