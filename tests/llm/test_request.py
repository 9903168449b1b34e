"""Request facts (token estimate, capabilities used, max_tokens) and the usage answers and streams report."""

from __future__ import annotations

import json
from typing import Any

import pytest

from arbiter.errors import BadRequest
from arbiter.llm.request import (
    BYTES_PER_TOKEN,
    MAX_TOKENS_LIMIT,
    TOKENS_PER_IMAGE,
    TOKENS_PER_MESSAGE,
    Usage,
    UsageMeter,
    facts,
    usage_of_answer,
)

PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAA" * 4_000  # ~96 kB of base64: must not count as text


def oa(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-4o", "messages": list(messages), **extra}


def an(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"model": "claude-sonnet", "max_tokens": 1024, "messages": list(messages), **extra}


def user(content: Any) -> dict[str, Any]:
    return {"role": "user", "content": content}


# ---- the token estimate ----------------------------------------------------------------------

def test_estimate_follows_the_documented_formula() -> None:
    f = facts("openai", oa(user("hello")))
    # "role" + "user" + "content" + "hello" = 20 bytes -> 7 tokens; 4 per message plus 4 for the reply.
    assert f.prompt_tokens == -(-20 // BYTES_PER_TOKEN) + 2 * TOKENS_PER_MESSAGE == 15
    assert f.model == "gpt-4o" and f.images == 0 and not f.tools and not f.stream and f.max_tokens is None


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
def test_estimate_grows_with_the_text(protocol: str) -> None:
    body = oa if protocol == "openai" else an
    base = facts(protocol, body(user("hello"))).prompt_tokens
    assert facts(protocol, body(user("hello" + "a" * 3_000))).prompt_tokens == base + 1_000
    # UTF-8 bytes, not characters: a CJK character is three bytes, one token.
    assert facts(protocol, body(user("hello" + "字" * 300))).prompt_tokens == base + 300
    # Every message adds its text and a per-message overhead.
    two = facts(protocol, body(user("hello"), {"role": "assistant", "content": "hello"}))
    assert two.prompt_tokens > base + TOKENS_PER_MESSAGE


def test_system_and_tools_count_as_prompt() -> None:
    base = facts("anthropic", an(user("hi"))).prompt_tokens
    assert facts("anthropic", an(user("hi"), system="x" * 300)).prompt_tokens == base + 100
    blocks = [{"type": "text", "text": "y" * 600}]
    assert facts("anthropic", an(user("hi"), system=blocks)).prompt_tokens > base + 200
    tools = [{"type": "function", "function": {"name": "lookup", "description": "d" * 900,
                                               "parameters": {"type": "object", "properties": {}}}}]
    without_tools = facts("openai", oa(user("hi"))).prompt_tokens
    assert facts("openai", oa(user("hi"), tools=tools)).prompt_tokens > without_tools + 300


def test_openai_images_count_a_fixed_amount_and_not_their_bytes() -> None:
    text = {"type": "text", "text": "what is in this picture?"}
    image = {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{PNG_B64}", "detail": "high"}}
    without = facts("openai", oa(user([text])))
    one = facts("openai", oa(user([text, image])))
    two = facts("openai", oa(user([text, image, image])))
    assert (without.images, one.images, two.images) == (0, 1, 2)
    assert one.prompt_tokens == without.prompt_tokens + TOKENS_PER_IMAGE == without.prompt_tokens + 1_600
    assert two.prompt_tokens == without.prompt_tokens + 2 * TOKENS_PER_IMAGE
    # A link instead of inline data costs the same.
    link = {"type": "image_url", "image_url": {"url": "https://example.com/cat.png"}}
    assert facts("openai", oa(user([text, link]))).prompt_tokens == one.prompt_tokens


def test_anthropic_images_count_also_inside_tool_results() -> None:
    text = {"type": "text", "text": "describe"}
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": PNG_B64}}
    without = facts("anthropic", an(user([text])))
    with_image = facts("anthropic", an(user([text, image])))
    assert with_image.images == 1
    assert with_image.prompt_tokens == without.prompt_tokens + 1_600
    tool_result = {"type": "tool_result", "tool_use_id": "toolu_1", "content": [image, image]}
    nested = facts("anthropic", an(user([tool_result])))
    assert nested.images == 2
    assert nested.prompt_tokens < 2 * 1_600 + 100  # the base64 data is not counted as text


def test_tools_flag() -> None:
    tool = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    assert facts("openai", oa(user("x"), tools=[tool])).tools is True
    assert facts("openai", oa(user("x"), tools=[])).tools is False
    assert facts("openai", oa(user("x"))).tools is False
    anthropic_tool = {"name": "f", "input_schema": {"type": "object"}}
    assert facts("anthropic", an(user("x"), tools=[anthropic_tool])).tools is True


@pytest.mark.parametrize(("value", "expected"), [(True, True), (False, False), (None, False), ("true", False),
                                                 (1, False)])
def test_stream_flag_is_only_a_real_true(value: Any, expected: bool) -> None:
    assert facts("openai", oa(user("x"), stream=value)).stream is expected
    assert facts("anthropic", an(user("x"), stream=value)).stream is expected


# ---- max_tokens ------------------------------------------------------------------------------

def test_openai_max_tokens_fields() -> None:
    assert facts("openai", oa(user("x"), max_tokens=100)).max_tokens == 100
    assert facts("openai", oa(user("x"), max_completion_tokens=200)).max_tokens == 200
    # The newer field wins when both are given; an explicit null is as good as absent.
    assert facts("openai", oa(user("x"), max_completion_tokens=200, max_tokens=100)).max_tokens == 200
    assert facts("openai", oa(user("x"), max_completion_tokens=None, max_tokens=100)).max_tokens == 100
    assert facts("openai", oa(user("x"), max_tokens=MAX_TOKENS_LIMIT)).max_tokens == MAX_TOKENS_LIMIT


def test_anthropic_max_tokens() -> None:
    assert facts("anthropic", an(user("x"))).max_tokens == 1024
    body = an(user("x"))
    del body["max_tokens"]
    assert facts("anthropic", body).max_tokens is None
    # max_completion_tokens is not an Anthropic field: ignored, even when it is nonsense.
    assert facts("anthropic", {**body, "max_completion_tokens": 0}).max_tokens is None


@pytest.mark.parametrize("value", [0, -1, True, False, "10", 10.0, 10**8, MAX_TOKENS_LIMIT + 1, [5]])
@pytest.mark.parametrize(("protocol", "key"), [("openai", "max_tokens"), ("openai", "max_completion_tokens"),
                                               ("anthropic", "max_tokens")])
def test_impossible_max_tokens_is_refused(protocol: str, key: str, value: Any) -> None:
    body = {"model": "m", "messages": [user("x")], key: value}
    with pytest.raises(BadRequest) as err:
        facts(protocol, body)
    assert err.value.code == "INVALID_REQUEST"
    assert err.value.status == 400
    assert err.value.details == {"field": key}


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
@pytest.mark.parametrize("model", [None, "", 123, ["gpt-4o"]])
def test_a_request_must_name_a_model(protocol: str, model: Any) -> None:
    body: dict[str, Any] = {"messages": [user("x")], "max_tokens": 10}
    if model is not None:
        body["model"] = model
    with pytest.raises(BadRequest) as err:
        facts(protocol, body)
    assert err.value.code == "INVALID_REQUEST"
    assert err.value.details == {"field": "model"}


# ---- the latest user turn --------------------------------------------------------------------

def test_latest_user_text_is_the_last_user_message() -> None:
    body = oa({"role": "system", "content": "you are terse"},
              user("first question"),
              {"role": "assistant", "content": "first answer"},
              user([{"type": "text", "text": "second"},
                    {"type": "image_url", "image_url": {"url": "https://x.invalid/a.png"}},
                    {"type": "text", "text": "question"}]),
              {"role": "assistant", "content": "thinking"},
              {"role": "tool", "tool_call_id": "c1", "content": "tool output"})
    assert facts("openai", body).latest_user_text == "second question"
    assert facts("openai", oa(user("only one"))).latest_user_text == "only one"
    assert facts("openai", oa({"role": "system", "content": "sys"})).latest_user_text == ""
    assert facts("openai", oa()).latest_user_text == ""


def test_latest_user_text_anthropic_blocks_and_truncation() -> None:
    body = an(user([{"type": "text", "text": "alpha"}, {"type": "text", "text": "beta"}]),
              {"role": "assistant", "content": [{"type": "text", "text": "gamma"}]})
    assert facts("anthropic", body).latest_user_text == "alpha beta"
    assert facts("anthropic", an(user("z" * 5_000))).latest_user_text == "z" * 2_000


def test_an_anthropic_tool_loop_keeps_the_last_user_text() -> None:
    body = an(user("write a parser for ISO dates"),
              {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "run", "input": {}}]},
              user([{"type": "tool_result", "tool_use_id": "t1", "content": "ok"}]))
    assert facts("anthropic", body).latest_user_text == "write a parser for ISO dates"


# ---- usage of an answer ----------------------------------------------------------------------

def test_openai_usage() -> None:
    answer = {"id": "chatcmpl-1", "choices": [], "usage": {
        "prompt_tokens": 1_200, "completion_tokens": 80, "total_tokens": 1_280,
        "prompt_tokens_details": {"cached_tokens": 1_024, "audio_tokens": 0},
        "completion_tokens_details": {"reasoning_tokens": 0}}}
    assert usage_of_answer("openai", answer) == Usage(input=1_200, output=80, cached=1_024)
    plain = {"usage": {"prompt_tokens": 10, "completion_tokens": 3, "total_tokens": 13}}
    assert usage_of_answer("openai", plain) == Usage(input=10, output=3, cached=0)
    nulls = {"usage": {"prompt_tokens": 10, "completion_tokens": 3, "prompt_tokens_details": None}}
    assert usage_of_answer("openai", nulls) == Usage(input=10, output=3, cached=0)


def test_anthropic_usage_adds_cache_reads_and_writes_to_the_input() -> None:
    answer = {"id": "msg_1", "type": "message", "usage": {
        "input_tokens": 12, "output_tokens": 40, "cache_read_input_tokens": 2_000,
        "cache_creation_input_tokens": 300}}
    assert usage_of_answer("anthropic", answer) == Usage(input=2_312, output=40, cached=2_000)
    assert usage_of_answer("anthropic", {"usage": {"input_tokens": 5, "output_tokens": 6}}) == \
        Usage(input=5, output=6, cached=0)
    nulls = {"usage": {"input_tokens": 5, "output_tokens": 6, "cache_read_input_tokens": None,
                       "cache_creation_input_tokens": None}}
    assert usage_of_answer("anthropic", nulls) == Usage(input=5, output=6, cached=0)


@pytest.mark.parametrize("protocol", ["openai", "anthropic"])
@pytest.mark.parametrize("answer", [{}, {"usage": None}, {"usage": "lots"}, {"usage": [1, 2]}, [], "text", None])
def test_no_usage_is_none(protocol: str, answer: Any) -> None:
    assert usage_of_answer(protocol, answer) is None


def test_nonsense_counts_read_as_zero() -> None:
    answer = {"usage": {"prompt_tokens": -5, "completion_tokens": True,
                        "prompt_tokens_details": {"cached_tokens": "9"}}}
    assert usage_of_answer("openai", answer) == Usage(input=0, output=0, cached=0)
    answer = {"usage": {"input_tokens": 1.5, "output_tokens": 7, "cache_read_input_tokens": -1}}
    assert usage_of_answer("anthropic", answer) == Usage(input=0, output=7, cached=0)


# ---- usage of a stream -----------------------------------------------------------------------

def _chunk(**kw: Any) -> str:
    return json.dumps({"id": "chatcmpl-9", "object": "chat.completion.chunk", "created": 1718000000,
                       "model": "gpt-4o-mini-2024-07-18", **kw})


OPENAI_STREAM = [
    _chunk(choices=[{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}], usage=None),
    _chunk(choices=[{"index": 0, "delta": {"content": "Hello"}, "finish_reason": None}], usage=None),
    _chunk(choices=[{"index": 0, "delta": {"content": " there \"usage\" mention"}, "finish_reason": None}],
           usage=None),
    _chunk(choices=[{"index": 0, "delta": {}, "finish_reason": "stop"}], usage=None),
    _chunk(choices=[], usage={"prompt_tokens": 19, "completion_tokens": 10, "total_tokens": 29,
                              "prompt_tokens_details": {"cached_tokens": 0}}),
    "[DONE]",
]


def test_usage_meter_reads_the_final_openai_usage_chunk() -> None:
    meter = UsageMeter("openai")
    for i, data in enumerate(OPENAI_STREAM[:-2]):
        meter.see(data, 1_000 + i)
        assert meter.usage is None
    assert meter.first_token_ns == 1_000
    meter.see(OPENAI_STREAM[-2], 2_000)
    meter.see(OPENAI_STREAM[-1], 3_000)
    assert meter.usage == Usage(input=19, output=10, cached=0)
    assert meter.first_token_ns == 1_000


def test_usage_meter_ignores_done_and_broken_events() -> None:
    meter = UsageMeter("openai")
    meter.see("[DONE]", 5)
    meter.see("", 6)
    assert meter.first_token_ns is None
    meter.see('{"usage": {"prompt_tokens": 3', 7)  # truncated JSON: the adapter reports it, not the meter
    meter.see('["usage"]', 8)
    assert meter.usage is None
    assert meter.first_token_ns == 7


ANTHROPIC_STREAM = [
    json.dumps({"type": "message_start", "message": {
        "id": "msg_01", "type": "message", "role": "assistant", "content": [], "model": "claude-sonnet-4",
        "stop_reason": None, "stop_sequence": None,
        "usage": {"input_tokens": 25, "output_tokens": 1, "cache_read_input_tokens": 100,
                  "cache_creation_input_tokens": 0}}}),
    json.dumps({"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}}),
    json.dumps({"type": "ping"}),
    json.dumps({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "Hello"}}),
    json.dumps({"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": "!"}}),
    json.dumps({"type": "content_block_stop", "index": 0}),
    json.dumps({"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": 15}}),
    json.dumps({"type": "message_stop"}),
]


