"""One exception tree; the API maps it to one JSON error shape.

::

    ArbiterError (500 INTERNAL_ERROR)
    ├── BadRequest (400 BAD_REQUEST)
    │   ├── InvalidSchema (400 INVALID_SCHEMA)        a tool's JSON Schema is not a valid schema
    │   ├── InvalidPolicy (400 INVALID_ALLOWLIST)      an allowlist or PII policy that cannot apply
    │   ├── TooDeep (400 TOO_DEEP)                     JSON nested deeper than the limit
    │   └── PayloadTooLarge (413 PAYLOAD_TOO_LARGE)
    ├── Unauthorized (401 UNAUTHORIZED)               unknown, revoked or missing key
    ├── Forbidden (403 FORBIDDEN)                     a denied call on an executing endpoint
    ├── NotFound (404 NOT_FOUND)
    ├── Conflict (409 CONFLICT)
    ├── AuditUnavailable (503 AUDIT_UNAVAILABLE)      the decision could not be made durable
    ├── UpstreamError (502 UPSTREAM_ERROR)
    └── UpstreamTimeout (504 UPSTREAM_TIMEOUT)

Every HTTP error body is ``{"error": {"code": ..., "message": ..., "details": {...}}}``.
"""

from __future__ import annotations

from typing import Any


def error_body(code: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    """The one HTTP error body: ``{"error": {"code", "message", "details"}}``."""
    return {"error": {"code": code, "message": message, "details": details or {}}}


class ArbiterError(Exception):
    """Base of every error Arbiter raises on purpose."""

    status = 500
    code = "INTERNAL_ERROR"

    def __init__(self, message: str, *, code: str | None = None, details: dict[str, Any] | None = None,
                 status: int | None = None, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.headers = headers or {}  # HTTP headers of the error response (e.g. retry-after)
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status
        self.details = details or {}

    def to_body(self) -> dict[str, Any]:
        """The standard error body."""
        return error_body(self.code, self.message, self.details)


class BadRequest(ArbiterError):
    status, code = 400, "BAD_REQUEST"


class InvalidSchema(BadRequest):
    code = "INVALID_SCHEMA"


class InvalidPolicy(BadRequest):
    code = "INVALID_ALLOWLIST"


class TooDeep(BadRequest):
    code = "TOO_DEEP"


class PayloadTooLarge(BadRequest):
    status, code = 413, "PAYLOAD_TOO_LARGE"


class Unauthorized(ArbiterError):
    status, code = 401, "UNAUTHORIZED"


class Forbidden(ArbiterError):
    status, code = 403, "FORBIDDEN"


class NotFound(ArbiterError):
    status, code = 404, "NOT_FOUND"


class Conflict(ArbiterError):
    status, code = 409, "CONFLICT"


class BudgetExceeded(ArbiterError):
    status, code = 429, "BUDGET_EXCEEDED"


class AuditUnavailable(ArbiterError):
    status, code = 503, "AUDIT_UNAVAILABLE"


class UpstreamError(ArbiterError):
    status, code = 502, "UPSTREAM_ERROR"


class UpstreamTimeout(ArbiterError):
    status, code = 504, "UPSTREAM_TIMEOUT"
