"""Digests in Slack channels: the `/digest` command, the Slack poster and the scheduler glue."""
