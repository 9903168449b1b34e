"""The runner: the chain of checks, then the executor and result checks, and always one audit record.

The runner is the only writer of decision records. :meth:`Pipeline.run` decides (and executes)
a call; :meth:`Pipeline.reject` records a decision made before there was a call to run the chain
on: a failed authentication, a tool call whose arguments a model sent as broken JSON, a model
request that failed upstream. Both build the record with :meth:`Pipeline.record`.

Fail closed: a check that raises is a deny with ``INTERNAL_ERROR``, and so is a check that answers
with a verdict the runner does not know. Only a chain that ends without a verdict executes. The
audit record is written in a ``finally`` and awaited: the caller learns the outcome only once it is
durable, and if the write fails the caller gets :class:`~arbiter.errors.AuditUnavailable` instead.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from arbiter.audit.record import AuditContext, AuditRecordV1, args_digest, utc_now_iso
from arbiter.audit.store import AuditStore
from arbiter.errors import ArbiterError
from arbiter.ids import uuid7
from arbiter.metrics import Metrics
from arbiter.pipeline.base import Check
from arbiter.tracing import TRACER, current_trace_id
from arbiter.types import VERDICTS, Agent, CallContext, CallInfo, ToolCall, Verdict

log = logging.getLogger(__name__)

Executor = Callable[[CallContext], Awaitable[None]]
MAX_AHEAD = 8  # preparations (Pipeline.prepare) in flight at once per process; more are shed
# Makes arguments safe to store when the chain stopped before the PII check scrubbed them.
RecordScrubber = Callable[[CallContext], Any]


def omit_arguments(ctx: CallContext) -> Any:
    """Fallback record scrubber: without a PII engine, unscrubbed arguments are not stored at all."""
    raise ValueError("no PII engine to scrub arguments for the record")


class Pipeline:
    """One ordered chain of checks, an optional executor, result checks, and the audit store."""

    def __init__(self, checks: Sequence[Check], audit: AuditStore, secret: bytes, *,
                 result_checks: Sequence[Check] = (), record_scrubber: RecordScrubber = omit_arguments,
                 metrics: Metrics | None = None) -> None:
        self.checks = list(checks)
        self.result_checks = list(result_checks)
        self.audit = audit
        self.secret = secret
        self.record_scrubber = record_scrubber
        self.metrics = metrics
        self._ahead: set[asyncio.Future[None]] = set()  # preparations in flight (see prepare)

    @staticmethod
    def context(call: ToolCall, agent: Agent | None, *, kind: str = "check") -> CallContext:
        """A fresh context for ``call`` with a time-ordered decision id."""
        return CallContext(decision_id=str(uuid7()), started_ns=time.perf_counter_ns(), kind=kind,
                           agent=agent, call=call, arguments=call.arguments)

    @staticmethod
    def request_context(kind: str, agent: Agent | None = None, info: CallInfo | None = None) -> CallContext:
        """A context for a decision about a request rather than a tool call (``auth_failure``,
        ``model_call``): no tool, no arguments to store, for :meth:`reject`."""
        ctx = Pipeline.context(ToolCall(tool="", arguments=None, context=info), agent, kind=kind)
        ctx.arguments_scrubbed = True
        return ctx

    async def _chain(self, ctx: CallContext, checks: Sequence[Check]) -> Verdict | None:
        metrics = self.metrics
        for check in checks:
            try:
                if metrics is None:
                    verdict = await check(ctx)
                else:
                    started = time.perf_counter_ns()
                    verdict = await check(ctx)
                    metrics.check_timer(check.name).observe((time.perf_counter_ns() - started) / 1e9)
            except Exception as exc:
                # Name the check and the exception type only: the message may quote payload values.
                log.error("check %s failed with %s (decision %s)", check.name, type(exc).__name__, ctx.decision_id)
                return Verdict.deny("INTERNAL_ERROR", f"check {check.name!r} failed ({type(exc).__name__}); "
                                                      "the call is denied")
            if verdict is not None:
                if verdict.verdict not in VERDICTS:
                    log.error("check %s answered an unknown verdict (decision %s)", check.name, ctx.decision_id)
                    return Verdict.deny("INTERNAL_ERROR", f"check {check.name!r} answered an unknown verdict; "
                                                          "the call is denied")
                return verdict
        return None

    def prepare(self, agent: Agent, info: CallInfo, *, kind: str = "model_tool_call") -> asyncio.Future[None] | None:
        """Start, in a worker thread, the work the checks can do from a conversation alone before its calls are
        known (a check's optional ``prepare(agent, info, kind)``), while the caller waits for something else: the
        model endpoints call it before forwarding a request and await it before checking the calls the model
        proposes, and ``POST /v1/check/prepare`` starts it for callers of ``/v1/check``. Never a decision: a failure
        is logged and the checks do the work themselves. Never raises. None when there is nothing to prepare, or
        when :data:`MAX_AHEAD` preparations are already in flight (optional work is shed under load)."""
        preparers = [p for c in self.checks if callable(p := getattr(c, "prepare", None))]
        if not preparers or not (info.messages or info.untrusted_values):
            return None
        if len(self._ahead) >= MAX_AHEAD:
            return None  # optional work: shed under load, the checks do it themselves if they must

        def work() -> None:
            for prepare in preparers:
                try:
                    prepare(agent, info, kind)
                except Exception as exc:  # only ever work done ahead: the check redoes it, failing closed
                    log.warning("work ahead of a check failed with %s", type(exc).__name__)

        # Called on the event loop only, so the set is the count in flight; it also holds each future until done
        # (a caller may drop it: POST /v1/check/prepare answers first).
        future = asyncio.ensure_future(asyncio.to_thread(work))
        self._ahead.add(future)
        future.add_done_callback(self._ahead.discard)
        return future

    async def run(self, ctx: CallContext, executor: Executor | None = None) -> CallContext:
        """Decide (and, with an executor, execute) one call; always audit it before returning."""
        tool = ctx.call.tool
        attributes = {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": tool, "arbiter.kind": ctx.kind,
                      "arbiter.decision_id": ctx.decision_id}
        if ctx.call.call_id:
            attributes["gen_ai.tool.call.id"] = ctx.call.call_id
        with TRACER.start_as_current_span(f"execute_tool {tool}", attributes=attributes) as span:
            ctx.trace_id = current_trace_id()
            try:
                return await self._run(ctx, executor)
            finally:
                if ctx.verdict is not None:
                    span.set_attribute("arbiter.verdict", ctx.verdict.verdict)
                    if ctx.verdict.reasons:
                        span.set_attribute("arbiter.reasons", [r.code for r in ctx.verdict.reasons])

    async def _run(self, ctx: CallContext, executor: Executor | None) -> CallContext:
        ctx.executing = executor is not None
        try:
            ctx.verdict = await self._chain(ctx, self.checks)
            if ctx.verdict is None and executor is not None:
                try:
                    await executor(ctx)
                except ArbiterError as exc:  # upstream failures: audited, then raised to the caller
                    ctx.error = exc
                if ctx.error is None:
                    ctx.verdict = await self._chain(ctx, self.result_checks)
            if ctx.verdict is None:
                ctx.verdict = Verdict(verdict="allow")
        finally:
            if ctx.verdict is None:  # cancelled or crashed outside a check: still audited, as a deny
                ctx.verdict = Verdict.deny("INTERNAL_ERROR", "the decision did not complete")
            await self.audit.write(self.record(ctx), ctx.on_commit)
        self._observe(ctx)
        for callback in ctx.after_commit:  # e.g. announce a hold, remember an allowed recipient
            try:
                callback(ctx)
            except Exception as exc:  # the decision is made and durable; a side effect must not undo it
                log.error("after-commit callback failed with %s (decision %s)", type(exc).__name__, ctx.decision_id)
        if ctx.error is not None:
            raise ctx.error
        return ctx

    async def reject(self, ctx: CallContext, verdict: Verdict) -> CallContext:
        """Record a decision made before the chain could run (see the module docstring); durable on return."""
        ctx.verdict = verdict
        ctx.trace_id = ctx.trace_id or current_trace_id()
        await self.audit.write(self.record(ctx))
        self._observe(ctx)
        return ctx

    def _observe(self, ctx: CallContext) -> None:
        """Metrics of a durable decision; a failure here is logged, never the caller's problem."""
        if self.metrics is None:
            return
        try:
            self.metrics.decided(ctx, (time.perf_counter_ns() - ctx.started_ns) / 1e9)
        except Exception as exc:
            log.error("metrics failed with %s (decision %s)", type(exc).__name__, ctx.decision_id)

    def record(self, ctx: CallContext) -> AuditRecordV1:
        """The audit record of a finished context. Holds scrubbed arguments only."""
        assert ctx.verdict is not None
        ts_us = time.time_ns() // 1000
        # The PII check leaves a storable copy (values it let cross in the clear pseudonymized).
        arguments, omitted = ctx.arguments_stored, None
        if not ctx.arguments_scrubbed:
            try:
                arguments = self.record_scrubber(ctx)
            except Exception as exc:
                arguments, omitted = None, f"arguments not stored: {exc.__class__.__name__}"
        info = ctx.call.context
        has_call = bool(ctx.call.tool)  # auth failures and failed model requests carry no call
        counts = (Counter(f.entity for f in ctx.findings) + Counter(f.entity for f in ctx.result_findings)
                  if ctx.findings or ctx.result_findings else {})
        agent = ctx.agent
        return AuditRecordV1(
            decision_id=ctx.decision_id, ts=utc_now_iso(ts_us), kind=ctx.kind,
            tenant=agent.tenant if agent else None, agent_id=agent.id if agent else None,
            tool=ctx.call.tool or None, tool_version=ctx.tool.version if ctx.tool else None,
            allowlist=ctx.policy.allowlist, revision=ctx.policy.revision,
            verdict=ctx.verdict.verdict, reasons=ctx.verdict.reasons, flags=ctx.flags,
            findings=ctx.findings, result_findings=ctx.result_findings, entity_counts=dict(counts),
            provenance=ctx.provenance,
            args_digest=args_digest(self.secret, ctx.call.arguments) if has_call else None,
            arguments=arguments, arguments_omitted=omitted,
            latency_us=(time.perf_counter_ns() - ctx.started_ns) // 1000, call_id=ctx.call.call_id,
            context=AuditContext(conversation_id=info.conversation_id, trace_id=info.trace_id or ctx.trace_id,
                                 source=info.source) if info else
            AuditContext(trace_id=ctx.trace_id) if ctx.trace_id else None,
            cache=ctx.cache, upstream=ctx.upstream, key_fingerprint=ctx.key_fingerprint, model=ctx.model,
            approval_id=ctx.approval_id or ctx.verdict.approval_id,
        )
