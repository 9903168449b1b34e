"""Executors: one-method ports that carry an allowed call to where it runs.

``ToolExecutor`` picks the port by the tool's ``upstream.kind``: ``http`` (:mod:`.http`) or
``mcp`` (:mod:`.mcp`). A tool without an upstream can be checked but not invoked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from arbiter.errors import Conflict
from arbiter.executors.http import HttpExecutor
from arbiter.types import CallContext

Execute = Callable[[CallContext], Awaitable[None]]


class ToolExecutor:
    """Dispatch an allowed call to its upstream's executor."""

    def __init__(self, http: HttpExecutor, mcp: Execute | None = None) -> None:
        self.http = http
        self.mcp = mcp

    async def __call__(self, ctx: CallContext) -> None:
        tool = ctx.tool
        assert tool is not None
        kind = (tool.upstream or {}).get("kind")
        if kind == "http":
            await self.http(ctx)
        elif kind == "mcp" and self.mcp is not None:
            await self.mcp(ctx)
        else:
            raise Conflict(f"tool {tool.name!r} has no upstream to execute it: use /v1/check and run it yourself",
                           code="NO_UPSTREAM", details={"tool": tool.name, "decision_id": ctx.decision_id})
