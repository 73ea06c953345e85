"""Where a reporting clause stands around its quotation."""
