"""The five seed articles scored against their hand labels: quotes, people and roles, dated events."""
