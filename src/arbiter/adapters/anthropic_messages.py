"""Anthropic Messages, sans-IO: the request going out, the answer (or its SSE stream) coming back.

Out: system text, message texts, ``tool_result`` contents and earlier ``tool_use`` inputs are
scrubbed; tool definitions the agent may not call are removed. Back: every ``tool_use`` block
is governed. A denied block is replaced in place by a text block explaining why (so block
indexes never shift), or, with ``on_deny: error``, the answer is refused (HTTP 403, or an
``error`` event once a stream has started). ``stop_reason`` becomes ``end_turn`` when no
``tool_use`` is left. Ids are kept.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import msgspec

from arbiter.adapters.base import (
    CallOutcome,
    DeniedCalls,
    Govern,
    OutboundScrub,
    ProposedCall,
    Restorer,
    SSEEvent,
    explain,
    parse_arguments,
    sse,
)
from arbiter.errors import BadRequest, UpstreamError
from arbiter.types import Message, MessageCall

__all__ = ["AnthropicStream", "Prepared", "error_event", "govern_response", "prepare_request"]


class Prepared(msgspec.Struct, kw_only=True):
    """A request ready to forward, and what governance needs to know about its conversation."""

    body: dict[str, Any]
    messages: list[Message]  # protocol-neutral, for the provenance check
    stream: bool
    removed_tools: list[str]


def _texts(content: Any) -> list[tuple[Any, str]]:
    """(holder, key) slots of the text inside a content value (a string or a list of blocks)."""
    if isinstance(content, list):
        return [(b, "text") for b in content if isinstance(b, dict) and isinstance(b.get("text"), str)]
    return []


def _joined(content: Any) -> str:
    if isinstance(content, str):
        return content
    return "\n".join(h[k] for h, k in _texts(content))


def prepare_request(body: Any, *, may_call: Callable[[str], bool], scrub: OutboundScrub) -> Prepared:
    """Validate the shape we rely on, scrub outgoing texts, filter tool definitions."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list) or not body["messages"]:
        raise BadRequest("a messages request needs a non-empty 'messages' list", code="INVALID_REQUEST")
    body = copy.deepcopy(body)
    neutral: list[Message] = []
    slots: list[tuple[Any, Any]] = []
    system = body.get("system")
    if system is not None:
        neutral.append(Message(role="system", content=_joined(system), index="system"))
        slots += [(body, "system")] if isinstance(system, str) else _texts(system)
    calls: dict[str, MessageCall] = {}
    for i, msg in enumerate(body["messages"]):
        if not isinstance(msg, dict) or msg.get("role") not in ("user", "assistant"):
            raise BadRequest(f"messages[{i}] must be an object with role 'user' or 'assistant'",
                             code="INVALID_REQUEST")
        role, content = msg["role"], msg.get("content")
        if isinstance(content, str):
            neutral.append(Message(role=role, content=content, index=i))
            slots.append((msg, "content"))
            continue
        if not isinstance(content, list):
            raise BadRequest(f"messages[{i}].content must be a string or a list of blocks", code="INVALID_REQUEST")
        texts: list[str] = []
        made: list[MessageCall] = []
        for block in content:
            if not isinstance(block, dict):
                continue
            kind = block.get("type")
            if kind == "text" and isinstance(block.get("text"), str):
                texts.append(block["text"])
                slots.append((block, "text"))
            elif kind == "tool_use":
                if isinstance(block.get("name"), str):
                    # The raw input (before scrubbing): provenance compares real values.
                    made.append(MessageCall(name=block["name"], arguments=copy.deepcopy(block.get("input")),
                                            id=block["id"] if isinstance(block.get("id"), str) else None))
                    if made[-1].id:
                        calls[made[-1].id] = made[-1]
                if "input" in block:
                    slots.append((block, "input"))
            elif kind == "tool_result":
                inner = block.get("content")
                use_id = block.get("tool_use_id") if isinstance(block.get("tool_use_id"), str) else None
                producer = calls.get(use_id or "")
                raw = [dict(b) if isinstance(b, dict) else b for b in inner] if isinstance(inner, list) else inner
                neutral.append(Message(role="tool", content=raw if raw is not None else "", index=i,
                                       name=producer.name if producer else None, tool_call_id=use_id))
                slots += [(block, "content")] if isinstance(inner, str) else _texts(inner)
        if texts or made:
            neutral.append(Message(role=role, content="\n".join(texts), index=i, tool_calls=made or None))
    for (holder, key), clean in zip(slots, scrub.texts([h[k] for h, k in slots]), strict=True):
        holder[key] = clean
    removed: list[str] = []
    tools = body.get("tools")
    if isinstance(tools, list):
        kept = [t for t in tools if isinstance(t, dict) and may_call(str(t.get("name")))]
        removed = [str(t.get("name")) if isinstance(t, dict) else "?" for t in tools if t not in kept]
        body["tools"] = kept
        choice = body.get("tool_choice")
        if isinstance(choice, dict) and choice.get("type") == "tool" and not may_call(str(choice.get("name"))):
            body.pop("tool_choice")
        if not kept:
            body.pop("tools")
            body.pop("tool_choice", None)  # "any" / "auto" without tools is refused upstream
    return Prepared(body=body, messages=neutral, stream=body.get("stream") is True, removed_tools=removed)


