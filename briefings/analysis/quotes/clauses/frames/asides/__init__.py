"""Clauses set inside or beside the sentence around a quotation: "as X said", "— as X noted —", a
"says X" between commas, "As X spoke,"."""
