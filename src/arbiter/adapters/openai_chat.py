"""OpenAI Chat Completions, sans-IO: the request going out, the answer (or its SSE stream) coming back.

Out: message texts (user, system, tool results, earlier assistant tool-call arguments) are
scrubbed, and tool definitions the agent may not call are removed. Back: every proposed
``tool_calls[]`` entry is governed; denied calls are removed and, per ``on_deny``, explained
in the assistant content (``finish_reason`` becomes ``stop`` when no call is left) or refused
as a whole (:class:`~arbiter.adapters.base.DeniedCalls`, HTTP 403). Ids are kept.
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

__all__ = ["OpenAIStream", "Prepared", "error_event", "govern_response", "prepare_request"]

_TRUSTED_TEXT_ROLES = ("system", "developer", "user", "assistant")


class Prepared(msgspec.Struct, kw_only=True):
    """A request ready to forward, and what governance needs to know about its conversation."""

    body: dict[str, Any]
    messages: list[Message]  # protocol-neutral, for the provenance check
    stream: bool
    removed_tools: list[str]


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def prepare_request(body: Any, *, may_call: Callable[[str], bool], scrub: OutboundScrub) -> Prepared:
    """Validate the shape we rely on, scrub outgoing texts, filter tool definitions."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list) or not body["messages"]:
        raise BadRequest("a chat completion request needs a non-empty 'messages' list", code="INVALID_REQUEST")
    body = copy.deepcopy(body)
    neutral: list[Message] = []
    calls: dict[str, MessageCall] = {}
    # (container, key) slots whose strings go through one batched scrub.
    slots: list[tuple[Any, Any]] = []
    for i, msg in enumerate(body["messages"]):
        if not isinstance(msg, dict) or not isinstance(msg.get("role"), str):
            raise BadRequest(f"messages[{i}] must be an object with a 'role'", code="INVALID_REQUEST")
        role = msg["role"]
        content = msg.get("content")
        made: list[MessageCall] = []
        for tc in msg.get("tool_calls") or ():
            fn = tc.get("function") if isinstance(tc, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("name"), str):
                # The raw arguments (before scrubbing): provenance compares real values.
                made.append(MessageCall(name=fn["name"], id=tc.get("id") if isinstance(tc.get("id"), str) else None,
                                        arguments=parse_arguments(fn.get("arguments"))[0]))
                if made[-1].id:
                    calls[made[-1].id] = made[-1]
                if isinstance(fn.get("arguments"), str):
                    slots.append((fn, "arguments"))
        # Content as it arrived: a string, or copies of its parts (the scrub below rewrites the body's own).
        raw = [dict(p) if isinstance(p, dict) else p for p in content] if isinstance(content, list) else content
        if role in ("tool", "function"):
            call_id = msg.get("tool_call_id") if isinstance(msg.get("tool_call_id"), str) else None
            producer = calls.get(call_id or "")
            name = producer.name if producer else msg.get("name") if isinstance(msg.get("name"), str) else None
            neutral.append(Message(role="tool", content=raw if raw is not None else "", name=name,
                                   tool_call_id=call_id, index=i))
        elif role in _TRUSTED_TEXT_ROLES:
            neutral.append(Message(role=role, content=_text_of(content), index=i, tool_calls=made or None))
        if isinstance(content, str):
            slots.append((msg, "content"))
        elif isinstance(content, list):
            slots.extend((part, "text") for part in content
                         if isinstance(part, dict) and isinstance(part.get("text"), str))
    _scrub_slots(slots, scrub)
    removed = _filter_tools(body, may_call)
    return Prepared(body=body, messages=neutral, stream=body.get("stream") is True, removed_tools=removed)


def _scrub_slots(slots: list[tuple[Any, Any]], scrub: OutboundScrub) -> None:
    values: list[Any] = []
    decoded: list[bool] = []
    for holder, key in slots:
        raw = holder[key]
        if key == "arguments":
            # Scrub the decoded value, not the JSON text: a match must never cut through an escape.
            parsed, err = parse_arguments(raw)
            values.append(raw if err else parsed)
            decoded.append(err is None)
        else:
            values.append(raw)
            decoded.append(False)
    for (holder, key), clean, was_decoded in zip(slots, scrub.texts(values), decoded, strict=True):
        holder[key] = json.dumps(clean) if was_decoded else clean


