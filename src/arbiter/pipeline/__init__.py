"""The check chain. :func:`default_checks` is the one ordered list of checks every call goes through."""

from __future__ import annotations

from arbiter.approvals import ApprovalStore
from arbiter.db.engine import Database
from arbiter.pii.scrub import Scrubber
from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.pipeline.approval import Announce, ApprovalCheck, ApprovalUse
from arbiter.pipeline.base import Check
from arbiter.pipeline.cache import CacheLookup, CacheProvider, CacheStore
from arbiter.pipeline.history import HistoryCheck
from arbiter.pipeline.limits import LimitsCheck
from arbiter.pipeline.pii import ArgumentsPiiCheck, ResultPiiCheck
from arbiter.pipeline.provenance import ProvenanceCheck
from arbiter.pipeline.ratelimit import RateLimitCheck
from arbiter.pipeline.runner import Pipeline
from arbiter.pipeline.schema import SchemaCheck
from arbiter.provenance.intent import IntentScorer
from arbiter.provenance.store import ConversationStore
from arbiter.registry import Registry
from arbiter.settings import Settings

__all__ = ["Check", "Pipeline", "default_checks", "result_checks"]


def default_checks(settings: Settings, registry: Registry, db: Database, scrubber: Scrubber,
                   cache: CacheProvider, intent: IntentScorer, conversations: ConversationStore,
                   approvals: ApprovalStore, announce: Announce | None = None) -> list[Check]:
    """limits -> allowlist (the policy: agent active, tool listed, trust) -> schema -> pii -> provenance
    -> approval (hold) -> rate limit -> approval use -> cache."""
    return [
        LimitsCheck(max_depth=settings.max_json_depth, max_bytes=settings.max_argument_bytes),
        AllowlistCheck(registry),
        SchemaCheck(),
        ArgumentsPiiCheck(scrubber, settings.secret, offload_bytes=settings.pii_offload_bytes),
        ProvenanceCheck(registry, settings.secret, intent, store=conversations),
        ApprovalCheck(approvals, settings.secret, announce),
        RateLimitCheck(db),
        ApprovalUse(approvals),
        CacheLookup(cache),
    ]


def result_checks(settings: Settings, scrubber: Scrubber, cache: CacheProvider,
                  provenance: ProvenanceCheck) -> list[Check]:
    """Checks on an executed call's result: pii_result -> history (remember it for the conversation's
    provenance) -> cache_store."""
    history = HistoryCheck(provenance.store, provenance.analyser, provenance.key) if provenance.store else None
    return [ResultPiiCheck(scrubber, settings.secret, offload_bytes=settings.pii_offload_bytes),
            *([history] if history else []), CacheStore(cache)]
