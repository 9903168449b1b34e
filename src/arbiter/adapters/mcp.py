"""MCP protocol glue: Arbiter as an MCP server in front of upstream MCP servers.

The official SDK's low-level ``Server`` does the protocol (``initialize``, sessions, the
2026-07-28 per-request envelope, JSON-RPC framing and its errors); this module only maps:

* ``tools/list`` -> the tools the agent's allowlist lets it call (trust included), with the
  allowlist's narrowing folded into each input schema, sorted by name;
* ``tools/call`` -> one :class:`~arbiter.types.ToolCall` through the full pipeline with the
  MCP executor, and the outcome back to MCP:

  ========================================  ==============================================
  outcome                                   MCP answer
  ========================================  ==============================================
  unknown tool, or not on the allowlist     JSON-RPC error -32602 ``Unknown tool: NAME``
                                            (the same for both, so the list stays private)
  any other deny (schema, allowlist          ``CallToolResult`` with ``isError: true`` and the
  constraint, trust, PII, rate limit)        reasons as text: the spec treats input
                                            validation as a tool error the model can fix
  allowed                                   the upstream's result, scrubbed
  upstream error, timeout, bad result        JSON-RPC error -32603 naming the upstream
  ========================================  ==============================================

Every ``tools/call`` that reaches the handler is audited by the pipeline with the JSON-RPC
request id as ``call_id``. The results Arbiter relays are remembered (hashed) per agent and
session (or ``X-Arbiter-Conversation-Id``), so the provenance check can trace a later call's
arguments to them: they are the untrusted content of an MCP conversation.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import mcp_types as types
from mcp.server.context import ServerRequestContext
from mcp.server.lowlevel.server import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.shared.exceptions import MCPError

from arbiter.errors import ArbiterError
from arbiter.policy.access import visible
from arbiter.service import Arbiter
from arbiter.types import Agent, CallContext, CallInfo, ToolCall, handle

__all__ = ["AGENT_SCOPE_KEY", "McpGateway", "current_agent", "visible_tools"]

AGENT_SCOPE_KEY = "arbiter.agent"
META_PREFIX = "arbiter/"
HIDDEN = frozenset({"UNKNOWN_TOOL", "TOOL_NOT_ALLOWED"})
# The agent of the HTTP request being served, for the SDK's schema lookup that runs before any handler.
current_agent: contextvars.ContextVar[Agent | None] = contextvars.ContextVar("arbiter_mcp_agent", default=None)


def visible_tools(svc: Arbiter, agent: Agent) -> list[types.Tool]:
    """The MCP tools ``agent`` may call: what the policy lets it see, served by an MCP upstream."""
    out = []
    for access in visible(svc.registry.snapshot, agent):
        tool = access.tool
        assert tool is not None
        if (tool.upstream or {}).get("kind") != "mcp":
            continue
        ann = tool.annotations
        out.append(types.Tool(
            name=tool.name, title=ann.title, description=tool.description or None,
            input_schema=access.schema(), output_schema=tool.output_schema,
            annotations=types.ToolAnnotations(title=ann.title, read_only_hint=ann.readOnlyHint,
                                              destructive_hint=ann.destructiveHint,
                                              idempotent_hint=ann.idempotentHint,
                                              open_world_hint=ann.openWorldHint),
        ))
    return out


def _agent_of(ctx: ServerRequestContext[Any, Any]) -> Agent:
    request = ctx.request
    agent = request.scope.get(AGENT_SCOPE_KEY) if request is not None else None
    if not isinstance(agent, Agent):  # the endpoint authenticates every request; never reached otherwise
        raise MCPError(code=types.INTERNAL_ERROR, message="request is not authenticated")
    return agent


def conversation_of(ctx: ServerRequestContext[Any, Any]) -> str | None:
    """The conversation a ``tools/call`` belongs to, for the provenance check's memory of relayed results:
    the client's ``X-Arbiter-Conversation-Id``, else the MCP session (none in the stateless revision)."""
    request = ctx.request
    if request is None:
        return None
    headers = request.headers
    given = headers.get("x-arbiter-conversation-id")
    if given and 0 < len(given) <= 120 and given.isprintable():
        return f"mcp:{given}"
    session = headers.get("mcp-session-id")
    return f"mcp-session:{session}" if session and len(session) <= 100 else None


def _meta(ctx: CallContext) -> dict[str, Any]:
    return {f"{META_PREFIX}decision_id": ctx.decision_id}


