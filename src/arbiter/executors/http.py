"""The HTTP executor: forwards an allowed call's scrubbed arguments to the tool's HTTP upstream.

A tool's ``upstream`` is ``{"kind": "http", "url", "method"?, "timeout_s"?, "headers"?}``.
Header values are either literal strings (stored server-side, never shown by the API) or
``{"env": "NAME"}``, read from the server's environment at call time, so a credential need not
be stored in the database at all. One pooled ``httpx.AsyncClient`` serves every tool.

The upstream answers with the result as JSON. Non-2xx answers are ``UPSTREAM_ERROR`` (502, with
the upstream's status), timeouts ``UPSTREAM_TIMEOUT`` (504), and a result that fails the tool's
``output_schema`` is ``UPSTREAM_INVALID_OUTPUT`` (502): each is audited, then raised. Only tools
marked idempotent (or read-only) are retried, once, and only when the connection failed before
the request could reach the upstream.
"""

from __future__ import annotations

import os
import time
from typing import Any

import httpx
import msgspec

from arbiter.errors import UpstreamError, UpstreamTimeout
from arbiter.policy.validators import compiled, reasons, schema_hash
from arbiter.providers import ssl_context
from arbiter.tracing import inject
from arbiter.types import CallContext


def _headers(spec: dict[str, Any]) -> dict[str, str]:
    out = {}
    for name, value in spec.items():
        if isinstance(value, dict):
            env = os.environ.get(value["env"])
            if env is None:
                raise UpstreamError(f"the server has no secret {value['env']!r} for header {name!r}",
                                    code="UPSTREAM_MISCONFIGURED", details={"header": name})
            value = env
        out[name] = value
    return out


class HttpExecutor:
    """Execute calls of tools whose ``upstream.kind`` is ``http``."""

    def __init__(self, client: httpx.AsyncClient | None = None) -> None:
        self.client = client or httpx.AsyncClient(
            limits=httpx.Limits(max_connections=200, max_keepalive_connections=50), follow_redirects=False,
            verify=ssl_context())
        self._output_hashes: dict[tuple[str, str, int], str] = {}

    async def aclose(self) -> None:
        """Close pooled connections."""
        await self.client.aclose()

    async def __call__(self, ctx: CallContext) -> None:
        """Send ``ctx.arguments`` (scrubbed) upstream; set ``ctx.result`` and ``ctx.upstream``."""
        tool = ctx.tool
        assert tool is not None and tool.upstream is not None
        spec = tool.upstream
        method = str(spec.get("method", "POST")).upper()
        timeout = float(spec.get("timeout_s", 10))
        headers = _headers(spec.get("headers", {}))
        if ctx.call.call_id:
            headers.setdefault("X-Arbiter-Call-Id", ctx.call.call_id)
        headers["X-Arbiter-Decision-Id"] = ctx.decision_id
        inject(headers)  # W3C traceparent of the decision's span
        retryable = bool(tool.annotations.idempotentHint or tool.annotations.readOnlyHint)
        body: dict[str, Any] = ({"params": _query(ctx.arguments)} if method in ("GET", "DELETE")
                                else {"content": msgspec.json.encode(ctx.arguments)})
        if "content" in body:
            headers.setdefault("Content-Type", "application/json")
        started = time.perf_counter_ns()
        facts: dict[str, Any] = {"kind": "http"}
        ctx.upstream = facts
        for attempt in (1, 2):
            try:
                resp = await self.client.request(method, spec["url"], headers=headers, timeout=timeout, **body)
                break
            except httpx.ConnectError as exc:
                # Nothing reached the upstream: safe to try again, but only for idempotent tools.
                if attempt == 1 and retryable:
                    facts["retried"] = True
                    continue
                facts["error"] = "connect"
                raise UpstreamError(f"cannot reach the upstream of {tool.name!r}", details={
                    "tool": tool.name, "decision_id": ctx.decision_id, "cause": type(exc).__name__}) from None
            except httpx.TimeoutException:
                facts.update(error="timeout", latency_us=(time.perf_counter_ns() - started) // 1000)
                raise UpstreamTimeout(f"the upstream of {tool.name!r} did not answer within {timeout:g}s",
                                      details={"tool": tool.name, "decision_id": ctx.decision_id}) from None
            except httpx.HTTPError as exc:
                facts["error"] = type(exc).__name__
                raise UpstreamError(f"the upstream of {tool.name!r} failed: {type(exc).__name__}", details={
                    "tool": tool.name, "decision_id": ctx.decision_id}) from None
        facts.update(status=resp.status_code, latency_us=(time.perf_counter_ns() - started) // 1000)
        if not 200 <= resp.status_code < 300:
            facts["error"] = "status"
            raise UpstreamError(f"the upstream of {tool.name!r} answered {resp.status_code}", details={
                "tool": tool.name, "decision_id": ctx.decision_id, "upstream_status": resp.status_code})
        try:
            ctx.result = msgspec.json.decode(resp.content) if resp.content else None
        except msgspec.DecodeError:
            facts["error"] = "invalid_json"
            raise UpstreamError(f"the upstream of {tool.name!r} answered with invalid JSON",
                                code="UPSTREAM_INVALID_OUTPUT",
                                details={"tool": tool.name, "decision_id": ctx.decision_id}) from None
        if tool.output_schema is not None:
            key = (tool.tenant, tool.name, tool.version)
            digest = self._output_hashes.get(key)
            if digest is None:
                digest = self._output_hashes[key] = schema_hash(tool.output_schema)
            found = reasons(compiled(tool.output_schema, digest), ctx.result, "OUTPUT_SCHEMA_VIOLATION")
            if found:
                facts["error"] = "output_schema"
                ctx.result = None  # never passed on, never cached
                raise UpstreamError(f"the upstream of {tool.name!r} answered with a result that does not match "
                                    "its output_schema", code="UPSTREAM_INVALID_OUTPUT", details={
                                        "tool": tool.name, "decision_id": ctx.decision_id,
                                        "errors": [msgspec.to_builtins(r) for r in found[:10]]})


def _query(arguments: Any) -> dict[str, str]:
    """GET arguments as query parameters: scalars as text, anything else as JSON."""
    if not isinstance(arguments, dict):
        return {}
    return {k: v if isinstance(v, str) else msgspec.json.encode(v).decode() for k, v in arguments.items()}