def _proposed(block: dict[str, Any], fallback_id: str, scrub: OutboundScrub) -> ProposedCall:
    if not isinstance(block.get("name"), str):
        raise UpstreamError("the upstream answer has a tool_use block without a name")
    call_id = block["id"] if isinstance(block.get("id"), str) and block["id"] else fallback_id
    return ProposedCall(call_id=call_id, name=block["name"], arguments=scrub.restore(block.get("input")))


def _text_block(outcome: CallOutcome) -> dict[str, Any]:
    return {"type": "text", "text": explain(outcome)}


async def govern_response(resp: Any, *, govern: Govern, on_deny: str, scrub: OutboundScrub,
                          max_bytes: int) -> dict[str, Any]:
    """Govern every ``tool_use`` block of a (non-streaming) message and return the answer to send."""
    content = resp.get("content") if isinstance(resp, dict) else None
    if not isinstance(content, list) or not all(isinstance(b, dict) for b in content):
        raise UpstreamError("the upstream answer is not a message (no content[] blocks)")
    at: list[int] = []
    proposed: list[ProposedCall] = []
    for i, block in enumerate(content):
        if block.get("type") == "tool_use":
            at.append(i)
            proposed.append(_proposed(block, f"toolu_arbiter_{i}", scrub))
        elif block.get("type") == "text" and isinstance(block.get("text"), str):
            block["text"] = scrub.restore_text(block["text"])
    if not proposed:
        return resp
    outcomes = await govern(proposed)
    if on_deny == "error" and not all(o.allowed for o in outcomes):
        raise DeniedCalls.of(outcomes)
    for i, o in zip(at, outcomes, strict=True):
        content[i] = {**content[i], "id": o.call.call_id, "input": o.arguments} if o.allowed else _text_block(o)
    if resp.get("stop_reason") == "tool_use" and not any(o.allowed for o in outcomes):
        resp["stop_reason"] = "end_turn"
    return resp


def error_event(code: str, message: str) -> bytes:
    """The SSE ``error`` event the anthropic SDK raises on."""
    return sse({"type": "error", "error": {"type": "api_error", "message": f"{code}: {message}"}}, event="error")


def _event(obj: dict[str, Any]) -> bytes:
    return sse(obj, event=str(obj.get("type")))


