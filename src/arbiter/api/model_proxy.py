"""The model proxy's I/O: one pooled upstream client, forwarding, streaming, and governance.

Both model controllers call :func:`proxy` with their :class:`ModelApi` (the adapter functions
and upstream details); everything protocol-specific lives in ``arbiter.adapters``. Each
proposed tool call runs through the same pipeline as ``/v1/check`` (kind ``model_tool_call``),
audited with the model's tool-call id and the conversation id.

Conversation id: the ``X-Arbiter-Conversation-Id`` header when given, else a keyed hash of the
agent and the conversation's first messages, which every later turn resends unchanged.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

import httpx
import msgspec
from litestar import Request, Response
from litestar.response import Stream

from arbiter.adapters.base import (
    CallOutcome,
    Govern,
    OutboundScrub,
    ProposedCall,
    SSEDecoder,
    SSEEvent,
    check_history,
)
from arbiter.api.deps import error_response
from arbiter.errors import ArbiterError, BadRequest, UpstreamError, UpstreamTimeout
from arbiter.pii.policy import tenant_key
from arbiter.pipeline import Pipeline
from arbiter.policy.access import resolve
from arbiter.service import Arbiter
from arbiter.settings import Settings
from arbiter.types import Agent, CallInfo, ToolCall, Verdict

log = logging.getLogger(__name__)

CONVERSATION_HEADER = "x-arbiter-conversation-id"
_CONV_ID = re.compile(r"[\x21-\x7e]{1,128}")
_ERROR_MESSAGE_MAX = 500


class StreamMachine(Protocol):
    """What :func:`proxy` needs from an adapter's stream state machine."""

    done: bool

    async def feed(self, event: SSEEvent) -> list[bytes]:
        """Bytes to send for one upstream event."""
        ...


@dataclass(frozen=True)
class ModelApi:
    """One model protocol: its adapter functions and how to reach its upstream."""

    name: str  # "openai" | "anthropic"
    prepare: Callable[..., Any]
    govern_response: Callable[..., Awaitable[dict[str, Any]]]
    stream: Callable[..., StreamMachine]
    error_event: Callable[[str, str], bytes]
    url: Callable[[Settings], str]
    headers: Callable[[Settings, Request[Any, Any, Any]], dict[str, str]]


def may_call(svc: Arbiter, agent: Agent) -> Callable[[str], bool]:
    """Whether the policy lets the agent see and call a tool: which definitions are forwarded."""
    snap = svc.registry.snapshot
    return lambda name: resolve(snap, agent, name).allowed


def on_deny(svc: Arbiter, agent: Agent) -> str:
    """The allowlist's ``on_deny`` ("message" when it has none)."""
    allowlist = svc.registry.snapshot.allowlists.get(agent.allowlist) if agent.allowlist else None
    return allowlist.on_deny if allowlist is not None else "message"


def conversation_id(request: Request[Any, Any, Any], agent: Agent, body: dict[str, Any], secret: bytes) -> str:
    """The header's id, or a keyed hash of the agent and the opening of the conversation."""
    given = request.headers.get(CONVERSATION_HEADER)
    if given:
        if not _CONV_ID.fullmatch(given):
            raise BadRequest(f"{CONVERSATION_HEADER} must be 1 to 128 printable ASCII characters",
                             code="INVALID_REQUEST")
        return given
    opening = msgspec.json.encode([agent.id, body.get("system"), body.get("messages", [])[:2]], order="sorted")
    return "conv_" + hmac.new(secret, opening, hashlib.sha256).hexdigest()[:24]


