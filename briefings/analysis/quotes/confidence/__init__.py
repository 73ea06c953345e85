"""How sure a quote's speaker is: a logistic model (data/) over how it was found and its context."""
