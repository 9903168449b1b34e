"""The Litestar application: all wiring in one place, one error shape for every failure."""

from __future__ import annotations

import logging
from typing import Any

from litestar import Litestar, Request, Response
from litestar.datastructures import State
from litestar.exceptions import HTTPException, ValidationException
from litestar.openapi import OpenAPIConfig
from litestar.openapi.spec import Components, SecurityScheme

from arbiter.adapters.mcp import McpGateway
from arbiter.api.controllers.admin import AgentController, AllowlistController, ToolController
from arbiter.api.controllers.alerts import AlertController
from arbiter.api.controllers.anthropic import AnthropicController
from arbiter.api.controllers.approvals import ApprovalController, OperatorController, TenantController
from arbiter.api.controllers.audit import AuditController
from arbiter.api.controllers.check import CheckController
from arbiter.api.controllers.health import HealthController
from arbiter.api.controllers.invoke import InvokeController
from arbiter.api.controllers.mcp import mcp_endpoint
from arbiter.api.controllers.models import ModelCatalogController, ProviderController, UsageController
from arbiter.api.controllers.openai import OpenAIController
from arbiter.api.controllers.pii import PiiController
from arbiter.api.controllers.policy import PolicyController
from arbiter.api.controllers.upstreams import UpstreamController
from arbiter.api.deps import error_response
from arbiter.console import ConsolePages, static_files
from arbiter.errors import ArbiterError
from arbiter.service import Arbiter
from arbiter.settings import Settings, load_settings
from arbiter.tracing import TraceMiddleware

log = logging.getLogger(__name__)

_HTTP_CODES = {400: "BAD_REQUEST", 401: "UNAUTHORIZED", 403: "FORBIDDEN", 404: "NOT_FOUND",
               405: "METHOD_NOT_ALLOWED", 409: "CONFLICT", 413: "PAYLOAD_TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE",
               429: "RATE_LIMITED", 503: "UNAVAILABLE"}


def handle_arbiter_error(_: Request[Any, Any, Any], exc: ArbiterError) -> Response[Any]:
    """Our own errors carry their code and status."""
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


def handle_http_error(_: Request[Any, Any, Any], exc: HTTPException) -> Response[Any]:
    """Framework errors (validation, routing, body size) in the same shape."""
    if isinstance(exc, ValidationException):
        errors = exc.extra if isinstance(exc.extra, list) else []
        malformed = any("malformed" in str(e.get("message", "")).lower() for e in errors if isinstance(e, dict)) \
            or "malformed" in str(exc.detail).lower()
        code = "MALFORMED_JSON" if malformed else "INVALID_REQUEST"
        message = "the body is not valid JSON" if malformed else "the request does not match the expected shape"
        if errors and isinstance(errors[0], dict) and errors[0].get("message") and not malformed:
            message += f": {errors[0]['message']}"
        return error_response(400, code, message, {"errors": errors})
    status = exc.status_code
    if status == 400:  # the framework's only other 400 is a body msgspec could not parse
        return error_response(400, "MALFORMED_JSON", f"the body is not valid JSON: {exc.detail}", {})
    return error_response(status, _HTTP_CODES.get(status, "HTTP_ERROR"), str(exc.detail), {})


def handle_recursion(_: Request[Any, Any, Any], exc: RecursionError) -> Response[Any]:
    """The JSON decoder gives up on bodies nested ~1000 levels deep before our own depth check runs."""
    return error_response(400, "TOO_DEEP", "the body is nested too deeply to parse", {})


def handle_unexpected(_: Request[Any, Any, Any], exc: Exception) -> Response[Any]:
    """Anything else is a 500 that names no internals."""
    log.error("unhandled %s", type(exc).__name__)
    return error_response(500, "INTERNAL_ERROR", "internal error", {"type": type(exc).__name__})


def create_app(settings: Settings | None = None, arbiter: Arbiter | None = None) -> Litestar:
    """Build the app. Without arguments, settings come from the environment."""
    settings = settings or (arbiter.settings if arbiter else load_settings())
    svc = arbiter or Arbiter(settings)
    mcp = McpGateway(svc)

    async def on_startup(app: Litestar) -> None:
        await svc.start()

    async def on_shutdown(app: Litestar) -> None:
        await svc.stop()

    return Litestar(
        route_handlers=[HealthController, CheckController, ToolController, AgentController, AllowlistController,
                        AuditController, PiiController, UpstreamController, mcp_endpoint, OpenAIController,
                        AnthropicController, InvokeController, ProviderController, ModelCatalogController,
                        UsageController, ApprovalController, OperatorController, TenantController, PolicyController,
                        AlertController, ConsolePages, static_files],
        on_startup=[on_startup],
        on_shutdown=[on_shutdown],
        lifespan=[lambda _: mcp.run()],
        state=State({"arbiter": svc, "mcp": mcp}),
        exception_handlers={ArbiterError: handle_arbiter_error, HTTPException: handle_http_error,
                            RecursionError: handle_recursion, Exception: handle_unexpected},
        request_max_body_size=settings.max_body_bytes,
        openapi_config=OpenAPIConfig(
            title="Arbiter", version="0.1.0",
            description="Decides, scrubs and records what AI agents do with their tools.",
            components=Components(security_schemes={"bearer": SecurityScheme(type="http", scheme="bearer")}),
            security=[{"bearer": []}],
        ),
        logging_config=None,
        middleware=[TraceMiddleware],
    )