def governor(svc: Arbiter, agent: Agent, info: CallInfo) -> Govern:
    """Run each proposed call through the pipeline, concurrently; every one is audited."""
    async def one(p: ProposedCall) -> CallOutcome:
        call = ToolCall(tool=p.name, arguments=p.arguments, call_id=p.call_id, context=info)
        ctx = svc.pipeline.context(call, agent, kind="model_tool_call")
        if p.error is not None:
            # Nothing to check: arguments that are not JSON cannot be executed. Audited, never stored raw.
            ctx.arguments_scrubbed = True
            await svc.pipeline.reject(ctx, Verdict.deny(p.error_code, p.error))
        else:
            await svc.pipeline.run(ctx)
        verdict = ctx.verdict or Verdict.deny("INTERNAL_ERROR", "no verdict")
        return CallOutcome(call=p, verdict=verdict, arguments=ctx.arguments if verdict.allowed else None,
                           decision_id=ctx.decision_id, flags=ctx.flags)

    async def govern(calls: list[ProposedCall]) -> list[CallOutcome]:
        if len(calls) == 1:
            return [await one(calls[0])]
        return list(await asyncio.gather(*(one(c) for c in calls)))
    return govern


async def audit_upstream_failure(svc: Arbiter, agent: Agent, conv: str, proto: str, code: str, message: str,
                                 upstream: dict[str, Any]) -> str:
    """One record for a model request that failed upstream (no tool call was governed)."""
    ctx = Pipeline.request_context("model_request", agent, CallInfo(conversation_id=conv, source="model"))
    ctx.upstream = {"protocol": proto, **upstream}
    await svc.pipeline.reject(ctx, Verdict.deny(code, message))
    return ctx.decision_id


def _upstream_message(resp: httpx.Response) -> str:
    try:
        body = resp.json()
        err = body.get("error") if isinstance(body, dict) else None
        msg = err.get("message") if isinstance(err, dict) else err
        if isinstance(msg, str) and msg:
            return msg[:_ERROR_MESSAGE_MAX]
    except ValueError:
        pass
    return resp.reason_phrase or "upstream error"


