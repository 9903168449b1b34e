"""What routing needs to know about a model request, and what an answer says it cost.

Token estimates are conservative on purpose (a budget must not be overrun on an estimate): no
tokenizer of the providers' BPE vocabularies ships offline, so a prompt is counted as one token
per three UTF-8 bytes of its text (English averages about four characters a token, code about
three, CJK about one character, i.e. three bytes), plus a few tokens per message, plus a fixed
1,600 tokens per image (the most a provider charges for a default-detail image). The real
counts come from the answer's ``usage`` and replace the estimate once known.
"""

from __future__ import annotations

from typing import Any

import msgspec

from arbiter.errors import BadRequest

__all__ = ["RequestFacts", "Usage", "UsageMeter", "facts", "usage_of_answer"]

BYTES_PER_TOKEN = 3
TOKENS_PER_MESSAGE = 4
TOKENS_PER_IMAGE = 1_600
MAX_TOKENS_LIMIT = 10_000_000
_IMAGE_TYPES = frozenset({"image", "image_url", "input_image"})


class RequestFacts(msgspec.Struct, kw_only=True):
    """The routing-relevant facts of one request."""

    model: str
    prompt_tokens: int  # estimated
    max_tokens: int | None  # as the request gives it
    stream: bool
    tools: bool
    images: int
    latest_user_text: str


class Usage(msgspec.Struct, kw_only=True):
    """Tokens an answer reports (``input`` includes cached input)."""

    input: int = 0
    output: int = 0
    cached: int = 0


def _walk(value: Any, acc: list[int]) -> None:
    """acc[0]: text bytes; acc[1]: images."""
    if isinstance(value, str):
        acc[0] += len(value.encode("utf-8", "surrogatepass"))
    elif isinstance(value, list):
        for v in value:
            _walk(v, acc)
    elif isinstance(value, dict):
        if value.get("type") in _IMAGE_TYPES:
            acc[1] += 1
            return  # base64 image data is not text tokens
        for k, v in value.items():
            acc[0] += len(k)
            _walk(v, acc)
    elif value is not None:
        acc[0] += 4


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(p["text"] for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def facts(protocol: str, body: dict[str, Any]) -> RequestFacts:
    """Facts of a request body (already shape-checked by the adapter). Raises :class:`BadRequest` for a
    missing model or an impossible ``max_tokens``."""
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise BadRequest("the request names no model ('model' must be a non-empty string)", code="INVALID_REQUEST",
                         details={"field": "model"})
    keys = ("max_completion_tokens", "max_tokens") if protocol == "openai" else ("max_tokens",)
    max_tokens = None
    for key in keys:
        if body.get(key) is not None:
            value = body[key]
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_TOKENS_LIMIT:
                raise BadRequest(f"'{key}' must be an integer from 1 to {MAX_TOKENS_LIMIT}", code="INVALID_REQUEST",
                                 details={"field": key})
            max_tokens = value
            break
    messages = body.get("messages") or []
    acc = [0, 0]
    _walk(messages, acc)
    _walk(body.get("system"), acc)
    _walk(body.get("tools"), acc)
    prompt = -(-acc[0] // BYTES_PER_TOKEN) + TOKENS_PER_MESSAGE * (len(messages) + 1) + TOKENS_PER_IMAGE * acc[1]
    # The last user turn with text: in Anthropic tool loops the latest user message holds only tool_result blocks.
    latest = next((t for m in reversed(messages) if isinstance(m, dict) and m.get("role") == "user"
                   and (t := _text(m.get("content"))).strip()), "")
    return RequestFacts(model=model, prompt_tokens=prompt, max_tokens=max_tokens, stream=body.get("stream") is True,
                        tools=bool(body.get("tools")), images=acc[1], latest_user_text=latest[:2000])


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def usage_of_answer(protocol: str, answer: Any) -> Usage | None:
    """The usage a non-streamed answer reports, or None when it reports none."""
    u = answer.get("usage") if isinstance(answer, dict) else None
    if not isinstance(u, dict):
        return None
    if protocol == "openai":
        details = u.get("prompt_tokens_details")
        cached = _int(details.get("cached_tokens")) if isinstance(details, dict) else 0
        return Usage(input=_int(u.get("prompt_tokens")), output=_int(u.get("completion_tokens")), cached=cached)
    cached = _int(u.get("cache_read_input_tokens"))
    written = _int(u.get("cache_creation_input_tokens"))
    return Usage(input=_int(u.get("input_tokens")) + cached + written, output=_int(u.get("output_tokens")),
                 cached=cached)


class UsageMeter:
    """Reads usage out of a stream's events as they pass (OpenAI: the final ``usage`` chunk; Anthropic:
    ``message_start`` for input, ``message_delta`` for the cumulative output)."""

    def __init__(self, protocol: str) -> None:
        self.protocol = protocol
        self.usage: Usage | None = None
        self.first_token_ns: int | None = None

    def see(self, data: str, now_ns: int) -> None:
        if self.first_token_ns is None and data and data != "[DONE]":
            self.first_token_ns = now_ns
        if '"usage"' not in data:
            return
        try:
            obj = msgspec.json.decode(data)
        except msgspec.DecodeError:
            return  # the adapter reports malformed events
        if not isinstance(obj, dict):
            return
        if self.protocol == "openai":
            found = usage_of_answer("openai", obj)
            if found is not None:
                self.usage = found
            return
        kind = obj.get("type")
        if kind == "message_start" and isinstance(obj.get("message"), dict):
            found = usage_of_answer("anthropic", obj["message"])
            if found is not None:
                self.usage = Usage(input=found.input, output=found.output, cached=found.cached)
        elif kind == "message_delta" and isinstance(obj.get("usage"), dict):
            u = obj["usage"]
            base = self.usage or Usage()
            out = _int(u.get("output_tokens"))
            # Newer streams may repeat input counts in message_delta; take them when given.
            inp = _int(u.get("input_tokens")) + _int(u.get("cache_read_input_tokens")) \
                + _int(u.get("cache_creation_input_tokens"))
            self.usage = Usage(input=inp or base.input, output=out or base.output,
                               cached=_int(u.get("cache_read_input_tokens")) or base.cached)
