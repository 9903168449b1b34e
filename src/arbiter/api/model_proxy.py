"""The model proxy's I/O: model choice, budgets, forwarding with fallbacks, streaming, governance.

Both model controllers call :func:`proxy` with their :class:`ModelApi` (the adapter functions
and how the protocol addresses an upstream); everything protocol-specific lives in
``arbiter.adapters``. Each proposed tool call runs through the same pipeline as ``/v1/check``
(kind ``model_tool_call``), audited with the model's tool-call id and the conversation id.

Each request is itself a decision, recorded as kind ``model_call``: under an allowlist with a
``models`` section the router (``arbiter.llm.router``) picks the model, the budget store reserves
its estimated cost before anything is forwarded (``BUDGET_EXCEEDED`` or a downgrade when it does
not fit), a 429, 5xx, timeout or unreachable provider moves on to the next candidate, and the
real usage replaces the reservation afterwards. Without a ``models`` section the request goes to
``ARBITER_UPSTREAM_*`` as named, and is still metered and recorded.

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
from opentelemetry import trace

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
from arbiter.errors import ArbiterError, BadRequest, BudgetExceeded, UpstreamError, UpstreamTimeout
from arbiter.llm.budget import Exceeded, Reservation
from arbiter.llm.catalog import Model
from arbiter.llm.policy import ModelPolicy
from arbiter.llm.request import RequestFacts, Usage, UsageMeter, facts, usage_of_answer
from arbiter.llm.router import Candidate, Plan, downgrades, plan
from arbiter.pii.policy import tenant_key
from arbiter.pipeline import Pipeline
from arbiter.policy.access import resolve
from arbiter.service import Arbiter
from arbiter.settings import Settings
from arbiter.tracing import TRACER, inject, trace_id_of
from arbiter.types import Agent, CallInfo, ModelCallInfo, ModelChoice, Reason, ToolCall, Verdict

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
    path: str  # appended to a provider's base URL
    default_url: Callable[[Settings], str]  # ARBITER_UPSTREAM_*_URL: where requests go without a models policy
    default_key: Callable[[Settings], str]
    headers: Callable[[str, Request[Any, Any, Any]], dict[str, str]]  # (provider key, the agent's request)


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


def _offers_tools(body: dict[str, Any]) -> bool:
    """Whether the request offers the model tools (OpenAI ``tools``/``functions``, Anthropic ``tools``)."""
    return bool(body.get("tools") or body.get("functions"))


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


def _ms(ns: int) -> float:
    return round(ns / 1e6, 3)


def _usd(micros: int | None) -> float | None:
    return None if micros is None else round(micros / 1e6, 6)


@dataclass
class _Target:
    """One candidate as the proxy forwards to it."""

    name: str  # the model name in Arbiter (the requested name without a models policy)
    upstream_id: str
    provider: str
    url: str
    key: str
    timeout_s: float
    model: Model | None  # the catalog's model (prices), when known
    reserve_tokens: int
    reserve_micros: int


class _Failed(Exception):
    """A candidate failed in a way the next candidate may not (429, 5xx, timeout, unreachable)."""

    def __init__(self, error: ArbiterError, reason: str, response: httpx.Response | None = None) -> None:
        self.error, self.reason, self.response = error, reason, response


class ModelCall:
    """One model request's decision and its record (kind ``model_call``)."""

    def __init__(self, svc: Arbiter, agent: Agent, conv: str, proto: ModelApi, arrived_ns: int) -> None:
        self.svc, self.agent, self.conv, self.proto = svc, agent, conv, proto
        self.ctx = Pipeline.request_context("model_call", agent, CallInfo(conversation_id=conv, source="model"))
        self.ctx.started_ns = arrived_ns
        self.info = self.ctx.model = ModelCallInfo(protocol=proto.name)
        self.policy: ModelPolicy | None = None
        self.reservation: Reservation | None = None
        self.target: _Target | None = None
        self.facts: RequestFacts | None = None
        self.sent_ns = 0  # when the chosen candidate's request went out
        self.upstream_ns = 0  # time spent waiting on providers
        self.recorded = False
        self.hide_usage_chunk = False  # the usage chunk was asked for by Arbiter, not by the client
        # The request's span (GenAI conventions): the governed tool calls of its answer are its children.
        self.span = TRACER.start_span("chat", attributes={"gen_ai.operation.name": "chat",
                                                          "arbiter.decision_id": self.ctx.decision_id})
        self.ctx.trace_id = trace_id_of(self.span)

    @property
    def decision_id(self) -> str:
        return self.ctx.decision_id

    # ---- recording -----------------------------------------------------------------------
    async def record(self, verdict: Verdict, usage: Usage | None = None, flags: list[Reason] | None = None) -> None:
        """Settle the budget with the real (or estimated) usage and write the record: durable on return."""
        if self.recorded:
            return
        self.recorded = True
        info, t = self.info, self.target
        settle: dict[str, Any] | None = None
        if (t is not None and verdict.allowed) or usage is not None:
            estimated = usage is None
            if usage is None:  # the provider said nothing: charge the reservation, and say so
                assert self.facts is not None
                out = (t.reserve_tokens - self.facts.prompt_tokens) if t else 0
                usage = Usage(input=self.facts.prompt_tokens, output=out)
            cost = t.model.cost_micros(usage.input, usage.output, usage.cached) if t and t.model else None
            info.input_tokens, info.output_tokens, info.cached_tokens = usage.input, usage.output, usage.cached
            info.cost_usd, info.usage_estimated = _usd(cost), estimated
            settle = {"model": t.name if t else "", "tokens_in": usage.input, "tokens_out": usage.output,
                      "micros": cost or 0}
        elif self.reservation is not None:  # nothing was answered: give the reservation back
            settle = {"model": "", "tokens_in": 0, "tokens_out": 0, "micros": 0}
        reservation, self.reservation = self.reservation, None
        now = time.perf_counter_ns()
        info.total_ms = _ms(now - self.ctx.started_ns)
        info.overhead_ms = _ms(now - self.ctx.started_ns - self.upstream_ns)
        if flags:
            self.ctx.flags.extend(flags)
        self._finish_span(verdict)
        record = self.svc.pipeline.reject(self.ctx, verdict)
        if settle is None:
            await record
            return
        # The accounting and the record are independent writes: wait for both at once.
        await asyncio.gather(asyncio.to_thread(self.svc.budgets.settle, reservation, tenant=self.agent.tenant,
                                               agent_id=self.agent.id, **settle), record)

    def _finish_span(self, verdict: Verdict) -> None:
        info, span = self.info, self.span
        attrs: dict[str, Any] = {"arbiter.verdict": verdict.verdict}
        for key, value in (("gen_ai.response.model", info.upstream_model), ("gen_ai.provider.name", info.provider),
                           ("gen_ai.usage.input_tokens", info.input_tokens),
                           ("gen_ai.usage.output_tokens", info.output_tokens), ("arbiter.model", info.model),
                           ("arbiter.cost_usd", info.cost_usd), ("arbiter.rule", info.rule)):
            if value is not None:
                attrs[key] = value
        if verdict.reasons:
            attrs["arbiter.reasons"] = [r.code for r in verdict.reasons]
        span.set_attributes(attrs)
        span.end()

    async def refuse(self, exc: ArbiterError) -> ArbiterError:
        """Record a refusal (policy, budget, upstream) and hand the error back with the decision id."""
        await self.record(Verdict.deny(exc.code, exc.message))
        exc.details.setdefault("decision_id", self.decision_id)
        exc.headers = {**exc.headers, **self.headers(estimated=False)}
        return exc

    def headers(self, *, estimated: bool) -> dict[str, str]:
        """The response headers every proxied answer carries."""
        info = self.info
        out = {"x-arbiter-decision-id": self.decision_id}
        if info.model:
            out["x-arbiter-model"] = info.model
        cost = info.estimated_cost_usd if estimated else info.cost_usd
        if cost is not None:
            out["x-arbiter-cost-usd"] = f"{cost:.6f}"
            if estimated:
                out["x-arbiter-cost-estimated"] = "true"
        overhead = info.overhead_ms if info.overhead_ms is not None else \
            _ms(self.sent_ns - self.ctx.started_ns) if self.sent_ns else None
        if overhead is not None:
            out["x-arbiter-overhead-ms"] = f"{overhead:.3f}"
        return out

    # ---- choosing ------------------------------------------------------------------------
    def _target(self, c: Candidate) -> _Target:
        p = c.provider
        return _Target(name=c.model.name, upstream_id=c.model.upstream, provider=p.name,
                       url=f"{p.base_url}{self.proto.path}", key=p.key(), timeout_s=p.timeout_s, model=c.model,
                       reserve_tokens=c.reserve_tokens, reserve_micros=c.reserve_micros)

    def _default_target(self, f: RequestFacts) -> _Target:
        """Without a models policy: the request's model at ARBITER_UPSTREAM_*, priced when the catalog knows it."""
        s = self.svc.settings
        model = self.svc.catalog.snapshot().models.get(f.model)
        out = f.max_tokens or (model.max_output_tokens if model else 4096)
        micros = model.cost_micros(f.prompt_tokens, out) if model else None
        return _Target(name=f.model, upstream_id=f.model, provider="default", url=self.proto.default_url(s),
                       key=self.proto.default_key(s), timeout_s=s.upstream_timeout_s, model=model,
                       reserve_tokens=f.prompt_tokens + out, reserve_micros=micros or 0)

    async def choose(self, f: RequestFacts) -> list[_Target]:
        """The targets to try in order, the first one's budget reserved; raises the refusal (audited)."""
        self.facts = f
        info = self.info
        info.requested, info.stream, info.estimated_input_tokens = f.model, f.stream, f.prompt_tokens
        self.span.update_name(f"chat {f.model}")
        self.span.set_attribute("gen_ai.request.model", f.model)
        allowlist = self.svc.registry.snapshot.allowlists.get(self.agent.allowlist) if self.agent.allowlist else None
        policy = self.policy = allowlist.models if allowlist is not None else None
        if allowlist is not None:
            self.ctx.policy.allowlist, self.ctx.policy.revision = allowlist.name, allowlist.revision
        if policy is None:
            t = self._default_target(f)
            info.model, info.provider, info.upstream_model, info.rule = t.name, t.provider, t.upstream_id, \
                "no models policy: forwarded as named"
            info.reserved_tokens, info.estimated_cost_usd = t.reserve_tokens, _usd(t.reserve_micros) \
                if t.model and t.model.prices else None
            return [t]
        catalog = self.svc.catalog.snapshot()
        svc, agent = self.svc, self.agent
        scored: list[tuple[str, float]] = []

        def classify() -> tuple[str, float] | None:
            found = svc.model_intents.classify(policy, f.latest_user_text)
            if found:
                scored.append(found)
            return found

        def remaining() -> float:
            return svc.budgets.remaining_fraction(policy.budgets, agent.tenant, agent.id)

        try:
            chosen: Plan = plan(policy, catalog.models, catalog.providers, self.proto.name, f,
                                classify=classify, remaining=remaining)
        except ArbiterError as exc:
            raise await self.refuse(exc) from None
        info.rule, info.intent = chosen.rule, chosen.intent
        if scored:
            info.intent_score = round(scored[0][1], 4)
        info.rejected = list(chosen.rejected)
        cands = chosen.candidates
        if not policy.budgets:
            self._chose(cands[0])
            return [self._target(c) for c in cands]
        # Budgets: the first candidate that fits; with on_budget=downgrade, cheaper models of no higher tier.
        tries = cands if policy.on_budget == "downgrade" else cands[:1]
        over: Exceeded | None = None
        for i, c in enumerate(tries):
            got = await asyncio.to_thread(svc.budgets.reserve, policy.budgets, agent.tenant, agent.id,
                                          c.reserve_tokens, c.reserve_micros)
            if isinstance(got, Reservation):
                self.reservation = got
                if i:
                    info.downgraded = True
                    info.rule = f"{chosen.rule}; downgraded within the alias (budget)"
                self._chose(c)
                return [self._target(x) for x in cands[i:]]
            over = got  # the last (cheapest) attempt is what the refusal reports
            info.rejected.append(ModelChoice(model=c.model.name, reason=got.message()))
        if policy.on_budget == "downgrade":
            cheaper = downgrades(policy, catalog.models, catalog.providers, self.proto.name, f,
                                 max_tier=cands[0].model.tier, exclude={c.model.name for c in cands})
            for c in cheaper:
                got = await asyncio.to_thread(svc.budgets.reserve, policy.budgets, agent.tenant, agent.id,
                                              c.reserve_tokens, c.reserve_micros)
                if isinstance(got, Reservation):
                    self.reservation = got
                    info.downgraded = True
                    info.rule = f"{chosen.rule}; downgraded to the cheapest model that fits the budget"
                    self._chose(c)
                    return [self._target(c)]
                if c is cheaper[0]:
                    over = got  # the cheapest model's refusal: what the request would need at least
                info.rejected.append(ModelChoice(model=c.model.name, reason=got.message()))
        assert over is not None
        retry = max(1, int(over.reset_at - svc.budgets.clock()))
        raise await self.refuse(BudgetExceeded(over.message(), details={
            "budget": {"scope": over.budget.scope, "window": over.budget.window, "tokens": over.budget.tokens,
                       "usd": _usd(over.budget.micros)},
            "used": {"tokens": over.used_tokens, "usd": _usd(over.used_micros)},
            "reset_at": over.reset_at, "retry_after_s": retry}, headers={"retry-after": str(retry)}))

    def _chose(self, c: Candidate) -> None:
        info = self.info
        info.model, info.provider, info.upstream_model = c.model.name, c.provider.name, c.model.upstream
        info.reserved_tokens = c.reserve_tokens
        info.estimated_cost_usd = _usd(c.reserve_micros) if c.model.prices else None

    async def next_target(self, rest: list[_Target]) -> _Target | None:
        """After a candidate failed: give its reservation back and reserve the next one's that fits."""
        policy = self.policy
        if self.reservation is not None:
            await asyncio.to_thread(self.svc.budgets.settle, self.reservation, tenant=self.agent.tenant,
                                    agent_id=self.agent.id, model="", tokens_in=0, tokens_out=0, micros=0)
            self.reservation = None
        for t in rest:
            if policy is not None and policy.budgets:
                got = await asyncio.to_thread(self.svc.budgets.reserve, policy.budgets, self.agent.tenant,
                                              self.agent.id, t.reserve_tokens, t.reserve_micros)
                if not isinstance(got, Reservation):
                    self.info.rejected.append(ModelChoice(model=t.name, reason=got.message()))
                    continue
                self.reservation = got
            info = self.info
            info.model, info.provider, info.upstream_model = t.name, t.provider, t.upstream_id
            info.reserved_tokens = t.reserve_tokens
            info.estimated_cost_usd = _usd(t.reserve_micros) if t.model and t.model.prices else None
            return t
        return None


