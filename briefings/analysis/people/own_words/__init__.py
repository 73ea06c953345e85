"""Whether a name can be a person's by its own words, or is a body's, a place's or a thing's."""
