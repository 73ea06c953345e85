"""Words a document, a message or a readout holds, credited to its author or sender."""