def _failure(exc: httpx.HTTPError) -> _Failed:
    if isinstance(exc, httpx.TimeoutException):
        return _Failed(UpstreamTimeout("the model provider did not answer in time"), "timeout")
    return _Failed(UpstreamError(f"the model provider could not be reached ({type(exc).__name__})"),
                   f"unreachable ({type(exc).__name__})")


async def _send(svc: Arbiter, call: ModelCall, t: _Target, body: dict[str, Any],
                request: Request[Any, Any, Any], stream: bool) -> httpx.Response:
    """Forward to one target; a retryable failure raises :class:`_Failed`, other statuses are returned."""
    out = dict(body, model=t.upstream_id)
    if stream and call.proto.name == "openai":
        # The final usage chunk is what reconciles a streamed answer with its budget.
        out["stream_options"] = {**(out.get("stream_options") or {}), "include_usage": True}
    client = svc.providers.client
    headers = inject(call.proto.headers(t.key, request), call.span)  # the provider joins the trace
    req = client.build_request("POST", t.url, json=out, headers=headers,
                               timeout=httpx.Timeout(t.timeout_s, connect=min(t.timeout_s, 10.0)))
    call.sent_ns = time.perf_counter_ns()
    try:
        resp = await client.send(req, stream=True)
    except httpx.HTTPError as exc:
        call.upstream_ns += time.perf_counter_ns() - call.sent_ns
        raise _failure(exc) from None
    if resp.status_code == 429 or resp.status_code >= 500:
        await _drain(call, resp)
        raise _Failed(UpstreamError(f"the model provider answered {resp.status_code}"), f"status {resp.status_code}",
                      resp)
    return resp


