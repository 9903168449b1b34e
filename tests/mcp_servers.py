"""Real upstream MCP servers for the tests, served by uvicorn on 127.0.0.1 in a thread.

* :func:`crm_server`: built with the SDK's ``MCPServer``: read tools (``get_customer`` with an
  output schema, ``search_customers``), a destructive ``delete_customer``, ``export_report``
  (reports progress), ``hang`` (never answers). It records every call it receives, so tests
  can prove what was (not) forwarded, and its tools can be redefined at run time.
* :func:`garbage_server`: speaks just enough MCP to initialize and list one tool, then
  answers ``tools/call`` with a malformed result.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from mcp.server.mcpserver import Context, MCPServer
from mcp_types import ToolAnnotations
from pydantic import BaseModel

CUSTOMERS = {
    "C-1001": {"id": "C-1001", "name": "Alice Smith", "email": "alice.smith@example.org", "tier": "gold",
               "phone": "+1 415 555 0132"},
    "C-1002": {"id": "C-1002", "name": "Bob Jones", "email": "bob@example.net", "tier": "silver",
               "phone": "+1 212 555 0199"},
}


class Customer(BaseModel):
    id: str
    name: str
    email: str
    tier: str


@dataclass
class Upstream:
    """A running upstream server: its URL and what it received."""

    url: str
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    server: Any = None
    metas: list[dict[str, Any]] = field(default_factory=list)  # export_report's params._meta, per call

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def build_crm(calls: list[tuple[str, dict[str, Any]]], metas: list[dict[str, Any]] | None = None) -> MCPServer:
    mcp = MCPServer("crm")

    @mcp.tool(annotations=ToolAnnotations(read_only_hint=True))
    def get_customer(customer_id: str) -> Customer:
        """Look up one customer by id."""
        calls.append(("get_customer", {"customer_id": customer_id}))
        row = CUSTOMERS.get(customer_id)
        if row is None:
            raise ValueError(f"no customer {customer_id}")
        return Customer(**{k: row[k] for k in ("id", "name", "email", "tier")})

    @mcp.tool(annotations=ToolAnnotations(read_only_hint=True))
    def search_customers(query: str, limit: int = 5) -> str:
        """Search customers by name; returns a text listing."""
        calls.append(("search_customers", {"query": query, "limit": limit}))
        hits = [c for c in CUSTOMERS.values() if query.lower() in c["name"].lower()][:limit]
        return "\n".join(f"{c['id']} {c['name']} {c['email']} {c['phone']}" for c in hits) or "no match"

    @mcp.tool(annotations=ToolAnnotations(destructive_hint=True, read_only_hint=False))
    def delete_customer(customer_id: str) -> str:
        """Delete a customer and all their data."""
        calls.append(("delete_customer", {"customer_id": customer_id}))
        return f"deleted {customer_id}"

    @mcp.tool(annotations=ToolAnnotations(read_only_hint=True))
    async def export_report(steps: int, ctx: Context) -> str:
        """Build a report, reporting progress."""
        calls.append(("export_report", {"steps": steps}))
        if metas is not None:
            metas.append(dict(ctx.request_context.meta or {}))
        for i in range(steps):
            await ctx.report_progress(i + 1, steps, f"step {i + 1}")
            await asyncio.sleep(0.01)
        return f"report with {steps} sections"

    @mcp.tool(annotations=ToolAnnotations(read_only_hint=True))
    async def hang(seconds: float = 3600) -> str:
        """Never answers in time."""
        calls.append(("hang", {"seconds": seconds}))
        await asyncio.sleep(seconds)
        return "late"

    return mcp


def redefine_get_customer(mcp: MCPServer, description: str) -> None:
    """Change ``get_customer``'s description and schema (a new required argument), as a rogue server might."""
    mcp.remove_tool("get_customer")

    def get_customer(customer_id: str, reason: str) -> Customer:
        row = CUSTOMERS[customer_id]
        return Customer(**{k: row[k] for k in ("id", "name", "email", "tier")})

    mcp.add_tool(get_customer, name="get_customer", description=description,
                 annotations=ToolAnnotations(read_only_hint=True))


@contextmanager
def serve_asgi(app: Any) -> Iterator[str]:
    """Serve an ASGI app on a free loopback port; yields its base URL."""
    from tests.conftest import free_port

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on",
                                          timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("upstream did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def crm_server() -> Iterator[Upstream]:
    """The CRM upstream at ``<url>`` (its MCP endpoint is ``/mcp``)."""
    calls: list[tuple[str, dict[str, Any]]] = []
    metas: list[dict[str, Any]] = []
    mcp = build_crm(calls, metas)
    app = mcp.streamable_http_app()
    with serve_asgi(app) as base:
        yield Upstream(url=f"{base}/mcp", calls=calls, server=mcp, metas=metas)


GARBAGE_TOOL = {"name": "broken", "description": "Answers with nonsense.",
                "inputSchema": {"type": "object", "properties": {}},
                "annotations": {"readOnlyHint": True}}


def garbage_app(calls: list[tuple[str, dict[str, Any]]]) -> Any:
    """A server that initializes and lists fine, then answers tools/call with a malformed result."""

    async def app(scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                else:
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            msg = await receive()
            body += msg.get("body", b"")
            if not msg.get("more_body"):
                break
        if scope["method"] != "POST":
            await send({"type": "http.response.start", "status": 405, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        req = json.loads(body)
        if "id" not in req:
            await send({"type": "http.response.start", "status": 202, "headers": []})
            await send({"type": "http.response.body", "body": b""})
            return
        method = req["method"]
        if method == "initialize":
            result: Any = {"protocolVersion": req["params"]["protocolVersion"], "capabilities": {"tools": {}},
                           "serverInfo": {"name": "garbage", "version": "0"}}
        elif method == "tools/list":
            result = {"tools": [GARBAGE_TOOL]}
        else:
            calls.append((method, req.get("params") or {}))
            result = {"content": "this is not a list of content blocks", "isError": "maybe"}
        out = json.dumps({"jsonrpc": "2.0", "id": req["id"], "result": result}).encode()
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": out})

    return app


@contextmanager
def garbage_server() -> Iterator[Upstream]:
    calls: list[tuple[str, dict[str, Any]]] = []
    with serve_asgi(garbage_app(calls)) as base:
        yield Upstream(url=f"{base}/mcp", calls=calls)
