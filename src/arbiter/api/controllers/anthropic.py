"""Anthropic-compatible endpoint: ``POST /v1/messages`` (governed).

Point the anthropic SDK here with ``base_url=<arbiter>`` and the agent's Arbiter key as ``api_key``
(sent as ``x-api-key``) or ``auth_token`` (sent as ``Authorization: Bearer``).
"""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, Response, post

from arbiter.adapters import anthropic_messages
from arbiter.api.controllers.openai import ANTHROPIC_VERSION
from arbiter.api.deps import COMMON_ERRORS, current_agent, service
from arbiter.api.model_proxy import ModelApi, proxy


def _headers(key: str, request: Request[Any, Any, Any]) -> dict[str, str]:
    # The agent's x-api-key / Authorization are never forwarded; the provider's key is added here only.
    out = {"anthropic-version": request.headers.get("anthropic-version") or ANTHROPIC_VERSION,
           "accept": "application/json, text/event-stream"}
    if "anthropic-beta" in request.headers:
        out["anthropic-beta"] = request.headers["anthropic-beta"]
    if key:
        out["x-api-key"] = key
    return out


ANTHROPIC = ModelApi(
    name="anthropic", prepare=anthropic_messages.prepare_request,
    govern_response=anthropic_messages.govern_response, stream=anthropic_messages.AnthropicStream,
    error_event=anthropic_messages.error_event, path="/v1/messages",
    default_url=lambda s: f"{s.upstream_anthropic_url}/v1/messages", default_key=lambda s: s.upstream_anthropic_key,
    headers=_headers)


class AnthropicController(Controller):
    """Messages whose ``tool_use`` blocks are governed, as if Arbiter were the model provider."""

    path = "/v1/messages"
    tags = ["model proxy"]

    @post("/", status_code=200, responses={**COMMON_ERRORS}, summary="Anthropic messages")
    async def messages(self, request: Request[Any, Any, Any]) -> Response[Any]:
        """Forward to ``ARBITER_UPSTREAM_ANTHROPIC_URL``; govern every ``tool_use`` block (streaming too)."""
        return await proxy(request, service(request), await current_agent(request), ANTHROPIC)
