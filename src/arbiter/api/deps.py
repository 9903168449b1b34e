"""Shared pieces of the controllers: the service handle, the agent dependency, guards, the error
response, limits on admin documents, and error docs."""

from __future__ import annotations

from typing import Any

from litestar import MediaType, Request, Response
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler
from litestar.openapi.datastructures import ResponseSpec

from arbiter.api.schemas import ErrorBody
from arbiter.documents import depth_exceeds
from arbiter.errors import TooDeep, Unauthorized, error_body
from arbiter.service import Arbiter
from arbiter.types import Agent


def service(conn: ASGIConnection[Any, Any, Any, Any]) -> Arbiter:
    """The process's :class:`Arbiter`."""
    svc: Arbiter = conn.app.state.arbiter
    return svc


def credentials(headers: Any) -> str | None:
    """The agent's key as an ``Authorization`` header value: ``Bearer`` as sent, or the anthropic SDK's
    ``x-api-key``."""
    auth = headers.get("authorization")
    if auth:
        return str(auth)
    key = headers.get("x-api-key")
    return f"Bearer {key}" if key else None


async def current_agent(request: Request[Any, Any, Any]) -> Agent:
    """The agent of a request to an agent route: authenticated (and audited when it fails) here, for every
    agent route. Called by the handlers rather than injected with ``Provide``: Litestar's dependency
    injection measured 0.2-0.3 ms more per request (``bench/bench_proxy.py``, ``check_one_call``)."""
    return await service(request).authenticate(credentials(request.headers))


def admin_guard(conn: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Require ``Authorization: Bearer <ARBITER_ADMIN_TOKEN>``."""
    if not service(conn).is_admin(conn.headers.get("authorization")):
        raise Unauthorized("admin endpoints need 'Authorization: Bearer <admin token>'")


def error_response(status: int, code: str, message: str, details: dict[str, Any] | None = None,
                   headers: dict[str, str] | None = None) -> Response[Any]:
    """An HTTP error in the one shape (:func:`arbiter.errors.error_body`)."""
    return Response(error_body(code, message, details), status_code=status, headers=headers or {},
                    media_type=MediaType.JSON)


def ensure_depth(value: Any, limit: int, where: str) -> None:
    """Refuse an administrative document nested deeper than ``limit`` (calls get the ``limits`` check)."""
    at = depth_exceeds(value, limit)
    if at is not None:
        raise TooDeep(f"{where} is nested deeper than {limit} levels",
                      details={"field": where, "limit": limit, "path": at})


def error_spec(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=description)


COMMON_ERRORS = {
    400: error_spec("Bad request: malformed JSON, wrong types, unknown fields, too deep"),
    401: error_spec("Missing, unknown or revoked credentials"),
    413: error_spec("Body larger than ARBITER_MAX_BODY_BYTES"),
    503: error_spec("The decision could not be made durable (audit store unavailable)"),
}
ADMIN_ERRORS = {**COMMON_ERRORS, 404: error_spec("No such object"), 409: error_spec("Conflicts with the stored state")}
