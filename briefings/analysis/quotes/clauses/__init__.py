"""Reading a quote's speech clause: the reporting verb before or after it, a sentence's subject."""
