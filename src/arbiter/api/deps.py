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
from arbiter.errors import Forbidden, TooDeep, Unauthorized, error_body
from arbiter.operators import BOOTSTRAP, Principal, Role
from arbiter.service import Arbiter, bearer_token
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


def principal(conn: ASGIConnection[Any, Any, Any, Any]) -> Principal:
    """The operator (or the bootstrap admin token) behind a request; 401 for anything else."""
    found = conn.scope.get("arbiter_principal")
    if isinstance(found, Principal):
        return found
    svc = service(conn)
    auth = conn.headers.get("authorization")
    if svc.is_admin(auth):
        who = BOOTSTRAP
    else:
        op = svc.operators.authenticate(bearer_token(auth))
        if op is None:
            raise Unauthorized("operator endpoints need 'Authorization: Bearer <operator key or admin token>'")
        who = Principal.of(op)
    conn.scope["arbiter_principal"] = who  # type: ignore[typeddict-unknown-key]
    return who


def admin_caller(conn: ASGIConnection[Any, Any, Any, Any]) -> bool:
    """Whether the request comes from the admin token or an operator with the admin role (no error if not)."""
    try:
        return principal(conn).can("admin")
    except Unauthorized:
        return False


def require(*roles: Role) -> Any:
    """A guard: the caller holds one of ``roles`` (403 ``ROLE_REQUIRED`` otherwise)."""
    def guard(conn: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        who = principal(conn)
        if not any(who.can(r) for r in roles):
            raise Forbidden(f"this needs the {' or '.join(roles)} role; {who.actor} has "
                            f"{', '.join(sorted(who.roles)) or 'none'}", code="ROLE_REQUIRED",
                            details={"roles": list(roles)})
    guard.__name__ = f"require_{'_'.join(roles)}"
    return guard


def actor(conn: ASGIConnection[Any, Any, Any, Any]) -> str:
    """Who an audited change is made by: ``operator:<id>`` or ``admin-token``."""
    return principal(conn).actor


def needs(*roles: Role) -> list[dict[str, list[str]]]:
    """The OpenAPI security requirement of a route: the bearer scheme, with the roles it needs."""
    return [{"bearer": list(roles)}]


admin_guard = require("admin")
audit_guard = require("auditor", "admin")


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
ADMIN_ERRORS = {**COMMON_ERRORS, 403: error_spec("The caller lacks the role the route needs (ROLE_REQUIRED)"),
                404: error_spec("No such object"), 409: error_spec("Conflicts with the stored state")}
