"""Questions and answers, and replies: whose words follow someone's question or quote."""
