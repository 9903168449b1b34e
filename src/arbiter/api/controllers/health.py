"""Liveness and readiness."""

from __future__ import annotations

from typing import Any

import anyio.to_thread
from litestar import Controller, Request, get
from litestar.response import Response

from arbiter.api.deps import service


class HealthController(Controller):
    """``/healthz``: the process is up. ``/readyz``: the database answers and policies are loaded."""

    tags = ["health"]

    @get("/healthz")
    async def healthz(self) -> dict[str, str]:
        """Process up."""
        return {"status": "ok"}

    @get("/readyz")
    async def readyz(self, request: Request[Any, Any, Any]) -> Response[dict[str, Any]]:
        """Database reachable and registry loaded; 503 otherwise."""
        try:
            facts = await anyio.to_thread.run_sync(service(request).ready)
        except Exception as exc:
            return Response({"status": "unavailable", "cause": type(exc).__name__}, status_code=503)
        return Response({"status": "ready", **facts})
