"""Where a reporting clause stands around its quotation, and what frames it."""
