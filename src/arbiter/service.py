"""Wiring of one Arbiter process, built once: database, audit store, registry, pipeline, and the
ports to the outside (the tool executors, upstream MCP sessions, the model-provider client).

Everything an adapter needs is built here and handed to it; adapters never build their own I/O.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import logging
import threading
import time
from typing import Any

import msgspec

from arbiter import tracing
from arbiter.alerts import Detector
from arbiter.approvals import ApprovalStore, ApprovalView
from arbiter.audit.store import AuditStore
from arbiter.cache import CacheStore, OpenAIEmbedder, SemanticCache, cacheable, default_embedder
from arbiter.cache.sync import CacheSync
from arbiter.db.engine import Database
from arbiter.errors import Unauthorized
from arbiter.executors import ToolExecutor
from arbiter.executors.http import HttpExecutor
from arbiter.executors.mcp import McpExecutor, UpstreamPool
from arbiter.llm.budget import BudgetStore
from arbiter.llm.catalog import Catalog
from arbiter.llm.router import IntentClassifier
from arbiter.metrics import Metrics
from arbiter.operators import Operators
from arbiter.pii.policy import named_policy, tenant_key
from arbiter.pii.scrub import Scrubber
from arbiter.pipeline import Pipeline, default_checks, result_checks
from arbiter.pipeline.provenance import ProvenanceCheck
from arbiter.pipeline.runner import RecordScrubber
from arbiter.policy.allowlist import Allowlist, read_dir
from arbiter.policy.tools import tool_checks
from arbiter.provenance.intent import IntentScorer
from arbiter.provenance.store import ConversationStore
from arbiter.providers import ProviderClient
from arbiter.registry import Registry
from arbiter.settings import Settings
from arbiter.types import Agent, CallContext, Verdict
from arbiter.upstreams import Upstreams

log = logging.getLogger(__name__)


def bearer_token(authorization: str | None) -> str:
    """The token of an ``Authorization: Bearer <token>`` header, or ``""``."""
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return ""


_RECORD_POLICY = named_policy("pseudonymize").direction("arguments")


def record_scrubber(scrubber: Scrubber, secret: bytes) -> RecordScrubber:
    """How arguments are made storable when the chain stopped before the PII check: every entity
    pseudonymized with the tenant's key (linkable, unreadable), secrets redacted."""
    def scrub(ctx: CallContext) -> Any:
        tenant = ctx.agent.tenant if ctx.agent else ""
        return scrubber.scrub(ctx.call.arguments, _RECORD_POLICY, pseudonym_key=tenant_key(secret, tenant)).value
    return scrub