def _filter_tools(body: dict[str, Any], may_call: Callable[[str], bool]) -> list[str]:
    removed: list[str] = []
    tools = body.get("tools")
    if isinstance(tools, list):
        kept = []
        for t in tools:
            name = (t.get("function") or {}).get("name") if isinstance(t, dict) else None
            if isinstance(name, str) and may_call(name):
                kept.append(t)
            else:
                removed.append(str(name))
        body["tools"] = kept
        choice = body.get("tool_choice")
        if isinstance(choice, dict) and not may_call(str((choice.get("function") or {}).get("name"))):
            body.pop("tool_choice")
        if not kept:
            # The API refuses tool_choice / parallel_tool_calls without tools.
            for key in ("tools", "tool_choice", "parallel_tool_calls"):
                body.pop(key, None)
    functions = body.get("functions")  # the deprecated form
    if isinstance(functions, list):
        body["functions"] = [f for f in functions if isinstance(f, dict) and may_call(str(f.get("name")))]
        removed += [str(f.get("name")) for f in functions if f not in body["functions"]]
        if not body["functions"]:
            body.pop("functions")
            body.pop("function_call", None)
    return removed


def _proposed(tc: Any, fallback_id: str, scrub: OutboundScrub, max_bytes: int) -> ProposedCall:
    fn = tc.get("function") if isinstance(tc, dict) else None
    if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
        raise UpstreamError("the upstream answer has a tool call without a function name")
    call_id = tc.get("id") if isinstance(tc.get("id"), str) and tc.get("id") else fallback_id
    raw = fn.get("arguments", "")
    if isinstance(raw, str) and len(raw) > max_bytes:
        return ProposedCall(call_id=call_id, name=fn["name"], error=f"the arguments exceed {max_bytes} bytes",
                            error_code="ARGUMENTS_TOO_LARGE")
    args, err = parse_arguments(raw)
    return ProposedCall(call_id=call_id, name=fn["name"], arguments=scrub.restore(args), error=err)


def _rendered_call(outcome: CallOutcome, index: int | None = None) -> dict[str, Any]:
    tc: dict[str, Any] = {"id": outcome.call.call_id, "type": "function",
                          "function": {"name": outcome.call.name, "arguments": json.dumps(outcome.arguments)}}
    if index is not None:
        tc["index"] = index
    return tc


async def govern_response(resp: Any, *, govern: Govern, on_deny: str, scrub: OutboundScrub,
                          max_bytes: int) -> dict[str, Any]:
    """Govern every tool call of a (non-streaming) completion and return the answer to send."""
    choices = resp.get("choices") if isinstance(resp, dict) else None
    if not isinstance(choices, list) or not all(isinstance(c, dict) and isinstance(c.get("message"), dict)
                                                for c in choices):
        raise UpstreamError("the upstream answer is not a chat completion (no choices[].message)")
    proposed: list[tuple[int, ProposedCall]] = []
    for ci, choice in enumerate(choices):
        msg = choice["message"]
        calls = msg.get("tool_calls") or []
        if not isinstance(calls, list):
            raise UpstreamError("the upstream answer's tool_calls is not a list")
        proposed += [(ci, _proposed(tc, f"call_arbiter_{ci}_{k}", scrub, max_bytes)) for k, tc in enumerate(calls)]
        for key in ("content", "refusal"):
            if isinstance(msg.get(key), str):
                msg[key] = scrub.restore_text(msg[key])
    if not proposed:
        return resp
    outcomes = await govern([p for _, p in proposed])
    if on_deny == "error" and not all(o.allowed for o in outcomes):
        raise DeniedCalls.of(outcomes)
    for ci, choice in enumerate(choices):
        mine = [o for (c, _), o in zip(proposed, outcomes, strict=True) if c == ci]
        if not mine:
            continue
        msg = choice["message"]
        kept = [_rendered_call(o) for o in mine if o.allowed]
        notes = [explain(o) for o in mine if not o.allowed]
        if notes:
            msg["content"] = "\n\n".join([msg["content"], *notes] if msg.get("content") else notes)
        if kept:
            msg["tool_calls"] = kept
        else:
            msg.pop("tool_calls", None)
            if choice.get("finish_reason") == "tool_calls":
                choice["finish_reason"] = "stop"
    return resp


def error_event(code: str, message: str) -> bytes:
    """The SSE error event the openai SDK raises on (``data: {"error": ...}``)."""
    return sse({"error": {"message": message, "type": "arbiter_error", "code": code, "param": None}})


class _Choice:
    def __init__(self, scrub: OutboundScrub) -> None:
        self.calls: dict[int, dict[str, Any]] = {}  # upstream index -> {id, name, parts, size}
        self.governed: set[int] = set()
        self.emitted = 0
        self.text_seen = False
        self.restorer = Restorer(scrub)


