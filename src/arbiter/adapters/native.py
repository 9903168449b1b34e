"""Arbiter's own JSON API, sans-IO: its documents, request -> call, and outcome -> answer.

``/v1/check`` answers every verdict as a decision (HTTP 200). ``/v1/tools/{name}/invoke``
renders the three verdicts differently: allowed -> the (scrubbed) result; denied -> 403
``DENIED`` with the reasons; held -> 202 with the approval id, nothing executed. Both render
through :func:`arbiter.types.handle`, so a verdict this code does not know is a deny.
"""

from __future__ import annotations

from typing import Any

import msgspec

from arbiter.errors import Forbidden
from arbiter.types import ArgumentSource, CacheInfo, CallContext, CallInfo, Finding, Reason, handle

__all__ = [
    "BatchDecision", "BatchRequest", "CacheOptions", "CheckRequest", "Decision", "HeldCall", "InvokeRequest",
    "InvokeResponse", "PolicyView", "decision", "invoke_answer",
]


class CheckRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/check``: one proposed tool call."""

    tool: str
    arguments: dict[str, Any]
    call_id: str | None = None
    context: CallInfo | None = None
    approval_id: str | None = None  # an approved hold of this exact call: the re-submission that may execute


class BatchRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/check/batch``: the calls one model turn proposes."""

    calls: list[CheckRequest]


class PrepareRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/check/prepare``: the conversation the next calls will be checked with."""

    context: CallInfo


class Prepared(msgspec.Struct, kw_only=True):
    """The answer to ``POST /v1/check/prepare``: whether the work was started (it goes on after the answer); not
    started when no check prepares or the server already has its limit of such work in flight."""

    started: bool


class PolicyView(msgspec.Struct):
    """The allowlist and revision that governed a decision."""

    allowlist: str | None
    revision: str | None


class Decision(msgspec.Struct, kw_only=True):
    """The answer of ``/v1/check``. Execute with ``arguments`` (scrubbed), never the original.

    ``verdict`` is ``allow``, ``deny`` or ``hold`` (a person must approve first: ``approval_id``).
    On a deny or hold, ``arguments`` is the scrubbed copy if the PII check ran, else null.
    ``approval_id``: on a hold, the approval to wait for; otherwise the approval the call presented.
    """

    decision_id: str
    verdict: str
    reasons: list[Reason]
    arguments: Any
    findings: list[Finding]
    flags: list[Reason]
    policy: PolicyView
    tool_version: int | None
    call_id: str | None = None
    approval_id: str | None = None
    provenance: list[ArgumentSource] = msgspec.field(default_factory=list)


class BatchDecision(msgspec.Struct):
    """One decision per call, in request order."""

    decisions: list[Decision]


class CacheOptions(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Per-call cache options: a stricter similarity threshold (never looser than the tool's)."""

    threshold: float | None = None


class InvokeRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/tools/{name}/invoke``."""

    arguments: dict[str, Any]
    call_id: str | None = None
    context: CallInfo | None = None
    cache: CacheOptions | None = None
    approval_id: str | None = None  # an approved hold of this exact call


class InvokeResponse(msgspec.Struct, kw_only=True):
    """The (scrubbed) result of an allowed call, and whether it came from the cache."""

    decision_id: str
    result: Any
    cache: CacheInfo
    findings: list[Finding]
    result_findings: list[Finding]


class HeldCall(msgspec.Struct, kw_only=True):
    """An invoke that waits for a person's approval (HTTP 202): nothing was executed."""

    decision_id: str
    verdict: str
    approval_id: str | None
    reasons: list[Reason]


def decision(ctx: CallContext) -> Decision:
    """The ``/v1/check`` answer of a finished context."""
    verdict = ctx.verdict
    reasons = verdict.reasons if verdict is not None else []

    def render(name: str) -> Decision:
        # Raw arguments are never shown; on a deny or hold, the scrubbed copy explains the findings.
        shown = ctx.arguments if name == "allow" or ctx.arguments_scrubbed else None
        return Decision(decision_id=ctx.decision_id, verdict=name, reasons=reasons, arguments=shown,
                        findings=ctx.findings, flags=ctx.flags,
                        policy=PolicyView(allowlist=ctx.policy.allowlist, revision=ctx.policy.revision),
                        tool_version=ctx.tool.version if ctx.tool else None, call_id=ctx.call.call_id,
                        # The approval a hold waits for, or the one an allowed (or refused) call presented.
                        approval_id=verdict.approval_id if name == "hold" and verdict is not None else ctx.approval_id,
                        provenance=ctx.provenance)

    return handle(verdict, allowed=lambda: render("allow"), denied=lambda: render("deny"),
                  held=lambda: render("hold"))


def invoke_answer(ctx: CallContext) -> tuple[int, InvokeResponse | HeldCall]:
    """The invoke answer (status, body) of a finished context; a deny raises ``DENIED`` (403)."""
    verdict = ctx.verdict
    reasons = verdict.reasons if verdict is not None else []

    def allowed() -> tuple[int, InvokeResponse | HeldCall]:
        return 200, InvokeResponse(decision_id=ctx.decision_id, result=ctx.result,
                                   cache=ctx.cache or CacheInfo(hit=False), findings=ctx.findings,
                                   result_findings=ctx.result_findings)

    def denied() -> tuple[int, InvokeResponse | HeldCall]:
        raise Forbidden(f"the call of {ctx.call.tool!r} was denied: " + "; ".join(r.message for r in reasons),
                        code="DENIED", details={"decision_id": ctx.decision_id,
                                                "reasons": msgspec.to_builtins(reasons)})

    def held() -> tuple[int, InvokeResponse | HeldCall]:
        assert verdict is not None
        return 202, HeldCall(decision_id=ctx.decision_id, verdict="hold", approval_id=verdict.approval_id,
                             reasons=reasons)

    return handle(verdict, allowed=allowed, denied=denied, held=held)
