"""The decision API: ``POST /v1/check`` and ``POST /v1/check/batch`` (agent key)."""

from __future__ import annotations

import asyncio
from typing import Any

from litestar import Controller, Request, post

from arbiter.adapters.base import check_history
from arbiter.adapters.native import (
    BatchDecision,
    BatchRequest,
    CheckRequest,
    Decision,
    Prepared,
    PrepareRequest,
    decision,
)
from arbiter.api.deps import COMMON_ERRORS, current_agent, service
from arbiter.errors import BadRequest
from arbiter.service import Arbiter
from arbiter.types import Agent, ToolCall

MAX_BATCH = 128


async def _decide(svc: Arbiter, agent: Agent, data: CheckRequest) -> Decision:
    check_history(data.context.messages if data.context else None, svc.settings.max_history_messages)
    call = ToolCall(tool=data.tool, arguments=data.arguments, call_id=data.call_id, context=data.context,
                    approval_id=data.approval_id)
    return decision(await svc.pipeline.run(svc.pipeline.context(call, agent)))


class CheckController(Controller):
    """Ask before executing: allow, deny or hold, with reasons, recorded before the answer."""

    path = "/v1/check"
    tags = ["decisions"]

    @post("/", status_code=200, responses=COMMON_ERRORS, summary="Check one proposed tool call")
    async def check(self, request: Request[Any, Any, Any], data: CheckRequest) -> Decision:
        """Decide one call. A deny is a 200 with ``verdict: deny`` and its reasons."""
        agent = await current_agent(request)
        return await _decide(service(request), agent, data)

    @post("/batch", status_code=200, responses=COMMON_ERRORS, summary="Check the calls of one model turn")
    async def batch(self, request: Request[Any, Any, Any], data: BatchRequest) -> BatchDecision:
        """One decision per call, in order; all recorded before the answer."""
        agent = await current_agent(request)
        if not 1 <= len(data.calls) <= MAX_BATCH:
            raise BadRequest(f"calls must hold 1 to {MAX_BATCH} calls", details={"count": len(data.calls)})
        svc = service(request)
        for c in data.calls:  # all refused before any is decided: a batch is answered whole or not at all
            check_history(c.context.messages if c.context else None, svc.settings.max_history_messages)
        return BatchDecision(decisions=list(await asyncio.gather(*(_decide(svc, agent, c) for c in data.calls))))

    @post("/prepare", status_code=202, responses=COMMON_ERRORS,
          summary="Analyse a conversation before its next calls arrive")
    async def prepare(self, request: Request[Any, Any, Any], data: PrepareRequest) -> Prepared:
        """Optional: send the history as soon as a tool result arrives, while the model thinks, and the
        ``/v1/check`` that follows with the same history pays only for its call. Answered before the work is
        done; nothing is decided or recorded, and a check decides the same with or without it."""
        agent = await current_agent(request)
        svc = service(request)
        info = data.context
        if not (info.messages or info.untrusted_values):
            raise BadRequest("context.messages or context.untrusted_values must hold the conversation to prepare",
                             code="INVALID_REQUEST")
        check_history(info.messages, svc.settings.max_history_messages)
        return Prepared(started=svc.pipeline.prepare(agent, info, kind="check") is not None)
