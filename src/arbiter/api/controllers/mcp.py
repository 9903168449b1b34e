"""``/mcp``: the MCP endpoint (streamable HTTP), mounted as an ASGI app.

HTTP-level checks run here, before the SDK sees the request: the ``Origin`` (browsers and DNS
rebinding), the agent's key (every request, so a revoked key stops working mid-session), the
body size, and, when a client sends ``Mcp-Method`` / ``Mcp-Name``, that they match the body.
Failures are JSON-RPC error bodies with the fitting HTTP status. Sessions are bound to the
agent that opened them: another agent's key gets 404 for that ``Mcp-Session-Id``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from litestar import asgi
from litestar.types import Receive, Scope, Send
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken

from arbiter.adapters.mcp import AGENT_SCOPE_KEY, McpGateway, current_agent
from arbiter.api.deps import credentials
from arbiter.errors import Unauthorized

__all__ = ["allowed_origin", "mcp_endpoint"]

# Loopback origins are always allowed; others only when listed in ARBITER_MCP_ALLOWED_ORIGINS.
_LOOPBACK = re.compile(r"^https?://(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$", re.IGNORECASE)
HEADER_MISMATCH = -32020  # the SDK's code for routing headers that disagree with the body
INVALID_REQUEST = -32600
UNAUTHORIZED = -32001


def allowed_origin(origin: str | None, extra: frozenset[str]) -> bool:
    """No Origin (not a browser), a loopback origin, or one the operator listed."""
    return origin is None or bool(_LOOPBACK.match(origin)) or origin.rstrip("/") in extra


async def _reply(send: Send, status: int, code: int, message: str, data: dict[str, Any] | None = None,
                 headers: list[tuple[bytes, bytes]] | None = None) -> None:
    error: dict[str, Any] = {"code": code, "message": message}
    if data:
        error["data"] = data
    body = json.dumps({"jsonrpc": "2.0", "id": None, "error": error}).encode()
    start: Any = {"type": "http.response.start", "status": status,
                  "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                              *(headers or [])]}
    await send(start)
    end: Any = {"type": "http.response.body", "body": body}
    await send(end)


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it passes ``limit`` bytes."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _routing_mismatch(headers: dict[str, str], body: bytes) -> str | None:
    """Which of ``Mcp-Method`` / ``Mcp-Name`` disagrees with the JSON-RPC body, if any."""
    method_h, name_h = headers.get("mcp-method"), headers.get("mcp-name")
    if method_h is None and name_h is None:
        return None
    try:
        msg = json.loads(body)
    except ValueError:
        return None  # the SDK answers a parse error
    if not isinstance(msg, dict):
        return None  # batches: the SDK answers those
    if method_h is not None and method_h != msg.get("method"):
        return "Mcp-Method"
    params: Any = msg.get("params")
    params = params if isinstance(params, dict) else {}
    body_name = params.get("name", params.get("uri"))
    if name_h is not None and body_name is not None and name_h != body_name:
        return "Mcp-Name"
    return None


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that yields the already-read body once, then the connection's own messages."""
    sent = False

    async def replay() -> Any:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


@asgi("/mcp", is_mount=True, copy_scope=True, include_in_schema=False)
async def mcp_endpoint(scope: Scope, receive: Receive, send: Send) -> None:
    """MCP over streamable HTTP, authenticated with the agent's Arbiter key."""
    app = scope["litestar_app"]
    gateway: McpGateway = app.state.mcp
    svc = gateway.svc
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    if not allowed_origin(headers.get("origin"), gateway.allowed_origins):
        await _reply(send, 403, INVALID_REQUEST, f"Origin {headers.get('origin')!r} is not allowed")
        return
    try:
        agent = await svc.authenticate(credentials(headers))
    except Unauthorized as exc:
        await _reply(send, 401, UNAUTHORIZED, exc.message, {"code": exc.code, **exc.details},
                     headers=[(b"www-authenticate", b'Bearer realm="arbiter"')])
        return
    limit = svc.settings.max_body_bytes
    if scope.get("method") == "POST":
        declared = headers.get("content-length", "")
        body = None if declared.isdigit() and int(declared) > limit else await _read_body(receive, limit)
        if body is None:
            await _reply(send, 413, INVALID_REQUEST, f"request body is larger than {limit} bytes",
                         {"code": "PAYLOAD_TOO_LARGE", "limit": limit})
            return
        if body.lstrip()[:1] == b"[":
            # JSON-RPC batches left MCP in 2025-06-18; refuse them whole rather than run some of the calls.
            await _reply(send, 400, INVALID_REQUEST, "batch requests are not supported: send one JSON-RPC "
                                                     "message per POST")
            return
        which = _routing_mismatch(headers, body)
        if which is not None:
            await _reply(send, 400, HEADER_MISMATCH, f"the {which} header does not match the request body")
            return
        receive = _replay(body, receive)
    scope[AGENT_SCOPE_KEY] = agent  # type: ignore[literal-required]
    # The SDK binds a session to the identity that opened it; the agent id is that identity.
    scope["user"] = AuthenticatedUser(AccessToken(token="", client_id=agent.id, scopes=[]))
    token = current_agent.set(agent)
    try:
        await gateway.manager.handle_request(scope, receive, send)  # type: ignore[arg-type]
    finally:
        current_agent.reset(token)
