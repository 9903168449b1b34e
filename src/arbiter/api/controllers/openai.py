"""OpenAI-compatible endpoints: ``POST /v1/chat/completions`` (governed) and ``GET /v1/models`` (proxied).

Point the openai SDK here with ``base_url=<arbiter>/v1`` and the agent's Arbiter key.
"""

from __future__ import annotations

from typing import Any

import httpx
from litestar import Controller, Request, Response, get, post

from arbiter.adapters import openai_chat
from arbiter.api.deps import COMMON_ERRORS, current_agent, service
from arbiter.api.model_proxy import ModelApi, proxy
from arbiter.errors import UpstreamError, UpstreamTimeout
from arbiter.settings import Settings

ANTHROPIC_VERSION = "2023-06-01"


def _headers(settings: Settings, request: Request[Any, Any, Any]) -> dict[str, str]:
    # The agent's own Authorization header is never forwarded; the upstream key is added here only.
    out = {"accept": "application/json, text/event-stream"}
    if settings.upstream_openai_key:
        out["authorization"] = f"Bearer {settings.upstream_openai_key}"
    return out


OPENAI = ModelApi(
    name="openai", prepare=openai_chat.prepare_request, govern_response=openai_chat.govern_response,
    stream=openai_chat.OpenAIStream, error_event=openai_chat.error_event,
    url=lambda s: f"{s.upstream_openai_url}/chat/completions", headers=_headers)


class OpenAIController(Controller):
    """Chat completions whose tool calls are governed, as if Arbiter were the model provider."""

    path = "/v1"
    tags = ["model proxy"]

    @post("/chat/completions", status_code=200, responses={**COMMON_ERRORS}, summary="OpenAI chat completions")
    async def chat_completions(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """Forward to ``ARBITER_UPSTREAM_OPENAI_URL``; govern every proposed tool call (streaming too)."""
        return await proxy(request, service(request), await current_agent(request), OPENAI)

    @get("/models", responses={**COMMON_ERRORS}, summary="List the upstream's models")
    async def models(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """The upstream's model list: Anthropic's when the request carries ``anthropic-version``, else OpenAI's."""
        await current_agent(request)
        svc = service(request)
        s = svc.settings
        if "anthropic-version" in request.headers:
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
