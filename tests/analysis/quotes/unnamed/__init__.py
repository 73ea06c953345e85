"""Sources the text does not name, bodies, documents and reports within reports."""
