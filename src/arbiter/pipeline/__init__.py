"""The check chain. :func:`default_checks` is the one ordered list of checks every call goes through."""

from __future__ import annotations

from arbiter.db.engine import Database
from arbiter.pii.scrub import Scrubber
from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.pipeline.authenticate import AgentActive
from arbiter.pipeline.base import Check
from arbiter.pipeline.cache import CacheLookup, CacheProvider, CacheStore
from arbiter.pipeline.pii import ArgumentsPiiCheck, ResultPiiCheck
from arbiter.pipeline.ratelimit import RateLimitCheck
from arbiter.pipeline.runner import Pipeline
from arbiter.pipeline.schema import SchemaCheck
from arbiter.pipeline.taint import TaintCheck
from arbiter.registry import Registry

__all__ = ["Check", "Pipeline", "default_checks", "result_checks"]


def default_checks(registry: Registry, db: Database, scrubber: Scrubber, secret: bytes,
                   cache: CacheProvider) -> list[Check]:
    """authenticate -> allowlist (+trust) -> schema -> pii -> taint -> rate limit -> cache."""
    return [
        AgentActive(),
        AllowlistCheck(registry),
        SchemaCheck(),
        ArgumentsPiiCheck(scrubber, secret),
        TaintCheck(registry),
        RateLimitCheck(db),
        CacheLookup(cache),
    ]


def result_checks(scrubber: Scrubber, secret: bytes, cache: CacheProvider) -> list[Check]:
    """Checks on an executed call's result: pii_result -> cache_store."""
    return [ResultPiiCheck(scrubber, secret), CacheStore(cache)]
