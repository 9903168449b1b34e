"""Execution through Arbiter: ``POST /v1/tools/{name}/invoke`` (agent key) and ``DELETE /v1/cache`` (admin)."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
import msgspec
from litestar import Controller, Request, delete, post
from litestar.params import Parameter

from arbiter.api.deps import ADMIN_ERRORS, COMMON_ERRORS, admin_guard, ensure_depth, error_spec, service
from arbiter.errors import BadRequest, Forbidden
from arbiter.executors import ToolExecutor
from arbiter.types import CacheInfo, CallInfo, Finding, ToolCall

INVOKE_ERRORS = {**COMMON_ERRORS, 403: error_spec("The call was denied; details hold the decision id and reasons"),
                 409: error_spec("The tool has no upstream"), 502: error_spec("The upstream failed or answered badly"),
                 504: error_spec("The upstream did not answer in time")}


class CacheOptions(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """Per-call cache options: a stricter similarity threshold (never looser than the tool's)."""

    threshold: float | None = None


class InvokeRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/tools/{name}/invoke``."""

    arguments: dict[str, Any]
    call_id: str | None = None
    context: CallInfo | None = None
    cache: CacheOptions | None = None


class InvokeResponse(msgspec.Struct, kw_only=True):
    """The (scrubbed) result of an allowed call, and whether it came from the cache."""

    decision_id: str
    result: Any
    cache: CacheInfo
    findings: list[Finding]
    result_findings: list[Finding]


class InvokeController(Controller):
    """Check, execute upstream (or reuse a cached result), scrub, audit: one request."""

    tags = ["execution"]

    @post("/v1/tools/{name:str}/invoke", status_code=200, responses=INVOKE_ERRORS)
    async def invoke(self, request: Request[Any, Any, Any], name: str, data: InvokeRequest) -> InvokeResponse:
        """Run the whole pipeline and the tool. A deny is a 403 with the decision's reasons."""
        svc = service(request)
        agent = await svc.authenticate(request.headers.get("authorization"))
        ensure_depth(data.arguments, svc.settings.max_json_depth, "arguments")
        threshold = data.cache.threshold if data.cache else None
        if threshold is not None and not 0.0 < threshold <= 1.0:
            raise BadRequest("cache.threshold must be in (0, 1]", details={"threshold": threshold})
        executor: ToolExecutor = request.app.state.executor
        ctx = svc.pipeline.context(ToolCall(tool=name, arguments=data.arguments, call_id=data.call_id,
                                            context=data.context), agent, kind="invoke")
        ctx.cache_threshold = threshold
        await svc.pipeline.run(ctx, executor)
        assert ctx.verdict is not None
        if ctx.verdict.verdict != "allow":
            raise Forbidden(f"the call of {name!r} was denied: " + "; ".join(r.message for r in ctx.verdict.reasons),
                            code="DENIED", details={"decision_id": ctx.decision_id,
                                                    "reasons": msgspec.to_builtins(ctx.verdict.reasons)})
        return InvokeResponse(decision_id=ctx.decision_id, result=ctx.result, cache=ctx.cache or CacheInfo(hit=False),
                              findings=ctx.findings, result_findings=ctx.result_findings)

    @delete("/v1/cache", status_code=200, guards=[admin_guard], responses=ADMIN_ERRORS)
    async def clear(self, request: Request[Any, Any, Any], tenant: str | None = Parameter(query="tenant", default=None),
                    tool: str | None = Parameter(query="tool", default=None)) -> dict[str, int]:
        """Drop cached results, by tenant and/or tool (both empty: everything)."""
        cache = service(request).cache_for_call
        removed = await anyio.to_thread.run_sync(lambda: cache().invalidate(tenant=tenant, tool=tool))
        return {"removed": removed}