async def _drain(call: ModelCall, resp: httpx.Response) -> None:
    """Read an error answer's body (for its message) and close it; the wait counts as upstream time."""
    try:
        await resp.aread()
    except httpx.HTTPError:
        pass
    finally:
        await resp.aclose()
    call.upstream_ns += time.perf_counter_ns() - call.sent_ns


async def _status_error(call: ModelCall, resp: httpx.Response) -> Response[Any]:
    """An upstream 4xx/5xx answered to the agent in the one error shape, after its record."""
    message = _upstream_message(resp)
    code = "UPSTREAM_RATE_LIMITED" if resp.status_code == 429 else "UPSTREAM_STATUS"
    call.ctx.upstream = {"status": resp.status_code}
    await call.record(Verdict.deny(code, f"upstream answered {resp.status_code}"))
    headers = {k: resp.headers[k] for k in ("retry-after",) if k in resp.headers}
    return error_response(resp.status_code, code, f"the model provider answered {resp.status_code}: {message}",
                          {"upstream_status": resp.status_code, "decision_id": call.decision_id},
                          {**headers, **call.headers(estimated=False)})


async def proxy(request: Request[Any, Any, Any], svc: Arbiter, agent: Agent, proto: ModelApi) -> Response[Any]:
    """Choose, reserve, forward (with fallbacks), govern, reconcile, record, answer (or stream)."""
    arrived = time.perf_counter_ns()
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
    request_facts = facts(proto.name, prepared.body)
    call = ModelCall(svc, agent, conv, proto, arrived)
    options = prepared.body.get("stream_options")
    call.hide_usage_chunk = proto.name == "openai" and prepared.stream and not (
        isinstance(options, dict) and options.get("include_usage") is True)
    targets = await call.choose(request_facts)
    decisions: list[str] = []
    info = CallInfo(conversation_id=conv, source="model", messages=prepared.messages)
    inner = governor(svc, agent, info)
    # While the model answers, the checks analyse the history its tool calls will be judged against, so that a
    # proposed call pays only for what is its own. Only when the model is offered tools it could call.
    ahead = svc.pipeline.prepare(agent, info) if _offers_tools(prepared.body) else None

    async def govern(calls: list[ProposedCall]) -> list[CallOutcome]:
        if ahead is not None:
            await ahead  # never raises; done already unless the model answered faster than the analysis
        outcomes = await inner(calls)
        decisions.extend(o.decision_id for o in outcomes)
        call.info.tool_decisions = decisions
        return outcomes

    mode = on_deny(svc, agent)
    limit = svc.settings.max_body_bytes
    target, rest = targets[0], targets[1:]
    call.target = target
    while True:
        try:
            resp = await _send(svc, call, target, prepared.body, request, prepared.stream)
            break
        except _Failed as failed:
            call.info.fallbacks.append(ModelChoice(model=target.name, reason=failed.reason))
            nxt = await call.next_target(rest) if rest else None
            if nxt is None:
                if failed.response is not None:
                    return await _status_error(call, failed.response)
                call.ctx.upstream = {"error": failed.reason}
                raise await call.refuse(failed.error) from None
            rest = rest[rest.index(nxt) + 1:]
            target = call.target = nxt
    if resp.status_code >= 400:  # a 4xx: the request itself is wrong for the provider; no fallback
        await _drain(call, resp)
        return await _status_error(call, resp)
    if prepared.stream:
        if "text/event-stream" not in resp.headers.get("content-type", ""):
            await resp.aclose()
            call.ctx.upstream = {"status": resp.status_code}
            raise await call.refuse(UpstreamError("the model provider did not answer with an event stream"))
        machine = proto.stream(govern=govern, on_deny=mode, scrub=scrub, max_bytes=limit)
        return Stream(_relay(resp, machine, call), media_type="text/event-stream",
                      headers={"cache-control": "no-cache", "x-accel-buffering": "no",
                               **call.headers(estimated=True)})
    try:
        data = await resp.aread()
    except httpx.HTTPError as exc:
        call.upstream_ns += time.perf_counter_ns() - call.sent_ns
        error = UpstreamTimeout("the model provider did not finish its answer in time") \
            if isinstance(exc, httpx.TimeoutException) else \
            UpstreamError(f"the model provider's answer was cut off ({type(exc).__name__})")
        raise await call.refuse(error) from None
    finally:
        await resp.aclose()
    done = time.perf_counter_ns()
    call.upstream_ns += done - call.sent_ns
    call.info.first_token_ms = _ms(done - call.ctx.started_ns)
    try:
        answer = msgspec.json.decode(data)
        with trace.use_span(call.span, end_on_exit=False):
            out = await proto.govern_response(answer, govern=govern, on_deny=mode, scrub=scrub, max_bytes=limit)
    except msgspec.DecodeError:
        call.ctx.upstream = {"status": resp.status_code}
        raise await call.refuse(UpstreamError("the model provider's answer is not JSON")) from None
    except UpstreamError as exc:
        call.ctx.upstream = {"status": resp.status_code}
        raise await call.refuse(exc) from None
    except ArbiterError:  # denied tool calls with on_deny: error, audit down: the model call still happened
        await call.record(Verdict(verdict="allow"), usage_of_answer(proto.name, answer))
        raise
    await call.record(Verdict(verdict="allow"), usage_of_answer(proto.name, answer))
    return Response(out, status_code=200, media_type="application/json", headers=call.headers(estimated=False))


