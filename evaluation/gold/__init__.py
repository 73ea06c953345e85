"""What the evaluations score against: the seed articles as analysed, the BBC hand labels and their halves, precision/recall/F1."""
