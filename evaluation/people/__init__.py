"""The people an article lists: the BBC labels, our written reports, and the evidence a person shows."""
