"""Executors: one-method ports that carry an allowed call to where it runs (MCP upstreams)."""
