"""The Anthropic Messages adapter without sockets: request prep, answer governance, the SSE state machine."""

from __future__ import annotations

import json
from typing import Any

import pytest

from arbiter.adapters.anthropic_messages import AnthropicStream, govern_response, prepare_request
from arbiter.adapters.base import DeniedCalls, SSEEvent
from arbiter.errors import BadRequest, UpstreamError
from arbiter.types import Verdict
from tests.adapters.helpers import FakeGovern, scrub


def test_prepare_scrubs_blocks_and_filters_tools() -> None:
    body = {"model": "m", "system": [{"type": "text", "text": "ops: ops@example.com"}],
            "tools": [{"name": "get_order"}, {"name": "nuke"}], "tool_choice": {"type": "any"}, "messages": [
                {"role": "user", "content": "hi, I'm ann@example.com"},
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "read_inbox",
                                                   "input": {"q": "from bob@example.com"}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
                                              "content": [{"type": "text", "text": "mail from eve@example.net"}]},
                                             {"type": "text", "text": "thanks"}]}]}
    p = prepare_request(body, may_call=lambda n: n == "get_order", scrub=scrub())
    out = json.dumps(p.body)
    for addr in ("ops@example.com", "ann@example.com", "bob@example.com", "eve@example.net"):
        assert addr not in out
    assert [t["name"] for t in p.body["tools"]] == ["get_order"] and p.body["tool_choice"] == {"type": "any"}
    assert [(m.role, m.name, m.index) for m in p.messages] == [
        ("system", None, "system"), ("user", None, 0), ("assistant", None, 1), ("tool", "read_inbox", 2),
        ("user", None, 2)]
    calls = p.messages[2].tool_calls
    assert calls is not None and calls[0].arguments == {"q": "from bob@example.com"}
    assert p.messages[3].content == [{"type": "text", "text": "mail from eve@example.net"}]  # raw, not scrubbed
    p2 = prepare_request({"messages": [{"role": "user", "content": "x"}], "tools": [{"name": "nuke"}],
                          "tool_choice": {"type": "tool", "name": "nuke"}}, may_call=lambda n: False, scrub=scrub())
    assert set(p2.body) == {"messages"}
    with pytest.raises(BadRequest):
        prepare_request({"messages": [{"role": "tool", "content": "x"}]}, may_call=lambda n: True, scrub=scrub())


async def test_govern_response_replaces_denied_block_in_place() -> None:
    resp = {"type": "message", "stop_reason": "tool_use", "content": [
        {"type": "text", "text": "ok"}, {"type": "tool_use", "id": "t1", "name": "nuke", "input": {}},
        {"type": "tool_use", "id": "t2", "name": "get_order", "input": {"order_id": "1"}}]}
    out = await govern_response(resp, govern=FakeGovern("nuke"), on_deny="message", scrub=scrub(), max_bytes=100)
    assert [b["type"] for b in out["content"]] == ["text", "text", "tool_use"] and out["stop_reason"] == "tool_use"
    assert "'nuke' (id t1)" in out["content"][1]["text"]
    only = await govern_response({"stop_reason": "tool_use", "content": [
        {"type": "tool_use", "id": "t1", "name": "nuke", "input": {}}]}, govern=FakeGovern("nuke"),
        on_deny="message", scrub=scrub(), max_bytes=100)
    assert only["stop_reason"] == "end_turn"
    with pytest.raises(DeniedCalls):
        await govern_response({"content": [{"type": "tool_use", "id": "t1", "name": "nuke", "input": {}}]},
                              govern=FakeGovern("nuke"), on_deny="error", scrub=scrub(), max_bytes=100)
    with pytest.raises(UpstreamError):
        await govern_response({"content": "text"}, govern=FakeGovern(), on_deny="message", scrub=scrub(),
                              max_bytes=100)


def _ev(obj: dict[str, Any]) -> SSEEvent:
    return SSEEvent(obj["type"], json.dumps(obj))