class AnthropicStream:
    """The SSE state machine: text blocks pass through, each ``tool_use`` block is held until its
    ``content_block_stop``, governed, then emitted whole or replaced by a text block; stop_reason fixed."""

    def __init__(self, *, govern: Govern, on_deny: str, scrub: OutboundScrub, max_bytes: int) -> None:
        self.govern = govern
        self.on_deny = on_deny
        self.scrub = scrub
        self.max_bytes = max_bytes
        self.tools: dict[int, dict[str, Any]] = {}  # block index -> {block, parts, size}
        self.texts: dict[int, Restorer] = {}
        self.allowed = 0
        self.done = False

    async def feed(self, event: SSEEvent) -> list[bytes]:
        """The bytes to send for one upstream event (possibly none)."""
        try:
            obj = json.loads(event.data)
        except ValueError:
            raise UpstreamError("the upstream stream sent an event that is not JSON") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("type"), str):
            raise UpstreamError("the upstream stream sent an event without a type")
        kind = obj["type"]
        index = obj.get("index")
        if kind == "content_block_start":
            block = obj.get("content_block")
            if not isinstance(block, dict) or not isinstance(index, int):
                raise UpstreamError("the upstream stream sent a malformed content_block_start")
            if block.get("type") == "tool_use":
                self.tools[index] = {"block": block, "parts": [], "size": 0}
                return []
            if block.get("type") == "text":
                self.texts[index] = Restorer(self.scrub)
            return [_event(obj)]
        if kind == "content_block_delta" and index in self.tools:
            buf = self.tools[index]
            piece = (obj.get("delta") or {}).get("partial_json")
            if isinstance(piece, str) and buf["size"] <= self.max_bytes:
                buf["parts"].append(piece)
                buf["size"] += len(piece)
            return []
        if kind == "content_block_delta" and index in self.texts:
            delta = obj.get("delta") or {}
            if delta.get("type") == "text_delta" and isinstance(delta.get("text"), str):
                text = self.texts[index].feed(delta["text"])
                if not text:
                    return []
                obj = {**obj, "delta": {**delta, "text": text}}
            return [_event(obj)]
        if kind == "content_block_stop" and index in self.tools:
            return await self._complete(index, self.tools.pop(index))
        if kind == "content_block_stop" and index in self.texts:
            held = self.texts.pop(index).flush()
            pre = [_event({"type": "content_block_delta", "index": index,
                           "delta": {"type": "text_delta", "text": held}})] if held else []
            return [*pre, _event(obj)]
        if kind == "message_delta":
            delta = obj.get("delta") or {}
            if delta.get("stop_reason") == "tool_use" and self.allowed == 0:
                obj = {**obj, "delta": {**delta, "stop_reason": "end_turn"}}
            return [_event(obj)]
        if kind in ("message_stop", "error"):
            self.done = True
        return [_event(obj)]

    async def _complete(self, index: int, buf: dict[str, Any]) -> list[bytes]:
        block = buf["block"]
        if buf["size"] > self.max_bytes:
            call = ProposedCall(call_id=str(block.get("id")), name=str(block.get("name")),
                                error=f"the arguments exceed {self.max_bytes} bytes", error_code="ARGUMENTS_TOO_LARGE")
        else:
            raw = "".join(buf["parts"])
            args, err = parse_arguments(raw) if raw else (block.get("input") or {}, None)
            call = _proposed({**block, "input": args}, f"toolu_arbiter_{index}", self.scrub)
            call.error = err
        (outcome,) = await self.govern([call])
        if not outcome.allowed and self.on_deny == "error":
            raise DeniedCalls.of([outcome])
        if outcome.allowed:
            self.allowed += 1
            return [
                _event({"type": "content_block_start", "index": index,
                        "content_block": {**block, "id": call.call_id, "input": {}}}),
                _event({"type": "content_block_delta", "index": index,
                        "delta": {"type": "input_json_delta", "partial_json": json.dumps(outcome.arguments)}}),
                _event({"type": "content_block_stop", "index": index}),
            ]
        return [
            _event({"type": "content_block_start", "index": index, "content_block": {"type": "text", "text": ""}}),
            _event({"type": "content_block_delta", "index": index,
                    "delta": {"type": "text_delta", "text": explain(outcome)}}),
            _event({"type": "content_block_stop", "index": index}),
        ]
