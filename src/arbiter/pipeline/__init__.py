"""The check chain. :func:`default_checks` is the one ordered list of checks every call goes through."""

from __future__ import annotations

from arbiter.db.engine import Database
from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.pipeline.authenticate import AgentActive
from arbiter.pipeline.base import Check
from arbiter.pipeline.ratelimit import RateLimitCheck
from arbiter.pipeline.runner import Pipeline
from arbiter.pipeline.schema import SchemaCheck
from arbiter.registry import Registry

__all__ = ["Check", "Pipeline", "default_checks"]


def default_checks(registry: Registry, db: Database) -> list[Check]:
    """authenticate -> allowlist (+trust) -> schema -> rate limit."""
    return [
        AgentActive(),
        AllowlistCheck(registry),
        SchemaCheck(),
        RateLimitCheck(db),
    ]
