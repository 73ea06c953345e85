"""The words around a name that make it a work's, a firm's or a body's rather than a person's."""
