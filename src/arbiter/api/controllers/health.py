"""Liveness, readiness, and Prometheus metrics."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from litestar import Controller, Request, Response, get
from litestar.openapi.datastructures import ResponseSpec

from arbiter.api.deps import ADMIN_ERRORS, audit_guard, needs, service
from arbiter.api.schemas import ErrorBody
from arbiter.errors import ArbiterError
from arbiter.metrics import CONTENT_TYPE


class HealthController(Controller):
    """``/healthz``: the process is up. ``/readyz``: the database answers and policies are loaded."""

    tags = ["health"]

    @get("/healthz")
    async def healthz(self) -> dict[str, str]:
        """Process up."""
        return {"status": "ok"}

    @get("/readyz", responses={503: ResponseSpec(
        data_container=ErrorBody, description="The database does not answer or the registry cannot load")})
    async def readyz(self, request: Request[Any, Any, Any]) -> dict[str, Any]:
        """Database reachable and registry loaded; 503 (in the error shape) otherwise."""
        try:
            facts = await anyio.to_thread.run_sync(service(request).ready)
        except Exception as exc:
            raise ArbiterError("not ready", code="NOT_READY", status=503,
                               details={"cause": type(exc).__name__}) from None
        return {"status": "ready", **facts}

    @get("/metrics", guards=[audit_guard], security=needs("auditor", "admin"), responses=ADMIN_ERRORS,
         media_type=CONTENT_TYPE)
    async def metrics(self, request: Request[Any, Any, Any]) -> Response[bytes]:
        """This process's metrics in the Prometheus text format (scrape with an auditor's key as bearer token)."""
        return Response(service(request).metrics.render(), media_type=CONTENT_TYPE)
