"""Held calls: a person must approve first (the ``hold`` verdict), and approvals are used once.

Runs after the provenance check (whose refusals become holds under ``on_untrusted: hold``) and
before the rate limit (a hold uses no quota); :class:`ApprovalUse` uses a presented approval after
the rate limit (a call refused there leaves the approval for the retry). A call its entry's
``approval.when`` matches, or the provenance check asked to hold, is answered ``hold`` with an
``approval_id``; the pending approval is written in the hold record's transaction (see
:mod:`arbiter.approvals`). The same call re-submitted with an approved ``approval_id`` goes on
through the chain (and executes) once. An approval presented for another call, tenant, agent,
argument digest or policy revision, or one that is used, denied or expired,
is a deny with its own code, audited; a pending one is held again under the same id.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

import anyio.to_thread

from arbiter.approvals import ApprovalStore, ApprovalView
from arbiter.audit.record import args_digest
from arbiter.ids import uuid7
from arbiter.policy.approval import ApprovalRule
from arbiter.policy.validators import compiled
from arbiter.types import CallContext, Reason, Verdict

log = logging.getLogger(__name__)

Announce = Callable[[ApprovalView], Any]
_IN_FLIGHT_S = 5.0  # a hold not committed after this long is taken as failed


def rule_reasons(rule: ApprovalRule, arguments: Any) -> tuple[list[Reason], list[str]]:
    """The reasons to hold that depend only on the rule and the arguments (``always``, ``arguments``), and
    the pointers of its ``new_value`` conditions, which need the agent's history (policy replay uses this
    part alone)."""
    reasons, tracked = [], []
    for c in rule.when:
        if c.always:
            reasons.append(Reason(code="APPROVAL_REQUIRED", message=c.describe()))
        elif c.arguments is not None:
            if compiled(c.arguments, c.arguments_hash).is_valid(arguments):
                reasons.append(Reason(code="APPROVAL_REQUIRED", message=c.describe()))
        elif c.new_value is not None:
            tracked.append(c.new_value)
    return reasons, tracked


class ApprovalCheck:
    """Hold what the policy says a person must approve; let an approved call through once."""

    name = "approval"

    def __init__(self, store: ApprovalStore, secret: bytes, announce: Announce | None = None) -> None:
        self.store = store
        self.secret = secret
        self.announce = announce
        # The pending approvals this process created, by exact call: a re-submission finds its approval
        # without a query on the first hold's hot path (another replica may open a second approval for the
        # same call; both are bound to it, and either one, once approved, lets it run once).
        # key -> (approval id, monotonic time created, committed): an entry not yet committed is a hold in
        # flight, whose id concurrent identical calls share without a query.
        self._pending: OrderedDict[tuple[str, str, str, str, str | None], tuple[str, float, bool]] = OrderedDict()

    def _conditions(self, ctx: CallContext) -> tuple[list[Reason], list[str]]:
        """Reasons to hold from the entry's rule, and the pointers whose values it tracks (new_value)."""
        rule = getattr(ctx.entry, "approval", None)
        if rule is None:
            return [], []
        assert ctx.agent is not None
        reasons, tracked = rule_reasons(rule, ctx.call.arguments)
        if tracked:
            # Compared on the raw value (keyed hash): a pseudonym would differ per tenant key, not per person.
            unseen = self.store.unseen(ctx.agent.tenant, ctx.agent.id, ctx.call.tool, tracked, ctx.call.arguments)
            reasons += [Reason(code="NEW_RECIPIENT", message=f"{p} is a value this agent has never used", path=p)
                        for p in unseen]
        return reasons, tracked

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        if getattr(ctx.entry, "approval", None) is None and not ctx.hold_reasons and ctx.call.approval_id is None:
            return None
        rule = getattr(ctx.entry, "approval", None)
        needs_store = rule is not None and any(c.new_value is not None for c in rule.when)
        reasons, tracked = (await anyio.to_thread.run_sync(self._conditions, ctx) if needs_store
                            else self._conditions(ctx))
        reasons = ctx.hold_reasons + reasons
        if tracked:
            ctx.after_commit.append(lambda c: self._remember(c, tracked))
        if not reasons:
            return None
        assert ctx.agent is not None
        digest = args_digest(self.secret, ctx.arguments)  # the scrubbed arguments: what may cross
        if ctx.call.approval_id is not None:
            return await anyio.to_thread.run_sync(self._use, ctx, ctx.call.approval_id, digest, reasons)
        tenant, agent = ctx.agent.tenant, ctx.agent.id
        key = (tenant, agent, ctx.call.tool, digest, ctx.policy.revision)
        known = self._pending.get(key)
        if known is not None:  # the same call again: the same approval, if it still waits
            if not known[2] and time.monotonic() - known[1] < _IN_FLIGHT_S:
                return Verdict(verdict="hold", reasons=reasons, approval_id=known[0])
            existing = await anyio.to_thread.run_sync(self.store.find_pending, *key)
            if existing is not None:
                return Verdict(verdict="hold", reasons=reasons, approval_id=existing)
        approval_id = "apr_" + uuid7().hex
        self._pending[key] = (approval_id, time.monotonic(), False)
        ctx.after_commit.append(lambda c: self._committed(key, approval_id))
        while len(self._pending) > 10_000:
            self._pending.popitem(last=False)
        ctx.on_commit = self.store.insert_pending(
            approval_id=approval_id, tenant=tenant, agent_id=agent, tool=ctx.call.tool, digest=digest,
            allowlist=ctx.policy.allowlist, revision=ctx.policy.revision, reasons=reasons,
            # What the record may hold (declared PII pseudonymized too), never raw values.
            arguments=ctx.arguments_stored if ctx.arguments_scrubbed else None, hold_decision_id=ctx.decision_id,
            ttl_s=rule.expires_s if rule is not None else None)
        if self.announce is not None:
            ctx.after_commit.append(lambda c: self._announce(approval_id))
        return Verdict(verdict="hold", reasons=reasons, approval_id=approval_id)

    def _committed(self, key: tuple[str, str, str, str, str | None], approval_id: str) -> None:
        known = self._pending.get(key)
        if known is not None and known[0] == approval_id:
            self._pending[key] = (approval_id, known[1], True)

    def _use(self, ctx: CallContext, approval_id: str, digest: str, reasons: list[Reason]) -> Verdict | None:
        assert ctx.agent is not None
        ctx.approval_id = approval_id  # the record names the approval it concerns, whatever the outcome
        row = self.store.row(approval_id)
        now = self.store.clock()

        def deny(code: str, message: str) -> Verdict:
            return Verdict.deny(code, message)

        if row is None or row.tenant != ctx.agent.tenant or row.agent_id != ctx.agent.id:
            return deny("APPROVAL_NOT_FOUND", f"no approval {approval_id!r} for this agent")
        if row.tool != ctx.call.tool or row.args_digest != digest:
            return deny("APPROVAL_MISMATCH", f"approval {approval_id!r} was given for another call (tool or "
                                             "arguments differ); submit the call without it to have it held anew")
        if row.revision != ctx.policy.revision:
            return deny("APPROVAL_STALE", f"approval {approval_id!r} was given under another policy revision; "
                                          "submit the call without it to have it held anew")
        if row.used_at is not None:
            return deny("APPROVAL_USED", f"approval {approval_id!r} was already used "
                                         f"(decision {row.used_decision_id})")
        if row.status == "denied":
            return deny("APPROVAL_DENIED", f"approval {approval_id!r} was denied by {row.decided_by}")
        if row.expires_at <= now:
            return deny("APPROVAL_EXPIRED", f"approval {approval_id!r} expired")
        if row.status == "pending":
            return Verdict(verdict="hold", reasons=[*reasons, Reason(code="APPROVAL_PENDING", message=(
                f"approval {approval_id!r} is still waiting for a person"))], approval_id=approval_id)
        # Valid: it is used by ApprovalUse, after the checks that could still deny the call (rate limit), so
        # a call refused for another reason leaves the person's approval for the retry.
        ctx.approval_to_use = approval_id
        ctx.flags.append(Reason(code="APPROVED", message=f"approved by {row.decided_by}"
                                + (f": {row.comment}" if row.comment else "")))
        return None

    def _remember(self, ctx: CallContext, tracked: list[str]) -> None:
        """After an allowed call is durable: its tracked values are no longer new for this agent."""
        if ctx.verdict is None or not ctx.verdict.allowed or ctx.agent is None:
            return
        agent, tool, arguments = ctx.agent, ctx.call.tool, ctx.call.arguments
        _spawn(asyncio.to_thread(self.store.mark_seen, agent.tenant, agent.id, tool, tracked, arguments))

    def _announce(self, approval_id: str) -> None:
        async def go() -> None:
            try:
                view = await asyncio.to_thread(self.store.get, approval_id)
                assert self.announce is not None
                await self.announce(view)
            except Exception as exc:  # a webhook down must not affect decisions
                log.warning("could not announce approval %s: %s", approval_id, type(exc).__name__)
        _spawn(go())


_tasks: set[asyncio.Task[Any]] = set()


def _spawn(coro: Any) -> None:
    task = asyncio.ensure_future(coro)
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)


class ApprovalUse:
    """Use the approval a valid re-submission presented, atomically: exactly one call runs under it."""

    name = "approval_use"

    def __init__(self, store: ApprovalStore) -> None:
        self.store = store

    async def __call__(self, ctx: CallContext) -> Verdict | None:
        approval_id = ctx.approval_to_use
        if approval_id is None:
            return None
        if not await anyio.to_thread.run_sync(self.store.use, approval_id, ctx.decision_id):
            return Verdict.deny("APPROVAL_USED", f"approval {approval_id!r} was already used")
        return None
