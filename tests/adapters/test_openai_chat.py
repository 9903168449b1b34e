"""The OpenAI Chat Completions adapter without sockets: request prep, answer governance, the SSE state machine."""

from __future__ import annotations

import json
from typing import Any

import pytest

from arbiter.adapters.base import DeniedCalls, SSEEvent
from arbiter.adapters.openai_chat import OpenAIStream, govern_response, prepare_request
from arbiter.errors import BadRequest, UpstreamError
from arbiter.types import Verdict
from tests.adapters.helpers import FakeGovern, scrub


def _tool(name: str) -> dict[str, Any]:
    return {"type": "function", "function": {"name": name, "parameters": {"type": "object"}}}


def test_prepare_scrubs_history_and_filters_tools() -> None:
    body = {"model": "m", "tool_choice": {"type": "function", "function": {"name": "nuke"}},
            "tools": [_tool("get_order"), _tool("nuke")], "messages": [
                {"role": "system", "content": "be nice"},
                {"role": "user", "content": [{"type": "text", "text": "I am ann@example.com"}]},
                {"role": "assistant", "tool_calls": [{"id": "c1", "type": "function", "function": {
                    "name": "send_email", "arguments": '{"to": "bob@example.com\\n"}'}}]},
                {"role": "tool", "tool_call_id": "c1", "content": "sent to bob@example.com"}]}
    p = prepare_request(body, may_call=lambda n: n == "get_order", scrub=scrub())
    out = json.dumps(p.body)
    assert "ann@example.com" not in out and "bob@example.com" not in out
    args = json.loads(p.body["messages"][2]["tool_calls"][0]["function"]["arguments"])  # still valid JSON
    assert args["to"].startswith("<EMAIL_ADDRESS:")
    assert [t["function"]["name"] for t in p.body["tools"]] == ["get_order"] and "tool_choice" not in p.body
    assert p.removed_tools == ["nuke"]
    assert [(m.role, m.name, m.index) for m in p.messages] == [
        ("system", None, 0), ("user", None, 1), ("assistant", None, 2), ("tool", "send_email", 3)]
    assert p.messages[3].content == "sent to bob@example.com"  # provenance sees the raw text
    assert p.messages[3].tool_call_id == "c1" and p.messages[2].tool_calls is not None
    assert p.messages[2].tool_calls[0].arguments["to"] == "bob@example.com\n"  # and the raw earlier arguments
    assert body["messages"][1]["content"][0]["text"] == "I am ann@example.com"  # the caller's body is untouched
    none_left = prepare_request({"messages": [{"role": "user", "content": "x"}], "tools": [_tool("nuke")],
                                 "parallel_tool_calls": True, "tool_choice": "required"},
                                may_call=lambda n: False, scrub=scrub()).body
    assert set(none_left) == {"messages"}


@pytest.mark.parametrize("body", [{}, {"messages": []}, {"messages": ["x"]}, []])
def test_prepare_refuses_bad_shapes(body: Any) -> None:
    with pytest.raises(BadRequest):
        prepare_request(body, may_call=lambda n: True, scrub=scrub())


def _completion(calls: list[tuple[str, str, str]], content: str | None = None) -> dict[str, Any]:
    return {"id": "x", "object": "chat.completion", "choices": [{"index": 0, "finish_reason": "tool_calls",
            "message": {"role": "assistant", "content": content, "tool_calls": [
                {"id": i, "type": "function", "function": {"name": n, "arguments": a}} for i, n, a in calls]}}]}


async def test_govern_response_removes_and_explains() -> None:
    resp = _completion([("c1", "get_order", '{"order_id": "1"}'), ("c2", "nuke", "{}"), ("c3", "get_order", "{")])
    out = await govern_response(resp, govern=FakeGovern("nuke"), on_deny="message", scrub=scrub(), max_bytes=1000)
    msg = out["choices"][0]["message"]
    assert [t["id"] for t in msg["tool_calls"]] == ["c1"] and out["choices"][0]["finish_reason"] == "tool_calls"
    assert "'nuke' (id c2)" in msg["content"] and "MALFORMED_ARGUMENTS" in msg["content"]
    only_denied = await govern_response(_completion([("c2", "nuke", "{}")], "hi"), govern=FakeGovern("nuke"),
                                        on_deny="message", scrub=scrub(), max_bytes=1000)
    assert only_denied["choices"][0]["finish_reason"] == "stop"
    assert "tool_calls" not in only_denied["choices"][0]["message"]
    assert only_denied["choices"][0]["message"]["content"].startswith("hi\n\n[arbiter]")
    with pytest.raises(DeniedCalls) as err:
        await govern_response(_completion([("c2", "nuke", "{}")]), govern=FakeGovern("nuke"), on_deny="error",
                              scrub=scrub(), max_bytes=1000)
    assert err.value.status == 403 and err.value.details["calls"][0]["call_id"] == "c2"
    big = await govern_response(_completion([("c4", "get_order", json.dumps({"q": "x" * 50}))]),
                                govern=FakeGovern(), on_deny="message", scrub=scrub(), max_bytes=20)
    assert "ARGUMENTS_TOO_LARGE" in big["choices"][0]["message"]["content"]
    with pytest.raises(UpstreamError):
        await govern_response({"choices": "nope"}, govern=FakeGovern(), on_deny="message", scrub=scrub(),
                              max_bytes=10)


def _ev(obj: Any) -> SSEEvent:
    return SSEEvent(None, obj if isinstance(obj, str) else json.dumps(obj))