class OpenAIStream:
    """The SSE state machine: text passes through, each tool call is held until complete,
    governed, then emitted whole (re-indexed) or replaced by an explanation; finish fixed up."""

    def __init__(self, *, govern: Govern, on_deny: str, scrub: OutboundScrub, max_bytes: int) -> None:
        self.govern = govern
        self.on_deny = on_deny
        self.scrub = scrub
        self.max_bytes = max_bytes
        self.choices: dict[int, _Choice] = {}
        self.template: dict[str, Any] = {}
        self.done = False

    def _chunk(self, index: int, delta: dict[str, Any], finish: str | None = None) -> bytes:
        return sse({**self.template, "choices": [{"index": index, "delta": delta, "logprobs": None,
                                                   "finish_reason": finish}]})

    async def _complete(self, index: int, choice: _Choice, upto: int | None = None) -> list[bytes]:
        """Govern the buffered calls of one choice (those before ``upto``, or all) and render them."""
        ready = sorted(i for i in choice.calls if i not in choice.governed and (upto is None or i < upto))
        if not ready:
            return []
        choice.governed.update(ready)
        proposed = []
        for i in ready:
            buf = choice.calls[i]
            raw = "".join(buf["parts"])
            if buf["size"] > self.max_bytes:
                proposed.append(ProposedCall(call_id=buf["id"], name=buf["name"], error_code="ARGUMENTS_TOO_LARGE",
                                             error=f"the arguments exceed {self.max_bytes} bytes"))
                continue
            args, err = parse_arguments(raw)
            proposed.append(ProposedCall(call_id=buf["id"], name=buf["name"], arguments=self.scrub.restore(args),
                                         error=err))
        outcomes = await self.govern(proposed)
        if self.on_deny == "error" and not all(o.allowed for o in outcomes):
            raise DeniedCalls.of(outcomes)
        out: list[bytes] = []
        for o in outcomes:
            if o.allowed:
                out.append(self._chunk(index, {"tool_calls": [_rendered_call(o, choice.emitted)]}))
                choice.emitted += 1
            else:
                text = ("\n\n" if choice.text_seen else "") + explain(o)
                choice.text_seen = True
                out.append(self._chunk(index, {"content": text}))
        return out

    async def feed(self, event: SSEEvent) -> list[bytes]:
        """The bytes to send for one upstream event (possibly none)."""
        if event.data.strip() == "[DONE]":
            out: list[bytes] = []
            for index, choice in sorted(self.choices.items()):
                out += await self._complete(index, choice)  # a stream that never said finish_reason
            self.done = True
            return [*out, b"data: [DONE]\n\n"]
        try:
            obj = json.loads(event.data)
        except ValueError:
            raise UpstreamError("the upstream stream sent an event that is not JSON") from None
        if not isinstance(obj, dict):
            raise UpstreamError("the upstream stream sent an event that is not a JSON object")
        if "error" in obj:
            self.done = True
            return [sse(obj)]
        choices = obj.get("choices")
        self.template = {k: v for k, v in obj.items() if k not in ("choices", "usage")}
        if not choices:
            return [sse(obj)]  # the usage chunk (choices: []) and anything else without choices
        if not isinstance(choices, list):
            raise UpstreamError("the upstream stream sent a chunk whose choices is not a list")
        out = []
        for c in choices:
            out += await self._choice(obj, c)
        return out

    async def _choice(self, obj: dict[str, Any], c: Any) -> list[bytes]:
        if not isinstance(c, dict) or not isinstance(c.get("index", 0), int):
            raise UpstreamError("the upstream stream sent a malformed choice")
        index = c.get("index", 0)
        choice = self.choices.setdefault(index, _Choice(self.scrub))
        delta = dict(c.get("delta") or {})
        tool_deltas = delta.pop("tool_calls", None)
        finish = c.get("finish_reason")
        out: list[bytes] = []
        for tc in tool_deltas or ():
            if not isinstance(tc, dict) or not isinstance(tc.get("index"), int):
                raise UpstreamError("the upstream stream sent a tool call delta without an index")
            i = tc["index"]
            if i not in choice.calls:
                # Calls stream one after another: a new index means the earlier ones are complete.
                out += await self._complete(index, choice, upto=i)
                choice.calls[i] = {"id": f"call_arbiter_{index}_{i}", "name": "", "parts": [], "size": 0}
            buf = choice.calls[i]
            fn = tc.get("function") or {}
            if tc.get("id"):
                buf["id"] = tc["id"]
            if isinstance(fn.get("name"), str):
                buf["name"] += fn["name"]
            piece = fn.get("arguments")
            if isinstance(piece, str) and buf["size"] <= self.max_bytes:
                buf["parts"].append(piece)
                buf["size"] += len(piece)
        if isinstance(delta.get("content"), str) and delta["content"]:
            delta["content"] = choice.restorer.feed(delta["content"])
            choice.text_seen = True
        if delta or (tool_deltas is None and finish is None):
            pre = {**self.template, "choices": [{**c, "delta": delta, "finish_reason": None}]}
            out.append(sse(pre))
        if finish is not None:
            held = choice.restorer.flush()
            if held:
                out.append(self._chunk(index, {"content": held}))
            out += await self._complete(index, choice)
            if finish == "tool_calls" and choice.emitted == 0:
                finish = "stop"
            last = {**self.template, "choices": [{"index": index, "delta": {}, "logprobs": None,
                                                  "finish_reason": finish}]}
            if obj.get("usage") is not None:
                last["usage"] = obj["usage"]
            out.append(sse(last))
        return out
