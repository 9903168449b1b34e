"""Shared pieces of the controllers: the service handle, guards, limits and error docs."""

from __future__ import annotations

from typing import Any

from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.openapi.datastructures import ResponseSpec

from arbiter.api.schemas import ErrorBody
from arbiter.errors import TooDeep, Unauthorized
from arbiter.service import Arbiter


def service(conn: ASGIConnection[Any, Any, Any, Any]) -> Arbiter:
    """The process's :class:`Arbiter`."""
    svc: Arbiter = conn.app.state.arbiter
    return svc


def admin_guard(conn: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Require ``Authorization: Bearer <ARBITER_ADMIN_TOKEN>``."""
    if not service(conn).is_admin(conn.headers.get("authorization")):
        raise Unauthorized("admin endpoints need 'Authorization: Bearer <admin token>'")


def ensure_depth(value: Any, limit: int, where: str) -> None:
    """Refuse JSON nested deeper than ``limit`` (iterative: no recursion on hostile input)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            raise TooDeep(f"{where} is nested deeper than {limit} levels", details={"field": where, "limit": limit})
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))


def error_spec(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=description)


COMMON_ERRORS = {
    400: error_spec("Bad request: malformed JSON, wrong types, unknown fields, too deep"),
    401: error_spec("Missing, unknown or revoked credentials"),
    413: error_spec("Body larger than ARBITER_MAX_BODY_BYTES"),
    503: error_spec("The decision could not be made durable (audit store unavailable)"),
}
ADMIN_ERRORS = {**COMMON_ERRORS, 404: error_spec("No such object"), 409: error_spec("Conflicts with the stored state")}