async def _relay(resp: httpx.Response, machine: StreamMachine, call: ModelCall) -> AsyncIterator[bytes]:
    """Upstream SSE in, governed SSE out; whole events only, and a closing error event on failure. The
    model call's record is written (and its budget reconciled) before the stream's last event is sent."""
    decoder = SSEDecoder()
    meter = UsageMeter(call.proto.name)
    error: ArbiterError | None = None
    try:
        async for line in resp.aiter_lines():
            event = decoder.feed(line)
            if event is None:
                continue
            meter.see(event.data, time.perf_counter_ns())
            if call.hide_usage_chunk and _usage_only(event.data):
                continue  # asked for by Arbiter to reconcile the budget; the client did not ask for it
            with trace.use_span(call.span, end_on_exit=False):
                chunks = await machine.feed(event)
            if machine.done:
                call.upstream_ns += time.perf_counter_ns() - call.sent_ns
                _first_token(call, meter)
                await call.record(Verdict(verdict="allow"), meter.usage)
                for chunk in chunks:
                    yield chunk
                break
            for chunk in chunks:
                yield chunk
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
        if not call.recorded and error is None:
            # The client went away mid-stream: still one record, with what the provider had reported.
            _first_token(call, meter)
            task = asyncio.ensure_future(call.record(Verdict(verdict="allow"), meter.usage,
                                                     flags=[Reason(code="CLIENT_DISCONNECTED",
                                                                   message="the client left before the end")]))
            _background.add(task)
            task.add_done_callback(_background.discard)
    if error is not None:
        if not call.recorded:
            _first_token(call, meter)
            try:
                if error.code in ("UPSTREAM_ERROR", "UPSTREAM_TIMEOUT"):
                    await call.record(Verdict.deny(error.code, error.message), meter.usage)
                else:
                    await call.record(Verdict(verdict="allow"), meter.usage)
            except ArbiterError:
                log.warning("could not audit a failed model stream")
        yield call.proto.error_event(error.code, error.message)


_background: set[asyncio.Future[None]] = set()


def _usage_only(data: str) -> bool:
    """An OpenAI stream's closing usage chunk (``choices`` empty)."""
    if '"usage"' not in data:
        return False
    try:
        obj = msgspec.json.decode(data)
    except msgspec.DecodeError:
        return False
    return isinstance(obj, dict) and obj.get("choices") == [] and isinstance(obj.get("usage"), dict)


def _first_token(call: ModelCall, meter: UsageMeter) -> None:
    if meter.first_token_ns is not None and call.info.first_token_ms is None:
        call.info.first_token_ms = _ms(meter.first_token_ns - call.ctx.started_ns)
