"""PII endpoints: scrub a document by a named policy; list the active recognizers."""

from __future__ import annotations

from typing import Any, Literal

import anyio.to_thread
import msgspec
from litestar import Controller, Request, get, post

from arbiter.api.deps import ADMIN_ERRORS, admin_caller, admin_guard, current_agent, ensure_depth, needs, service
from arbiter.errors import BadRequest
from arbiter.pii.engine import recognizers_info
from arbiter.pii.scrub import scrub_document
from arbiter.types import Finding


class ScrubRequest(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """``POST /v1/scrub``: a free text (a JSON string) or any JSON document."""

    document: Any
    policy: str = "default"
    direction: Literal["arguments", "result"] = "arguments"
    tenant: str | None = None  # admin callers only; an agent always scrubs for its own tenant


class ScrubResponse(msgspec.Struct, kw_only=True):
    """The scrubbed document (same shape) and what was found, never the values."""

    document: Any
    findings: list[Finding]
    blocked: list[Finding]


class PiiController(Controller):
    """Scrubbing as a service, for adapters and frameworks that move text Arbiter does not see."""

    tags = ["pii"]

    @post("/v1/scrub", status_code=200, responses=ADMIN_ERRORS)
    async def scrub(self, request: Request[Any, Any, Any], data: ScrubRequest) -> ScrubResponse:
        """Scrub by a named policy (default, strict, logs, pseudonymize), with an agent or the admin key."""
        svc = service(request)
        if admin_caller(request):
            tenant = data.tenant or "default"
        else:
            agent = await current_agent(request)
            if data.tenant not in (None, agent.tenant):
                raise BadRequest("an agent can only scrub for its own tenant", details={"tenant": data.tenant})
            tenant = agent.tenant
        ensure_depth(data.document, svc.settings.max_json_depth, "document")
        result = await anyio.to_thread.run_sync(lambda: scrub_document(
            data.document, policy=data.policy, direction=data.direction, tenant=tenant,
            server_secret=svc.settings.secret, scrubber=svc.scrubber))
        return ScrubResponse(document=result.value, findings=result.findings, blocked=result.blocked)

    @get("/v1/pii/recognizers", guards=[admin_guard], security=needs("admin"), responses=ADMIN_ERRORS)
    async def recognizers(self) -> dict[str, Any]:
        """Active recognizers and entities, and whether NER (PERSON, LOCATION, ...) is on."""
        return recognizers_info()
