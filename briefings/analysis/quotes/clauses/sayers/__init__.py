"""Who a reporting clause names as its subject: the sentence's, a clause's, a body's member."""
