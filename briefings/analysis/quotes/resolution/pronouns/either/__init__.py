"""A pronoun another person just named may mean as well: either may be meant, so no one is."""