def _tool_block(index: int, id: str, name: str, pieces: list[str]) -> list[SSEEvent]:
    return [_ev({"type": "content_block_start", "index": index,
                 "content_block": {"type": "tool_use", "id": id, "name": name, "input": {}}}),
            *[_ev({"type": "content_block_delta", "index": index,
                   "delta": {"type": "input_json_delta", "partial_json": p}}) for p in pieces],
            _ev({"type": "content_block_stop", "index": index})]


async def _run(m: AnthropicStream, events: list[SSEEvent]) -> list[dict[str, Any]]:
    out = []
    for e in events:
        for b in await m.feed(e):
            head, data = b.decode().split("\n", 1)
            assert b.endswith(b"\n\n") and head.startswith("event: ")
            obj = json.loads(data.removeprefix("data: "))
            assert head == f"event: {obj['type']}"
            out.append(obj)
    return out


async def test_stream_text_passes_tool_blocks_governed_at_stop() -> None:
    gov = FakeGovern("nuke")
    m = AnthropicStream(govern=gov, on_deny="message", scrub=scrub(), max_bytes=1000)
    start = await _run(m, [_ev({"type": "message_start", "message": {"content": []}}),
                           _ev({"type": "content_block_start", "index": 0, "content_block": {"type": "text"}}),
                           _ev({"type": "content_block_delta", "index": 0,
                                "delta": {"type": "text_delta", "text": "Hi"}}),
                           _ev({"type": "content_block_stop", "index": 0})])
    assert [e["type"] for e in start] == ["message_start", "content_block_start", "content_block_delta",
                                          "content_block_stop"]
    held = await _run(m, _tool_block(1, "t1", "get_order", ['{"order_', 'id": "1"}'])[:-1])
    assert held == [] and gov.seen == []
    done = await _run(m, _tool_block(1, "t1", "get_order", [])[-1:])
    assert [e["type"] for e in done] == ["content_block_start", "content_block_delta", "content_block_stop"]
    assert json.loads(done[1]["delta"]["partial_json"]) == {"order_id": "1"}
    denied = await _run(m, _tool_block(2, "t2", "nuke", ["{}"]))
    assert denied[0]["content_block"]["type"] == "text" and "'nuke' (id t2)" in denied[1]["delta"]["text"]
    end = await _run(m, [_ev({"type": "message_delta", "delta": {"stop_reason": "tool_use"}}),
                         _ev({"type": "message_stop"})])
    assert end[0]["delta"]["stop_reason"] == "tool_use" and m.done


async def test_stream_stop_reason_fixed_malformed_and_error_mode() -> None:
    m = AnthropicStream(govern=FakeGovern(), on_deny="message", scrub=scrub(), max_bytes=1000)
    out = await _run(m, [*_tool_block(0, "t1", "get_order", ['{"order_id": ']),
                         _ev({"type": "message_delta", "delta": {"stop_reason": "tool_use"}})])
    assert "MALFORMED_ARGUMENTS" in out[1]["delta"]["text"] and out[-1]["delta"]["stop_reason"] == "end_turn"
    m403 = AnthropicStream(govern=FakeGovern("nuke"), on_deny="error", scrub=scrub(), max_bytes=1000)
    with pytest.raises(DeniedCalls):
        await _run(m403, _tool_block(0, "t1", "nuke", ["{}"]))
    with pytest.raises(UpstreamError):
        await m.feed(SSEEvent("x", "{broken"))


async def test_held_and_unknown_verdicts_are_never_handed_on() -> None:
    govern = FakeGovern(verdicts={"refund": Verdict(verdict="hold", approval_id="apr_9"),
                                  "odd": Verdict(verdict="maybe")})  # type: ignore[arg-type]
    out = await govern_response({"stop_reason": "tool_use", "content": [
        {"type": "tool_use", "id": "t1", "name": "refund", "input": {}},
        {"type": "tool_use", "id": "t2", "name": "odd", "input": {}}]},
        govern=govern, on_deny="message", scrub=scrub(), max_bytes=100)
    assert [b["type"] for b in out["content"]] == ["text", "text"] and out["stop_reason"] == "end_turn"
    assert "is held for a person's approval (approval apr_9)" in out["content"][0]["text"]
    assert "was blocked and not executed" in out["content"][1]["text"]