def refused_result(ctx: CallContext, held: bool = False) -> types.CallToolResult:
    """A deny (or a hold) the model can read (and correct): ``isError`` with every reason."""
    reasons = ctx.verdict.reasons if ctx.verdict is not None else []
    approval = ctx.verdict.approval_id if held and ctx.verdict is not None else None
    head = (f"Arbiter held this call to {ctx.call.tool!r} for a person's approval (approval {approval}); "
            "it was not executed:" if held else f"Arbiter denied this call to {ctx.call.tool!r}:")
    lines = [head]
    lines += [f"- {r.code}: {r.message}" + (f" (at {r.path})" if r.path else "") for r in reasons]
    lines.append(f"decision {ctx.decision_id}")
    meta = _meta(ctx)
    meta[f"{META_PREFIX}reasons"] = [{"code": r.code, "message": r.message, **({"path": r.path} if r.path else {})}
                                     for r in reasons]
    if approval:
        meta[f"{META_PREFIX}approval_id"] = approval
    return types.CallToolResult.model_validate(
        {"content": [{"type": "text", "text": "\n".join(lines)}], "isError": True, "_meta": meta})


class McpGateway:
    """The MCP server Arbiter exposes at ``/mcp``: SDK server + session manager + executor."""

    def __init__(self, svc: Arbiter, *, json_response: bool | None = None, session_idle_timeout: float = 1800,
                 allowed_origins: frozenset[str] | None = None) -> None:
        self.svc = svc
        # Browser origins besides loopback that may call /mcp (ARBITER_MCP_ALLOWED_ORIGINS, comma-separated).
        self.allowed_origins = allowed_origins if allowed_origins is not None else svc.settings.mcp_allowed_origins
        if json_response is None:  # JSON answers are faster; SSE (the default) carries progress notifications
            json_response = svc.settings.mcp_json_response
        self.server: Server[Any] = Server(
            "arbiter", version="0.1.0",
            instructions="Tools governed by Arbiter: every call is checked against your allowlist and audited.",
            on_list_tools=self.list_tools, on_call_tool=self.call_tool,
            get_tool_input_schema=self._input_schema,
        )
        self.manager = StreamableHTTPSessionManager(
            app=self.server, json_response=json_response, stateless=False,
            max_request_body_size=svc.settings.max_body_bytes, session_idle_timeout=session_idle_timeout)

    @asynccontextmanager
    async def run(self) -> AsyncIterator[None]:
        """Serve: the session manager's task group (upstream sessions belong to the service)."""
        async with self.manager.run():
            yield

    def _input_schema(self, name: str) -> dict[str, Any] | None:
        # Used by the SDK to check 2026-07-28 Mcp-Param-* headers; scoped to the caller via the contextvar.
        agent = current_agent.get()
        if agent is None:
            return None
        for tool in visible_tools(self.svc, agent):
            if tool.name == name:
                return tool.input_schema
        return None

    async def list_tools(self, ctx: ServerRequestContext[Any, Any],
                         params: types.PaginatedRequestParams | None) -> types.ListToolsResult:
        """Only what the agent may call; one page (allowlists are small)."""
        return types.ListToolsResult(tools=visible_tools(self.svc, _agent_of(ctx)))

    async def call_tool(self, ctx: ServerRequestContext[Any, Any],
                        params: types.CallToolRequestParams) -> types.CallToolResult:
        """Govern one ``tools/call``: pipeline, upstream, scrubbed result, audited with the request id."""
        agent = _agent_of(ctx)
        arguments = params.arguments or {}
        call_id = None if ctx.request_id is None else str(ctx.request_id)
        pipeline = self.svc.pipeline
        conversation = conversation_of(ctx)
        meta: Any = ctx.meta or {}
        # A held call is re-submitted with its approval in the request's _meta ("arbiter/approval_id").
        approval = meta.get(f"{META_PREFIX}approval_id") if isinstance(meta, dict) else None
        pctx = pipeline.context(ToolCall(tool=params.name, arguments=arguments, call_id=call_id,
                                         context=CallInfo(conversation_id=conversation) if conversation else None,
                                         approval_id=approval if isinstance(approval, str) else None),
                                agent, kind="mcp_tool_call")
        progress = None
        if meta.get("progressToken", meta.get("progress_token")) is not None:
            progress = ctx.session.report_progress
        try:
            await pipeline.run(pctx, functools.partial(self.svc.mcp_executor.execute, progress=progress))
        except ArbiterError as exc:  # upstream failures and an unavailable audit store, audited before this
            raise MCPError(code=types.INTERNAL_ERROR, message=exc.message,
                           data={"code": exc.code, "decision_id": pctx.decision_id}) from None
        return handle(pctx.verdict, allowed=lambda: self._result(pctx), denied=lambda: self._denied(pctx, params.name),
                      held=lambda: refused_result(pctx, held=True))

    @staticmethod
    def _result(ctx: CallContext) -> types.CallToolResult:
        result = dict(ctx.result or {})
        result["_meta"] = _meta(ctx)
        return types.CallToolResult.model_validate(result)

    @staticmethod
    def _denied(ctx: CallContext, name: str) -> types.CallToolResult:
        reasons = ctx.verdict.reasons if ctx.verdict is not None else []
        if any(r.code in HIDDEN for r in reasons):
            raise MCPError(code=types.INVALID_PARAMS, message=f"Unknown tool: {name}",
                           data={"decision_id": ctx.decision_id})
        return refused_result(ctx)
