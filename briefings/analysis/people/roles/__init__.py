"""A sentence's tokens and the roles read beside a name: titles, appositions, offices, jobs."""
