"""Where a sentence's names are: runs of capitalised words, cut into candidates, kind and role."""
