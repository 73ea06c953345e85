"""People rounds on British copy of our own: works, firms, horses and characters named like people."""
