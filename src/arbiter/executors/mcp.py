"""Forward an allowed call to its upstream MCP server: the MCP executor.

One long-lived client session per upstream (the official SDK's ``streamable_http_client`` +
``ClientSession``), opened on first use and reused by concurrent calls; a session that fails
at the transport level is dropped and the next call opens a new one. A call is never retried:
the upstream may have acted on it.

The executor sends the *scrubbed* arguments, relays progress, and on cancellation the SDK
sends the upstream a ``notifications/cancelled``. It checks ``structuredContent`` against the
**accepted** output schema (not whatever the server lists today) and leaves the result on the
context for the pipeline's result checks to scrub.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

import anyio
import httpx2
import mcp_types as types
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.dispatcher import ProgressFnT
from mcp.shared.exceptions import MCPError
from pydantic import ValidationError

from arbiter.errors import UpstreamError, UpstreamTimeout
from arbiter.policy.validators import compiled, reasons, schema_hash
from arbiter.types import CallContext
from arbiter.upstreams import Upstream, Upstreams

__all__ = ["McpExecutor", "Progress", "UpstreamPool"]

log = logging.getLogger(__name__)

Progress = ProgressFnT
CONNECT_TIMEOUT_S = 10.0


class _Connection:
    """One upstream session, owned by its own task (the SDK's context managers must open and
    close in one task)."""

    def __init__(self, up: Upstream) -> None:
        self.up = up
        self.session: ClientSession | None = None
        self.error: BaseException | None = None
        self.ready = asyncio.Event()
        self.closed = asyncio.Event()
        self._stop = asyncio.Event()
        self.task = asyncio.create_task(self._run(), name=f"mcp-upstream-{up.tenant}-{up.name}")

    async def _run(self) -> None:
        up = self.up
        timeout = httpx2.Timeout(CONNECT_TIMEOUT_S, read=max(up.timeout_s, 1.0) + 5.0)
        try:
            async with (httpx2.AsyncClient(headers=up.headers, timeout=timeout) as http,
                        streamable_http_client(up.url, http_client=http) as (read, write),
                        ClientSession(read, write) as session):
                await session.initialize()
                self.session = session
                self.ready.set()
                await self._stop.wait()
        except BaseException as exc:
            self.error = exc
            if isinstance(exc, asyncio.CancelledError):
                raise
        finally:
            self.session = None
            self.ready.set()
            self.closed.set()

    async def close(self) -> None:
        self._stop.set()
        with contextlib.suppress(BaseException):
            await asyncio.wait_for(asyncio.shield(self.task), 5)
        if not self.task.done():
            self.task.cancel()


class UpstreamPool:
    """Client sessions to upstream MCP servers, cached per (tenant, name, definition of the upstream)."""

    def __init__(self) -> None:
        self._conns: dict[tuple[str, str], _Connection] = {}
        self._lock = asyncio.Lock()
        self._closing: set[asyncio.Task[None]] = set()

    def _retire(self, conn: _Connection) -> None:
        task = asyncio.create_task(conn.close())
        self._closing.add(task)  # keep a reference until it is done
        task.add_done_callback(self._closing.discard)

    async def session(self, up: Upstream) -> ClientSession:
        """An initialized session to ``up``, opening one if needed."""
        key = (up.tenant, up.name)
        conn = self._conns.get(key)
        if conn is None or conn.closed.is_set() or conn.up != up:
            async with self._lock:
                conn = self._conns.get(key)
                if conn is None or conn.closed.is_set() or conn.up != up:
                    if conn is not None:  # the operator changed the upstream, or it died: replace it
                        self._retire(conn)
                    conn = self._conns[key] = _Connection(up)
        await conn.ready.wait()
        if conn.session is None:
            self._conns.pop(key, None)
            why = type(conn.error).__name__ if conn.error else "closed"
            raise UpstreamError(f"upstream {up.name!r} is unreachable ({why})", code="UPSTREAM_UNREACHABLE",
                                details={"upstream": up.name})
        return conn.session

    def discard(self, up: Upstream) -> None:
        """Drop the session to ``up`` (after a transport failure); the next call reconnects."""
        conn = self._conns.pop((up.tenant, up.name), None)
        if conn is not None:
            self._retire(conn)

    async def list_tools(self, up: Upstream) -> list[dict[str, Any]]:
        """Every tool the upstream lists (all pages), in wire form."""
        tools: list[dict[str, Any]] = []
        cursor: str | None = None
        try:
            with anyio.fail_after(up.timeout_s):
                session = await self.session(up)
                for _ in range(1000):  # a server whose cursors never end must not hang a sync
                    params = types.PaginatedRequestParams(cursor=cursor) if cursor else None
                    page = await session.list_tools(params=params)
                    tools.extend(t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in page.tools)
                    cursor = page.next_cursor
                    if not cursor:
                        break
        except TimeoutError:
            self.discard(up)
            raise UpstreamTimeout(f"upstream {up.name!r} did not list its tools within {up.timeout_s:g}s",
                                  details={"upstream": up.name}) from None
        except MCPError as exc:
            raise UpstreamError(f"upstream {up.name!r} refused tools/list: {exc.error.message}",
                                details={"upstream": up.name, "rpc_code": exc.error.code}) from None
        except ValidationError:
            self.discard(up)
            raise UpstreamError(f"upstream {up.name!r} returned a malformed tools/list result",
                                details={"upstream": up.name}) from None
        return tools

    async def call_tool(self, up: Upstream, name: str, arguments: dict[str, Any], *,
                        progress: Progress | None = None) -> dict[str, Any]:
        """``tools/call`` on the upstream; the result in wire form. Raises UpstreamError/UpstreamTimeout."""
        request = types.CallToolRequest(params=types.CallToolRequestParams(name=name, arguments=arguments))
        try:
            with anyio.fail_after(up.timeout_s):
                session = await self.session(up)
                result = await session.send_request(request, types.CallToolResult, progress_callback=progress)
        except TimeoutError:
            # The SDK has sent the upstream a courtesy cancel for the abandoned request.
            raise UpstreamTimeout(f"upstream {up.name!r} did not answer {name!r} within {up.timeout_s:g}s",
                                  details={"upstream": up.name, "tool": name}) from None
        except MCPError as exc:
            if exc.error.code == types.CONNECTION_CLOSED:
                self.discard(up)
            raise UpstreamError(f"upstream {up.name!r} answered {name!r} with error {exc.error.code}: "
                                f"{exc.error.message}",
                                details={"upstream": up.name, "tool": name, "rpc_code": exc.error.code}) from None
        except ValidationError:
            raise UpstreamError(f"upstream {up.name!r} returned a malformed result for {name!r}",
                                code="UPSTREAM_BAD_RESULT", details={"upstream": up.name, "tool": name}) from None
        except (UpstreamError, UpstreamTimeout):
            raise
        except Exception as exc:  # transport failures (connection reset, bad HTTP): drop the session
            self.discard(up)
            raise UpstreamError(f"upstream {up.name!r} failed: {type(exc).__name__}",
                                details={"upstream": up.name, "tool": name}) from None
        return result.model_dump(mode="json", by_alias=True, exclude_none=True)

    async def close(self) -> None:
        """Close every session."""
        conns, self._conns = list(self._conns.values()), {}
        await asyncio.gather(*(c.close() for c in conns), *self._closing, return_exceptions=True)


class McpExecutor:
    """The executor port for tools whose ``upstream.kind`` is ``mcp``."""

    def __init__(self, upstreams: Upstreams, pool: UpstreamPool) -> None:
        self.upstreams = upstreams
        self.pool = pool
        self._output_hashes: dict[tuple[str, str, int], str] = {}

    def _output_validator(self, ctx: CallContext) -> Any:
        tool = ctx.tool
        assert tool is not None and tool.output_schema is not None
        key = (tool.tenant, tool.name, tool.version)
        h = self._output_hashes.get(key)
        if h is None:
            h = self._output_hashes[key] = schema_hash(tool.output_schema)
        return compiled(tool.output_schema, h)

    async def execute(self, ctx: CallContext, progress: Progress | None = None) -> None:
        """Forward ``ctx.arguments`` (already scrubbed) and set ``ctx.result`` and ``ctx.upstream``."""
        tool = ctx.tool
        assert tool is not None and ctx.agent is not None
        pointer = tool.upstream or {}
        if pointer.get("kind") != "mcp":
            raise UpstreamError(f"tool {tool.name!r} has no MCP upstream", code="NO_UPSTREAM",
                                details={"tool": tool.name})
        up = self.upstreams.lookup(tool.tenant, str(pointer.get("server")))
        if up is None:
            raise UpstreamError(f"upstream {pointer.get('server')!r} of tool {tool.name!r} is not registered",
                                code="NO_UPSTREAM", details={"tool": tool.name})
        started = time.perf_counter_ns()
        facts: dict[str, Any] = {"server": up.name, "tool": pointer.get("tool")}
        ctx.upstream = facts
        try:
            result = await self.pool.call_tool(up, str(pointer.get("tool")), ctx.arguments, progress=progress)
        except (UpstreamError, UpstreamTimeout) as exc:
            facts.update(status="error", error=exc.code, latency_us=(time.perf_counter_ns() - started) // 1000)
            raise
        facts.update(status="error" if result.get("isError") else "ok",
                     latency_us=(time.perf_counter_ns() - started) // 1000)
        if tool.output_schema is not None and not result.get("isError"):
            if "structuredContent" not in result:
                facts["error"] = "OUTPUT_SCHEMA_VIOLATION"
                raise UpstreamError(f"upstream {up.name!r} returned no structuredContent for {tool.name!r}, "
                                    "which declares an outputSchema", code="UPSTREAM_BAD_RESULT",
                                    details={"tool": tool.name})
            found = reasons(self._output_validator(ctx), result["structuredContent"], "OUTPUT_SCHEMA_VIOLATION")
            if found:
                facts["error"] = "OUTPUT_SCHEMA_VIOLATION"
                raise UpstreamError(f"upstream {up.name!r} returned structuredContent that does not match the "
                                    f"accepted outputSchema of {tool.name!r} at {found[0].path or '/'} "
                                    f"({found[0].keyword})",
                                    code="UPSTREAM_BAD_RESULT",
                                    details={"tool": tool.name})
        ctx.result = {k: result[k] for k in ("content", "structuredContent", "isError") if k in result}
