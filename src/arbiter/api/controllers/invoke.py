"""Execution through Arbiter: ``POST /v1/tools/{name}/invoke`` (agent key); ``DELETE /v1/cache`` and
``GET /v1/cache/spot-checks`` (admin)."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from litestar import Controller, Request, Response, delete, get, post
from litestar.params import Parameter

from arbiter.adapters.base import check_history
from arbiter.adapters.native import HeldCall, InvokeRequest, InvokeResponse, invoke_answer
from arbiter.api.deps import ADMIN_ERRORS, COMMON_ERRORS, admin_guard, current_agent, error_spec, needs, service
from arbiter.errors import BadRequest, Forbidden, NotFound
from arbiter.types import ToolCall

MAX_WAIT_S = 60.0
INVOKE_ERRORS = {**COMMON_ERRORS, 403: error_spec("The call was denied; details hold the decision id and reasons"),
                 409: error_spec("The tool has no upstream"), 502: error_spec("The upstream failed or answered badly"),
                 504: error_spec("The upstream did not answer in time")}


class InvokeController(Controller):
    """Check, execute upstream (or reuse a cached result), scrub, audit: one request."""

    tags = ["execution"]

    @post("/v1/tools/{name:str}/invoke", status_code=200, responses=INVOKE_ERRORS)
    async def invoke(self, request: Request[Any, Any, Any], name: str, data: InvokeRequest,
                     wait: float = Parameter(query="wait", default=0.0, ge=0, le=MAX_WAIT_S, description=(
                         "seconds to wait for a person's decision when the call is held; approved in time, "
                         "the call then executes once"))) -> Response[InvokeResponse | HeldCall]:
        """Run the whole pipeline and the tool. A deny is a 403 with the decision's reasons; a call held for
        approval is a 202 with the approval id, and nothing runs (with ``?wait=``, unless it is approved in
        time: then it runs once, as its own decision)."""
        agent = await current_agent(request)
        threshold = data.cache.threshold if data.cache else None
        if threshold is not None and not 0.0 < threshold <= 1.0:
            raise BadRequest("cache.threshold must be in (0, 1]", details={"threshold": threshold})
        svc = service(request)
        if threshold is not None:
            await _refuse_looser_threshold(svc, agent.tenant, name, threshold)
        check_history(data.context.messages if data.context else None, svc.settings.max_history_messages)
        ctx = svc.pipeline.context(ToolCall(tool=name, arguments=data.arguments, call_id=data.call_id,
                                            context=data.context, approval_id=data.approval_id), agent, kind="invoke")
        ctx.cache_threshold = threshold
        await svc.pipeline.run(ctx, svc.executor)
        held = ctx.verdict.approval_id if ctx.verdict is not None and ctx.verdict.verdict == "hold" else None
        if held is not None and wait > 0:
            view = await svc.approvals.wait(held, wait)
            if view.status == "approved":  # the same call again, now with its approval: executes once
                ctx = svc.pipeline.context(ToolCall(tool=name, arguments=data.arguments, call_id=data.call_id,
                                                    context=data.context, approval_id=held), agent, kind="invoke")
                ctx.cache_threshold = threshold
                await svc.pipeline.run(ctx, svc.executor)
            elif view.status == "denied":
                raise Forbidden(f"the call of {name!r} was held and then denied by {view.decided_by}",
                                code="APPROVAL_DENIED", details={"decision_id": ctx.decision_id, "approval_id": held,
                                                                 "comment": view.comment})
        status, body = invoke_answer(ctx)
        return Response(body, status_code=status)

    @delete("/v1/cache", status_code=200, guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS)
    async def clear(self, request: Request[Any, Any, Any], tenant: str | None = Parameter(query="tenant", default=None),
                    tool: str | None = Parameter(query="tool", default=None)) -> dict[str, int]:
        """Drop cached results, by tenant and/or tool (both empty: everything)."""
        cache = service(request).cache_for_call
        removed = await anyio.to_thread.run_sync(lambda: cache().invalidate(tenant=tenant, tool=tool))
        return {"removed": removed}

    @get("/v1/cache/spot-checks", guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS)
    async def spot_checks(self, request: Request[Any, Any, Any],
                          tenant: str | None = Parameter(query="tenant", default=None)) -> dict[str, Any]:
        """What the spot checks of every process on the store found, per tool version: this process's
        verified hits; checks, disagreements,
        the observed wrong-reuse rate with its one-sided 95% interval, and whether verified reuse is
        suspended. Empty until the cache has been used."""
        cache = service(request).cache_if_built
        return {"spot_checks": cache.spot_checks.snapshot(tenant) if cache is not None else []}


async def _refuse_looser_threshold(svc: Any, tenant: str, name: str, threshold: float) -> None:
    """A request may make a tool's reuse threshold stricter, never looser: a clear 400, nothing run."""
    try:
        tool = svc.registry.tool(tenant, name)
    except NotFound:
        return  # the pipeline denies the unknown tool, audited
    cache = svc.cache_for_call
    needed = await anyio.to_thread.run_sync(lambda: cache().threshold_for(tool))
    if needed is not None and threshold < needed:
        raise BadRequest(f"cache.threshold {threshold} is looser than tool {name!r} allows ({needed:.2f}); "
                         "a request may only raise it", code="CACHE_THRESHOLD_TOO_LOOSE",
                         details={"threshold": threshold, "tool_threshold": needed})
