"""OpenAI-compatible endpoints: ``POST /v1/chat/completions`` (governed) and ``GET /v1/models`` (proxied).

Point the openai SDK here with ``base_url=<arbiter>/v1`` and the agent's Arbiter key.
"""

from __future__ import annotations

from typing import Any

import httpx
import msgspec
from litestar import Controller, Request, Response, get, post

from arbiter.adapters import openai_chat
from arbiter.api.controllers.models import catalog_list
from arbiter.api.deps import COMMON_ERRORS, admin_caller, current_agent, service
from arbiter.api.model_proxy import ModelApi, proxy
from arbiter.errors import UpstreamError, UpstreamTimeout
from arbiter.llm.policy import ModelPolicy
from arbiter.service import Arbiter

ANTHROPIC_VERSION = "2023-06-01"


def _headers(key: str, request: Request[Any, Any, Any]) -> dict[str, str]:
    # The agent's own Authorization header is never forwarded; the provider's key is added here only.
    out = {"accept": "application/json, text/event-stream"}
    if key:
        out["authorization"] = f"Bearer {key}"
    return out


OPENAI = ModelApi(
    name="openai", prepare=openai_chat.prepare_request, govern_response=openai_chat.govern_response,
    stream=openai_chat.OpenAIStream, error_event=openai_chat.error_event, path="/chat/completions",
    default_url=lambda s: f"{s.upstream_openai_url}/chat/completions", default_key=lambda s: s.upstream_openai_key,
    headers=_headers)


class OpenAIController(Controller):
    """Chat completions whose tool calls are governed, as if Arbiter were the model provider."""

    path = "/v1"
    tags = ["model proxy"]

    @post("/chat/completions", status_code=200, responses={**COMMON_ERRORS}, summary="OpenAI chat completions")
    async def chat_completions(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """Forward to ``ARBITER_UPSTREAM_OPENAI_URL``; govern every proposed tool call (streaming too)."""
        return await proxy(request, service(request), await current_agent(request), OPENAI)

    @get("/models", responses={**COMMON_ERRORS}, summary="List models")
    async def models(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """What the caller may use. An agent whose allowlist has a ``models`` section: its allowed models and
        aliases; another agent: the upstream's list (Anthropic's when the request carries
        ``anthropic-version``, else OpenAI's). The admin token: the whole catalog, with prices."""
        svc = service(request)
        if admin_caller(request):
            return Response(msgspec.to_builtins(catalog_list(request)), media_type="application/json")
        agent = await current_agent(request)
        allowlist = svc.registry.snapshot.allowlists.get(agent.allowlist) if agent.allowlist else None
        anthropic = "anthropic-version" in request.headers
        if allowlist is not None and allowlist.models is not None:
            return Response(_allowed_models(svc, allowlist.models, anthropic), media_type="application/json")
        s = svc.settings
        if anthropic:
            url = f"{s.upstream_anthropic_url}/v1/models"
            headers = {"anthropic-version": request.headers["anthropic-version"]}
            if s.upstream_anthropic_key:
                headers["x-api-key"] = s.upstream_anthropic_key
        else:
            url = f"{s.upstream_openai_url}/models"
            headers = {"authorization": f"Bearer {s.upstream_openai_key}"} if s.upstream_openai_key else {}
        try:
            resp = await svc.providers.client.get(url, headers=headers, params=dict(request.query_params))
        except httpx.TimeoutException:
            raise UpstreamTimeout("the model provider did not answer in time") from None
        except httpx.HTTPError as exc:
            raise UpstreamError(f"the model provider could not be reached ({type(exc).__name__})") from None
        try:
            body = resp.json()
        except ValueError:
            raise UpstreamError("the model provider's model list is not JSON") from None
        if resp.status_code >= 400:
            raise UpstreamError(f"the model provider answered {resp.status_code}", code="UPSTREAM_STATUS",
                                status=resp.status_code, details={"upstream_status": resp.status_code})
        return Response(body, status_code=200, media_type="application/json")


def _allowed_models(svc: Arbiter, policy: ModelPolicy, anthropic: bool) -> dict[str, Any]:
    """The agent's models and aliases in the protocol's list shape (models of the other protocol left out)."""
    snap = svc.catalog.snapshot()
    protocol = "anthropic" if anthropic else "openai"

    def speaks(name: str) -> bool:
        model = snap.models.get(name)
        provider = snap.providers.get(model.provider) if model else None
        return provider is not None and provider.protocol == protocol

    names = sorted(m for m in policy.allow if speaks(m))
    names += sorted(a for a, ms in policy.aliases.items() if any(speaks(m) for m in ms))
    if anthropic:
        data = [{"type": "model", "id": n, "display_name": n, "created_at": "1970-01-01T00:00:00Z"} for n in names]
        return {"data": data, "has_more": False, "first_id": names[0] if names else None,
                "last_id": names[-1] if names else None}
    return {"object": "list", "data": [{"id": n, "object": "model", "created": 0,
                                        "owned_by": snap.models[n].provider if n in snap.models else "arbiter-alias"}
                                       for n in names]}