def _chunk(delta: dict[str, Any], finish: str | None = None) -> SSEEvent:
    return _ev({"id": "s", "object": "chat.completion.chunk", "model": "m",
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def _tc(i: int, args: str, id: str | None = None, name: str | None = None) -> dict[str, Any]:
    fn: dict[str, Any] = {"arguments": args}
    if name:
        fn["name"] = name
    return {"tool_calls": [{"index": i, **({"id": id, "type": "function"} if id else {}), "function": fn}]}


async def _run(machine: OpenAIStream, events: list[SSEEvent]) -> list[Any]:
    out: list[Any] = []
    for e in events:
        for b in await machine.feed(e):
            text = b.decode()
            assert text.startswith("data: ") and text.endswith("\n\n")
            out.append(text[6:-2] if text[6:-2] == "[DONE]" else json.loads(text[6:-2]))
    return out


async def test_stream_passes_text_and_governs_each_call_when_complete() -> None:
    gov = FakeGovern("nuke")
    m = OpenAIStream(govern=gov, on_deny="message", scrub=scrub(), max_bytes=1000)
    first = await _run(m, [_chunk({"role": "assistant", "content": ""}), _chunk({"content": "Hel"}),
                           _chunk({"content": "lo"}), _chunk(_tc(0, "", "c1", "get_order")),
                           _chunk(_tc(0, '{"order_id"')), _chunk(_tc(0, ': "1"}'))])
    assert [c["choices"][0]["delta"].get("content") for c in first] == ["", "Hel", "lo"]  # text immediately
    assert gov.seen == []  # call 0 not complete yet
    second = await _run(m, [_chunk(_tc(1, "{}", "c2", "nuke"))])
    assert [c.name for c in gov.seen] == ["get_order"]  # a new index completed call 0
    assert second[0]["choices"][0]["delta"]["tool_calls"] == [
        {"index": 0, "id": "c1", "type": "function", "function": {"name": "get_order",
                                                                  "arguments": '{"order_id": "1"}'}}]
    rest = await _run(m, [_chunk({}, "tool_calls"), _ev({"id": "s", "choices": [], "usage": {"total_tokens": 3}}),
                          _ev("[DONE]")])
    assert "'nuke' (id c2)" in rest[0]["choices"][0]["delta"]["content"]
    assert rest[1]["choices"][0]["finish_reason"] == "tool_calls"
    assert rest[2]["usage"] == {"total_tokens": 3} and rest[3] == "[DONE]" and m.done


async def test_stream_all_denied_finishes_stop_and_error_mode_raises() -> None:
    m = OpenAIStream(govern=FakeGovern("nuke"), on_deny="message", scrub=scrub(), max_bytes=1000)
    out = await _run(m, [_chunk(_tc(0, "{}", "c1", "nuke")), _chunk({}, "tool_calls")])
    assert out[-1]["choices"][0]["finish_reason"] == "stop"
    m403 = OpenAIStream(govern=FakeGovern("nuke"), on_deny="error", scrub=scrub(), max_bytes=1000)
    with pytest.raises(DeniedCalls):
        await _run(m403, [_chunk(_tc(0, "{}", "c1", "nuke")), _chunk({}, "tool_calls")])


async def test_stream_restores_pseudonyms_split_across_deltas() -> None:
    s = scrub()
    token = s.texts(["ann@example.com"])[0]
    m = OpenAIStream(govern=FakeGovern(), on_deny="message", scrub=s, max_bytes=1000)
    out = await _run(m, [_chunk({"content": "to " + token[:5]}), _chunk({"content": token[5:]}),
                         _chunk(_tc(0, json.dumps({"to": token}), "c1", "send_email")), _chunk({}, "tool_calls")])
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in out)
    assert text == "to ann@example.com"
    deltas = [c["choices"][0]["delta"] for c in out]
    args = [json.loads(tc["function"]["arguments"]) for d in deltas for tc in d.get("tool_calls", [])]
    assert args == [{"to": "ann@example.com"}]


async def test_stream_malformed_events() -> None:
    m = OpenAIStream(govern=FakeGovern(), on_deny="message", scrub=scrub(), max_bytes=1000)
    with pytest.raises(UpstreamError):
        await m.feed(_ev("{not json"))
    with pytest.raises(UpstreamError):
        await m.feed(_chunk({"tool_calls": [{"function": {"arguments": "{}"}}]}))  # no index
    passthrough = await m.feed(_ev({"error": {"message": "upstream says no"}}))
    assert json.loads(passthrough[0].decode()[6:]) == {"error": {"message": "upstream says no"}} and m.done


async def test_held_and_unknown_verdicts_are_never_handed_on() -> None:
    govern = FakeGovern(verdicts={"refund": Verdict(verdict="hold", approval_id="apr_9"),
                                  "odd": Verdict(verdict="maybe")})  # type: ignore[arg-type]
    out = await govern_response(_completion([("c1", "refund", "{}"), ("c2", "odd", "{}"), ("c3", "get_order", "{}")]),
                                govern=govern, on_deny="message", scrub=scrub(), max_bytes=1000)
    msg = out["choices"][0]["message"]
    assert [t["id"] for t in msg["tool_calls"]] == ["c3"]
    assert "'refund' (id c1) is held for a person's approval (approval apr_9)" in msg["content"]
    assert "'odd' (id c2) was blocked and not executed" in msg["content"]
    stream = OpenAIStream(govern=govern, on_deny="message", scrub=scrub(), max_bytes=1000)
    sent = b""
    for obj in ({"id": "x", "choices": [{"index": 0, "delta": {"tool_calls": [
                    {"index": 0, "id": "c1", "function": {"name": "refund", "arguments": "{}"}}]}}]},
                {"id": "x", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]}):
        sent += b"".join(await stream.feed(_ev(obj)))
    assert b'"tool_calls"' not in sent and b"held for a person" in sent and b'"finish_reason":"stop"' in sent