def test_usage_meter_reads_anthropic_start_and_delta() -> None:
    meter = UsageMeter("anthropic")
    meter.see(ANTHROPIC_STREAM[0], 10)
    assert meter.usage == Usage(input=125, output=1, cached=100)
    for i, data in enumerate(ANTHROPIC_STREAM[1:], start=1):
        meter.see(data, 10 + i)
    assert meter.usage == Usage(input=125, output=15, cached=100)
    assert meter.first_token_ns == 10


def test_usage_meter_takes_input_counts_repeated_in_message_delta() -> None:
    meter = UsageMeter("anthropic")
    meter.see(ANTHROPIC_STREAM[0], 1)
    meter.see(json.dumps({"type": "message_delta", "delta": {"stop_reason": "tool_use"},
                          "usage": {"input_tokens": 30, "cache_read_input_tokens": 100,
                                    "cache_creation_input_tokens": 20, "output_tokens": 42}}), 2)
    assert meter.usage == Usage(input=150, output=42, cached=100)


def test_usage_meter_anthropic_delta_without_start() -> None:
    meter = UsageMeter("anthropic")
    meter.see(json.dumps({"type": "message_delta", "delta": {}, "usage": {"output_tokens": 9}}), 1)
    assert meter.usage == Usage(input=0, output=9, cached=0)
