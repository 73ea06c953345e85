"""What the evaluations score against: the seed articles as analysed, the BBC hand labels, their halves and the command that scores them, precision/recall/F1."""
