"""Words credited to someone by other than a plain speech verb: according to, in the words of, a remark, a document, a readout."""
