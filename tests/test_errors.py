"""Every error renders the one body shape with its own code and status."""

from __future__ import annotations

from arbiter import errors


def test_one_shape_with_code_and_status() -> None:
    cases = [(errors.BadRequest, 400, "BAD_REQUEST"), (errors.InvalidSchema, 400, "INVALID_SCHEMA"),
             (errors.TooDeep, 400, "TOO_DEEP"), (errors.PayloadTooLarge, 413, "PAYLOAD_TOO_LARGE"),
             (errors.Unauthorized, 401, "UNAUTHORIZED"), (errors.Forbidden, 403, "FORBIDDEN"),
             (errors.NotFound, 404, "NOT_FOUND"), (errors.Conflict, 409, "CONFLICT"),
             (errors.AuditUnavailable, 503, "AUDIT_UNAVAILABLE"), (errors.UpstreamError, 502, "UPSTREAM_ERROR"),
             (errors.UpstreamTimeout, 504, "UPSTREAM_TIMEOUT")]
    for cls, status, code in cases:
        e = cls("m", details={"k": 1})
        assert (e.status, e.code) == (status, code)
        assert e.to_body() == {"error": {"code": code, "message": "m", "details": {"k": 1}}}
    assert errors.BadRequest("m", code="OTHER").to_body()["error"]["code"] == "OTHER"
