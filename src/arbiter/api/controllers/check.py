"""The decision API: ``POST /v1/check`` and ``POST /v1/check/batch`` (agent key)."""

from __future__ import annotations

import asyncio
from typing import Any

from litestar import Controller, Request, post

from arbiter.api.deps import COMMON_ERRORS, ensure_depth, service
from arbiter.api.schemas import BatchDecision, BatchRequest, CheckRequest, Decision, PolicyView
from arbiter.errors import BadRequest
from arbiter.service import Arbiter
from arbiter.types import Agent, CallContext, ToolCall

MAX_BATCH = 128


def decision_of(ctx: CallContext) -> Decision:
    """The API view of a finished context."""
    assert ctx.verdict is not None
    # On deny, the scrubbed arguments are still shown (to explain the findings); raw ones never are.
    shown = ctx.arguments if ctx.verdict.verdict == "allow" or ctx.arguments_scrubbed else None
    return Decision(decision_id=ctx.decision_id, verdict=ctx.verdict.verdict, reasons=ctx.verdict.reasons,
                    arguments=shown,
                    findings=ctx.findings, flags=ctx.flags,
                    policy=PolicyView(allowlist=ctx.policy.allowlist, revision=ctx.policy.revision),
                    tool_version=ctx.tool.version if ctx.tool else None, call_id=ctx.call.call_id)


async def _decide(svc: Arbiter, agent: Agent, data: CheckRequest) -> Decision:
    ensure_depth(data.arguments, svc.settings.max_json_depth, "arguments")
    call = ToolCall(tool=data.tool, arguments=data.arguments, call_id=data.call_id, context=data.context)
    ctx = await svc.pipeline.run(svc.pipeline.context(call, agent))
    return decision_of(ctx)


class CheckController(Controller):
    """Ask before executing: allow or deny, with reasons, recorded before the answer."""

    path = "/v1/check"
    tags = ["decisions"]

    @post("/", status_code=200, responses=COMMON_ERRORS, summary="Check one proposed tool call")
    async def check(self, request: Request[Any, Any, Any], data: CheckRequest) -> Decision:
        """Decide one call. A deny is a 200 with ``verdict: deny`` and its reasons."""
        svc = service(request)
        agent = await svc.authenticate(request.headers.get("authorization"))
        return await _decide(svc, agent, data)

    @post("/batch", status_code=200, responses=COMMON_ERRORS, summary="Check the calls of one model turn")
    async def batch(self, request: Request[Any, Any, Any], data: BatchRequest) -> BatchDecision:
        """One decision per call, in order; all recorded before the answer."""
        svc = service(request)
        agent = await svc.authenticate(request.headers.get("authorization"))
        if not 1 <= len(data.calls) <= MAX_BATCH:
            raise BadRequest(f"calls must hold 1 to {MAX_BATCH} calls", details={"count": len(data.calls)})
        for i, call in enumerate(data.calls):
            ensure_depth(call.arguments, svc.settings.max_json_depth, f"calls[{i}].arguments")
        return BatchDecision(decisions=list(await asyncio.gather(*(_decide(svc, agent, c) for c in data.calls))))
