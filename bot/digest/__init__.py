"""Scheduled digests: the `/digest` commands, the delivery service and the APScheduler glue."""
