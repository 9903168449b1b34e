"""Registration checks of a tool's feature settings (PII policy, cache, upstream).

Each is a function ``check(tool)`` raising a :class:`~arbiter.errors.BadRequest` with a clear
message; the registry runs them all before storing a tool, so nothing invalid is ever stored and
the executors can trust what they read.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from arbiter.cache.config import validate_cache_config
from arbiter.errors import BadRequest
from arbiter.pii.policy import compile_policy
from arbiter.registry import ToolCheck
from arbiter.types import Tool

HTTP_METHODS = frozenset({"GET", "POST", "PUT", "PATCH", "DELETE"})
MAX_TIMEOUT_S = 300.0
_HTTP_KEYS = frozenset({"kind", "url", "method", "timeout_s", "headers"})


def check_tool_pii(tool: Tool) -> None:
    """Refuse a tool whose PII policy names an unknown entity or action."""
    compile_policy(tool.pii, None)


def check_tool_cache(tool: Tool) -> None:
    """Refuse a cache config that cannot apply (e.g. caching a tool that is not read-only)."""
    validate_cache_config(tool.cache, tool.annotations, tool.risk)


def validate_http_upstream(upstream: dict[str, Any]) -> None:
    """Refuse an HTTP upstream definition that cannot work, with a message naming the field.

    ``{"kind": "http", "url", "method"?, "timeout_s"?, "headers"?}``; a header value is a literal
    string or ``{"env": "NAME"}``, read from the server's environment at call time.
    """
    def bad(message: str) -> BadRequest:
        return BadRequest(f"upstream: {message}", code="INVALID_UPSTREAM", details={"upstream": message})

    unknown = sorted(set(upstream) - _HTTP_KEYS)
    if unknown:
        raise bad(f"unknown keys {unknown}; allowed: {sorted(_HTTP_KEYS)}")
    url = upstream.get("url")
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise bad("url must be an http:// or https:// URL")
    if str(upstream.get("method", "POST")).upper() not in HTTP_METHODS:
        raise bad(f"method must be one of {sorted(HTTP_METHODS)}")
    timeout = upstream.get("timeout_s", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 < timeout <= MAX_TIMEOUT_S:
        raise bad(f"timeout_s must be a number of seconds in (0, {MAX_TIMEOUT_S:g}]")
    headers = upstream.get("headers", {})
    if not isinstance(headers, dict):
        raise bad("headers must be an object")
    for name, value in headers.items():
        ok = isinstance(value, str) or (isinstance(value, dict) and set(value) == {"env"}
                                        and isinstance(value["env"], str))
        if not ok:
            raise bad(f"header {name!r} must be a string or {{\"env\": \"NAME\"}}")


def check_tool_upstream(tool: Tool) -> None:
    """Validate the upstream of a tool (HTTP here; MCP pointers are written by :mod:`arbiter.upstreams`)."""
    if tool.upstream is None:
        return
    kind = tool.upstream.get("kind")
    if kind == "http":
        validate_http_upstream(tool.upstream)
    elif kind != "mcp":
        raise BadRequest("upstream.kind must be http or mcp", code="INVALID_UPSTREAM", details={"kind": kind})


def tool_checks() -> list[ToolCheck]:
    """Every registration check, in order."""
    return [check_tool_pii, check_tool_cache, check_tool_upstream]