class _Call:
    """One proxied request's state, for the error paths."""

    def __init__(self, svc: Arbiter, agent: Agent, conv: str, proto: ModelApi) -> None:
        self.svc, self.agent, self.conv, self.proto = svc, agent, conv, proto
        self.started = time.perf_counter_ns()

    def facts(self, **kw: Any) -> dict[str, Any]:
        return {"latency_us": (time.perf_counter_ns() - self.started) // 1000, **kw}

    async def fail(self, exc: ArbiterError, **facts: Any) -> ArbiterError:
        exc.details.setdefault("decision_id", await audit_upstream_failure(
            self.svc, self.agent, self.conv, self.proto.name, exc.code, exc.message, self.facts(**facts)))
        return exc

    async def status_error(self, resp: httpx.Response) -> Response[Any]:
        message = _upstream_message(resp)
        code = "UPSTREAM_RATE_LIMITED" if resp.status_code == 429 else "UPSTREAM_STATUS"
        decision_id = await audit_upstream_failure(self.svc, self.agent, self.conv, self.proto.name, code,
                                                   f"upstream answered {resp.status_code}",
                                                   self.facts(status=resp.status_code))
        headers = {k: resp.headers[k] for k in ("retry-after",) if k in resp.headers}
        return error_response(resp.status_code, code, f"the model provider answered {resp.status_code}: {message}",
                               {"upstream_status": resp.status_code, "decision_id": decision_id}, headers)


async def proxy(request: Request[Any, Any, Any], svc: Arbiter, agent: Agent, proto: ModelApi) -> Response[Any]:
    """Prepare, forward, govern, answer (or stream), for an authenticated agent."""
    upstream = svc.providers
    raw = await request.body()
    try:
        body = msgspec.json.decode(raw)
    except msgspec.DecodeError:
        raise BadRequest("the body is not valid JSON", code="MALFORMED_JSON") from None
    conv = conversation_id(request, agent, body if isinstance(body, dict) else {}, svc.settings.secret)
    scrub = OutboundScrub(svc.scrubber, tenant_key(svc.settings.secret, agent.tenant))
    # Scrubbing the outgoing messages is CPU work: a large request is prepared off the event loop.
    prepared = await asyncio.to_thread(proto.prepare, body, may_call=may_call(svc, agent), scrub=scrub) \
        if len(raw) > svc.settings.pii_offload_bytes else proto.prepare(body, may_call=may_call(svc, agent),
                                                                          scrub=scrub)
    check_history(prepared.messages, svc.settings.max_history_messages)
    state = _Call(svc, agent, conv, proto)
    govern = governor(svc, agent, CallInfo(conversation_id=conv, source="model", messages=prepared.messages))
    mode = on_deny(svc, agent)
    limit = svc.settings.max_body_bytes
    req = upstream.client.build_request("POST", proto.url(svc.settings), json=prepared.body,
                                        headers=proto.headers(svc.settings, request))
    try:
        resp = await upstream.client.send(req, stream=True)
    except httpx.TimeoutException:
        raise await state.fail(UpstreamTimeout("the model provider did not answer in time"), error="timeout") from None
    except httpx.HTTPError as exc:
        raise await state.fail(UpstreamError(f"the model provider could not be reached ({type(exc).__name__})"),
                               error=type(exc).__name__) from None
    if resp.status_code >= 400:
        try:
            await resp.aread()
        except httpx.HTTPError:
            pass
        finally:
            await resp.aclose()
        return await state.status_error(resp)
    if prepared.stream:
        if "text/event-stream" not in resp.headers.get("content-type", ""):
            await resp.aclose()
            raise await state.fail(UpstreamError("the model provider did not answer with an event stream"),
                                   status=resp.status_code)
        machine = proto.stream(govern=govern, on_deny=mode, scrub=scrub, max_bytes=limit)
        return Stream(_relay(resp, machine, state), media_type="text/event-stream",
                      headers={"cache-control": "no-cache", "x-accel-buffering": "no"})
    try:
        data = await resp.aread()
    except httpx.TimeoutException:
        raise await state.fail(UpstreamTimeout("the model provider did not finish its answer in time"),
                               error="timeout") from None
    except httpx.HTTPError as exc:
        raise await state.fail(UpstreamError(f"the model provider's answer was cut off ({type(exc).__name__})"),
                               error=type(exc).__name__) from None
    finally:
        await resp.aclose()
    try:
        answer = msgspec.json.decode(data)
        out = await proto.govern_response(answer, govern=govern, on_deny=mode, scrub=scrub, max_bytes=limit)
    except msgspec.DecodeError:
        raise await state.fail(UpstreamError("the model provider's answer is not JSON"),
                               status=resp.status_code) from None
    except UpstreamError as exc:
        raise await state.fail(exc, status=resp.status_code) from None
    return Response(out, status_code=200, media_type="application/json")


async def _relay(resp: httpx.Response, machine: StreamMachine, state: _Call) -> AsyncIterator[bytes]:
    """Upstream SSE in, governed SSE out; whole events only, and a closing error event on failure."""
    decoder = SSEDecoder()
    error: ArbiterError | None = None
    try:
        async for line in resp.aiter_lines():
            event = decoder.feed(line)
            if event is None:
                continue
            for chunk in await machine.feed(event):
                yield chunk
            if machine.done:
                break
        if not machine.done:
            error = UpstreamError("the model provider's stream ended before it was complete")
    except ArbiterError as exc:  # malformed upstream events, denied calls (on_deny: error), audit down
        error = exc
    except httpx.TimeoutException:
        error = UpstreamTimeout("the model provider stopped sending in time")
    except httpx.HTTPError as exc:
        error = UpstreamError(f"the model provider's stream broke ({type(exc).__name__})")
    finally:
        await resp.aclose()
    if error is not None:
        if error.code in ("UPSTREAM_ERROR", "UPSTREAM_TIMEOUT"):
            try:
                await state.fail(error, streamed=True)
            except ArbiterError:
                log.warning("could not audit a failed model stream")
        yield state.proto.error_event(error.code, error.message)
