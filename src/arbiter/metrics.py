"""Prometheus metrics of one process, served at ``GET /metrics`` (the auditor or admin role).

Everything is observed where a decision becomes durable (the runner) and where the audit store
commits, so every entry point is counted the same way. Labels are bounded: entry point (record
kind), verdict, reason code, check name, cache outcome, model name (from the catalog or as
requested), budget scope and window; never agent ids, arguments or other per-call values. Each
process has its own registry: with ``ARBITER_WORKERS`` > 1 a scrape sees one worker.
"""

from __future__ import annotations

from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from arbiter.types import CallContext

__all__ = ["CONTENT_TYPE", "Metrics"]

CONTENT_TYPE = CONTENT_TYPE_LATEST
_FAST = (0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
_SLOW = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """The process's metrics and the functions that observe them."""

    def __init__(self) -> None:
        r = self.registry = CollectorRegistry(auto_describe=True)
        self.decisions = Counter("arbiter_decisions", "Durable decisions by entry point (record kind) and verdict",
                                 ["kind", "verdict"], registry=r)
        self.reasons = Counter("arbiter_decision_reasons", "Reason codes of decisions (denies, holds) and flags",
                               ["kind", "code"], registry=r)
        self.decision_seconds = Histogram("arbiter_decision_seconds",
                                          "Whole decision, from the context's creation to its durable record",
                                          ["kind"], buckets=_SLOW, registry=r)
        self.check_seconds = Histogram("arbiter_check_seconds", "Time spent in each check of the chain", ["check"],
                                       buckets=_FAST, registry=r)
        self.audit_batch = Histogram("arbiter_audit_batch_records", "Records per audit group commit",
                                     buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512), registry=r)
        self.audit_commit_seconds = Histogram("arbiter_audit_commit_seconds", "Audit group commit time",
                                              buckets=_FAST, registry=r)
        self.audit_failures = Counter("arbiter_audit_commit_failures", "Audit commits that failed", registry=r)
        self.cache = Counter("arbiter_cache_lookups", "Cache lookups of executed calls by outcome "
                             "(hit_exact, hit_verified, miss, spot_check_agree, spot_check_disagree)",
                             ["outcome"], registry=r)
        self.upstream_seconds = Histogram("arbiter_upstream_seconds", "Upstream latency (tools and models)",
                                          ["kind"], buckets=_SLOW, registry=r)
        self.upstream_errors = Counter("arbiter_upstream_errors", "Upstream failures by kind and error code",
                                       ["kind", "code"], registry=r)
        self.model_tokens = Counter("arbiter_model_tokens", "Model tokens by model and direction (input, output)",
                                    ["model", "direction"], registry=r)
        self.model_cost = Counter("arbiter_model_cost_usd", "Model cost in US dollars by model", ["model"],
                                  registry=r)
        self.model_fallbacks = Counter("arbiter_model_fallbacks", "Model candidates that failed and were passed "
                                       "over", ["model"], registry=r)
        self.alerts = Counter("arbiter_alerts", "Drift and spike alerts raised by this process, by metric", ["metric"],
                              registry=r)
        self.alert_deliveries = Counter("arbiter_alert_deliveries", "Alert webhook posts by outcome (ok, failed)",
                                        ["outcome"], registry=r)
        self._checks: dict[str, Any] = {}

    def check_timer(self, name: str) -> Any:
        """The histogram child of one check (looked up once)."""
        child = self._checks.get(name)
        if child is None:
            child = self._checks[name] = self.check_seconds.labels(name)
        return child

    def decided(self, ctx: CallContext, seconds: float) -> None:
        """Observe one durable decision."""
        verdict = ctx.verdict.verdict if ctx.verdict is not None else "deny"
        self.decisions.labels(ctx.kind, verdict).inc()
        self.decision_seconds.labels(ctx.kind).observe(seconds)
        for reason in (ctx.verdict.reasons if ctx.verdict is not None else []):
            self.reasons.labels(ctx.kind, reason.code).inc()
        for flag in ctx.flags:
            self.reasons.labels(ctx.kind, flag.code).inc()
        if ctx.cache is not None and ctx.executing:
            outcome = f"hit_{ctx.cache.stage or 'exact'}" if ctx.cache.hit else "miss"
            if ctx.cache.spot_check:  # a spot check's outcome, known once the upstream answered
                outcome = f"spot_check_{ctx.cache.spot_check}"
            self.cache.labels(outcome).inc()
        up = ctx.upstream
        if up and ctx.kind != "model_call":
            if up.get("latency_us") is not None:
                self.upstream_seconds.labels("tool").observe(up["latency_us"] / 1e6)
            status = up.get("status")  # an HTTP status (http tools) or "ok"/"error" (MCP tools)
            if up.get("error") or (isinstance(status, int) and status >= 400) or status == "error":
                self.upstream_errors.labels("tool", str(up.get("error") or status)).inc()
        m = ctx.model
        if m is not None:
            name = m.model or m.requested or "unknown"
            if m.input_tokens:
                self.model_tokens.labels(name, "input").inc(m.input_tokens)
            if m.output_tokens:
                self.model_tokens.labels(name, "output").inc(m.output_tokens)
            if m.cost_usd:
                self.model_cost.labels(name).inc(m.cost_usd)
            for f in m.fallbacks:
                self.model_fallbacks.labels(f.model).inc()
            if m.total_ms is not None and m.overhead_ms is not None:
                self.upstream_seconds.labels("model").observe(max(0.0, m.total_ms - m.overhead_ms) / 1000)
            if verdict == "deny" and ctx.verdict is not None and ctx.verdict.reasons and \
                    ctx.verdict.reasons[0].code.startswith("UPSTREAM"):
                self.upstream_errors.labels("model", ctx.verdict.reasons[0].code).inc()

    def committed(self, records: int, seconds: float, ok: bool) -> None:
        """Observe one audit group commit."""
        self.audit_batch.observe(records)
        self.audit_commit_seconds.observe(seconds)
        if not ok:
            self.audit_failures.inc()

    def render(self) -> bytes:
        """The text exposition format."""
        return bytes(generate_latest(self.registry))