class Arbiter:
    """Everything one process needs to decide: build with :meth:`build`, then :meth:`start`."""

    def __init__(self, settings: Settings, *, provider_transport: Any = None) -> None:
        """Construct the components (no I/O yet beyond engine creation). ``provider_transport``
        replaces the model-provider client's httpx transport (tests)."""
        self.settings = settings
        self.db = Database(settings.database_url)
        self.audit = AuditStore(self.db, batch_max=settings.audit_batch_max)
        self.metrics = Metrics()
        self.audit.on_commit = self.metrics.committed
        self.scrubber = Scrubber(max_depth=settings.max_json_depth)
        self.registry = Registry(self.db, self.audit, settings.secret, tool_checks=tool_checks())
        self.intent = IntentScorer(lambda texts: default_embedder().embed(texts))
        self.conversations = ConversationStore(self.db, max_items=settings.conversation_max_items,
                                               ttl_s=settings.conversation_ttl_s)
        self.approvals = ApprovalStore(self.db, self.audit, settings.secret)
        checks = default_checks(settings, self.registry, self.db, self.scrubber, self.cache_for_call, self.intent,
                                self.conversations, self.approvals, self.announce)
        provenance = next(c for c in checks if isinstance(c, ProvenanceCheck))
        self.pipeline = Pipeline(
            checks, self.audit, settings.secret,
            result_checks=result_checks(settings, self.scrubber, self.cache_for_call, provenance),
            record_scrubber=record_scrubber(self.scrubber, settings.secret), metrics=self.metrics)
        # The ports to the outside, built once and handed to the adapters.
        self.upstreams = Upstreams(self.registry)
        self.operators = Operators(self.registry)
        self.mcp_pool = UpstreamPool()
        self.mcp_executor = McpExecutor(self.upstreams, self.mcp_pool)
        self.http_executor = HttpExecutor()
        self.executor = ToolExecutor(self.http_executor, self.mcp_executor.execute)
        self.providers = ProviderClient(settings, transport=provider_transport)
        self.catalog = Catalog(self.registry)
        self.budgets = BudgetStore(self.db)
        self.model_intents = IntentClassifier(lambda texts: default_embedder().embed(texts))
        self.detector = Detector(self.db, self.audit, settings, metrics=self.metrics)
        self._poller: asyncio.Task[None] | None = None
        self._alerting: asyncio.Task[None] | None = None
        self._cache: SemanticCache | None = None
        self._cache_lock = threading.Lock()
        # Started with the server (start/stop): keeps this process's cache in step with other processes.
        self._cache_sync: CacheSync | None = None
        self._serving = False

    @classmethod
    def build(cls, settings: Settings) -> Arbiter:
        """The service for ``settings`` (same as the constructor)."""
        return cls(settings)

    @property
    def cache_if_built(self) -> SemanticCache | None:
        """The semantic cache if something has used it yet (asking must not load the models)."""
        return self._cache

    def cache_for_call(self) -> SemanticCache:
        """The semantic cache, built on first use (the embedder costs ~0.5 s; the CLI never needs it)."""
        if self._cache is None:
            with self._cache_lock:
                if self._cache is None:
                    s = self.settings
                    embedder = (OpenAIEmbedder(s.embeddings_url, s.embeddings_model, api_key=s.embeddings_key or None)
                                if s.embeddings_url else None)
                    store = CacheStore(self.db.write, self.db.read)
                    cache = SemanticCache(embedder, store, max_entries=s.cache_max_entries,
                                          verifier="default" if s.cache_verifier else None,
                                          speculate=s.cache_verify_ahead)
                    cache.load_from_store()
                    self._cache = cache
                    if self._serving:
                        self._start_cache_sync()
        return self._cache

    def _start_cache_sync(self) -> None:
        """Follow other replicas' and workers' cache changes (see arbiter.cache.sync); caller holds _cache_lock."""
        if self._cache is not None and self._cache_sync is None:
            self._cache_sync = CacheSync(self._cache).start()

    def prepare(self, *, load_allowlists: bool = True, actor: str = "startup") -> list[Allowlist]:
        """Migrate the store, apply the model catalog directory, then the allowlists directory (each all or
        nothing; allowlists name catalog models, so the catalog comes first)."""
        self.db.migrate()
        applied: list[Allowlist] = []
        if load_allowlists and self.settings.catalog_dir.is_dir():
            self.registry.reload()
            self.catalog.apply_dir(self.settings.catalog_dir, actor=actor)
        if load_allowlists and self.settings.allowlists_dir.is_dir():
            docs = read_dir(self.settings.allowlists_dir)
            if docs:
                applied = self.registry.apply_allowlists(docs, actor=actor)
        self.registry.reload()
        return applied

    async def start(self) -> None:
        """Start the audit writer, the registry poller, the cache sync (for changes made by other processes) and
        the alert detector."""
        self.audit.start()
        tracing.configure(self.settings.otel_endpoint, self.settings.otel_service_name)
        # Build the Presidio engine and the embedder now, not on the first call (the CLI never needs them).
        await asyncio.to_thread(lambda: self.scrubber.engine)
        await asyncio.to_thread(default_embedder)
        self.registry.reload()
        with self._cache_lock:
            self._serving = True  # a cache built from now on follows the other processes' changes
            self._start_cache_sync()
        if any(cacheable(c.tool) for c in self.registry.snapshot.tools.values()):
            # Rebuild the in-memory indexes from the store now, so a restart keeps its hits.
            await asyncio.to_thread(self.cache_for_call)
        self._poller = asyncio.create_task(self._poll())
        self._alerting = asyncio.create_task(self.detector.run())

    async def stop(self) -> None:
        """Stop background work, close the ports to the outside, and flush the audit queue."""
        for task in (self._poller, self._alerting):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        await self.mcp_pool.close()
        await self.http_executor.aclose()
        await self.providers.aclose()
        with self._cache_lock:
            self._serving = False
            sync, self._cache_sync = self._cache_sync, None
        if sync is not None:
            await asyncio.to_thread(sync.stop)
        if self._cache is not None:
            await asyncio.to_thread(self._cache.flush)
        await asyncio.to_thread(self.audit.close)
        self.db.dispose()

    async def _poll(self) -> None:
        last_purge = time.monotonic()
        while True:
            await asyncio.sleep(self.settings.registry_poll_s)
            try:
                await asyncio.to_thread(self.registry.poll)
                if time.monotonic() - last_purge > 60:
                    last_purge = time.monotonic()
                    await asyncio.to_thread(self.conversations.purge)
                    if self._cache is not None:
                        await asyncio.to_thread(self._cache.purge_expired)
                        await asyncio.to_thread(self._cache.flush)
            except Exception as exc:  # a transient database error must not kill the poller
                log.warning("background poll failed: %s", type(exc).__name__)

    def ready(self) -> dict[str, Any]:
        """Readiness facts: the database answers and policies are loaded."""
        self.registry.poll()
        snap = self.registry.snapshot
        return {"database": "ok", "registry_version": snap.version, "tools": len(snap.tools),
                "agents": len(snap.agents), "allowlists": len(snap.allowlists)}

    async def announce(self, approval: ApprovalView) -> None:
        """Post a new hold to its tenant's webhook, if it has one (JSON with a Slack-compatible ``text``)."""
        url = (await asyncio.to_thread(self.approvals.settings, approval.tenant)).approval_webhook
        if not url:
            return
        text = (f"Approval needed: agent {approval.agent_id} wants to call {approval.tool} (tenant {approval.tenant}). "
                + "; ".join(r.message for r in approval.reasons)
                + f". Approve: POST /v1/approvals/{approval.id}/approve")
        resp = await self.providers.client.post(url, json={"text": text, "approval": msgspec.to_builtins(approval)},
                                                timeout=10)
        if resp.status_code >= 400:
            log.warning("approval webhook of tenant %s answered %s", approval.tenant, resp.status_code)

    def is_admin(self, authorization: str | None) -> bool:
        """Whether an ``Authorization`` header carries the admin token (constant-time comparison)."""
        token = bearer_token(authorization)
        return bool(token) and hmac.compare_digest(token.encode(), self.settings.admin_token.encode())

    async def authenticate(self, authorization: str | None) -> Agent:
        """The agent behind an ``Authorization: Bearer`` header; audits and raises 401 otherwise.

        The one authentication of agents: the HTTP API's ``agent`` dependency and the MCP endpoint call it.
        """
        token = bearer_token(authorization)
        agent = self.registry.authenticate(token) if token else None
        if agent is not None:
            return agent
        why = "missing bearer token" if not token else "unknown or revoked agent key"
        ctx = Pipeline.request_context("auth_failure")
        ctx.key_fingerprint = self.registry.key_hash(token)[:16] if token else None
        await self.pipeline.reject(ctx, Verdict.deny("UNAUTHORIZED", why))
        raise Unauthorized(f"{why}: send 'Authorization: Bearer <agent key>'",
                           details={"decision_id": ctx.decision_id})

