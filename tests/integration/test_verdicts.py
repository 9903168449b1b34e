"""Every entry point renders a verdict only through the one handling: a verdict no code knows is a deny,
and a hold is never executed.

A check is slipped into the real chain right after the allowlist check. It answers ``maybe`` (a
verdict name nothing knows, as a buggy or future check might) or ``hold``. Through each entry
point, with the official SDKs where there is a protocol, the test shows that nothing reaches the
tool (HTTP upstream, MCP upstream) or the agent (a model's proposed tool call), and that the
decision is recorded as what was rendered.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import anyio
import httpx2
import openai
import pytest
from mcp import Client
from mcp.client.streamable_http import streamable_http_client

from arbiter.testing import ScriptedModel, ToolServer, Turn, call
from arbiter.types import CallContext, Reason, Verdict
from tests.conftest import Server
from tests.mcp_servers import Upstream, crm_server
from tests.proxykit import audit, scripted_fixture, seed_assistant, settings_fixture  # noqa: F401

pytestmark = pytest.mark.slow


class Rogue:
    """A check that answers ``name`` for every call."""

    name = "rogue"

    def __init__(self, verdict: str) -> None:
        self.verdict = verdict

    async def __call__(self, ctx: CallContext) -> Verdict:
        return Verdict(verdict=self.verdict, approval_id="apr_test",  # type: ignore[arg-type]
                       reasons=[Reason(code="NEEDS_A_PERSON", message="a person must look at this")])


@pytest.fixture
def tool_upstream() -> Iterator[ToolServer]:
    srv = ToolServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def crm() -> Iterator[Upstream]:
    with crm_server() as up:
        yield up


@pytest.fixture(params=["maybe", "hold"])
def rogue(request: pytest.FixtureRequest, tool_upstream: ToolServer, crm: Upstream, server: Server) -> dict[str, Any]:
    """The server with every surface wired (model tools, an HTTP tool, an MCP upstream) and the rogue check."""
    seed_assistant(server.svc)
    r = server.admin.post("/v1/tools", json={
        "tenant": "acme", "name": "lookup", "risk": "read", "annotations": {"readOnlyHint": True},
        "input_schema": {"type": "object", "properties": {"query": {"type": "string"}}},
        "upstream": {"kind": "http", "url": tool_upstream.url}})
    assert r.status_code == 201, r.text
    assert server.admin.post("/v1/upstreams", json={"name": "crm", "url": crm.url, "tenant": "acme"}).status_code == 201
    assert server.admin.post("/v1/upstreams/crm/sync", params={"tenant": "acme"}).status_code == 200
    doc = {"name": "everything", "tenant": "acme",
           "tools": {"lookup": {}, "crm.get_customer": {}, "get_order": {}, "search_kb": {}}}
    assert server.admin.put("/v1/allowlists/everything", json=doc).status_code == 200
    _, key = server.add_agent("bot", allowlist="everything")
    checks = server.svc.pipeline.checks
    checks.insert([c.name for c in checks].index("allowlist") + 1, Rogue(request.param))
    return {"server": server, "key": key, "verdict": request.param, "tool": tool_upstream, "crm": crm}


def _rendered(verdict: str) -> str:
    return "hold" if verdict == "hold" else "deny"


def _last(server: Server, kind: str) -> dict[str, Any]:
    return audit(server, kind=kind)[-1]


def _recorded_as_rendered(record: dict[str, Any], verdict: str) -> None:
    assert record["verdict"] == _rendered(verdict)
    codes = [r["code"] for r in record["reasons"]]
    assert codes == (["NEEDS_A_PERSON"] if verdict == "hold" else ["INTERNAL_ERROR"])


def test_check_and_batch(rogue: dict[str, Any]) -> None:
    server, verdict = rogue["server"], rogue["verdict"]
    with server.agent_client(rogue["key"]) as c:
        d = c.post("/v1/check", json={"tool": "get_order", "arguments": {"order_id": "ORD-000001"}}).json()
        batch = c.post("/v1/check/batch", json={"calls": [{"tool": "search_kb", "arguments": {"query": "q"}}]}).json()
    for decision in (d, batch["decisions"][0]):
        assert decision["verdict"] == _rendered(verdict) and decision["arguments"] is None  # never the raw ones
        assert decision["approval_id"] == ("apr_test" if verdict == "hold" else None)
        if verdict == "maybe":  # the runner itself turned the unknown verdict into a deny, naming the check
            assert "'rogue' answered an unknown verdict" in decision["reasons"][0]["message"]
    _recorded_as_rendered(_last(server, "check"), verdict)


def test_invoke_never_reaches_the_upstream(rogue: dict[str, Any]) -> None:
    server, verdict = rogue["server"], rogue["verdict"]
    with server.agent_client(rogue["key"]) as c:
        r = c.post("/v1/tools/lookup/invoke", json={"arguments": {"query": "hello"}})
    if verdict == "hold":
        assert r.status_code == 202 and r.json()["approval_id"] == "apr_test" and r.json()["verdict"] == "hold"
    else:
        assert r.status_code == 403 and r.json()["error"]["code"] == "DENIED"
    assert rogue["tool"].requests == []
    _recorded_as_rendered(_last(server, "invoke"), verdict)


def test_mcp_tools_call_never_reaches_the_upstream(rogue: dict[str, Any]) -> None:
    server, verdict = rogue["server"], rogue["verdict"]

    async def go() -> Any:
        async with (httpx2.AsyncClient(headers={"Authorization": f"Bearer {rogue['key']}"}, timeout=30) as http,
                    Client(streamable_http_client(f"{server.url}/mcp", http_client=http), mode="legacy") as client):
            return await client.call_tool("crm.get_customer", {"customer_id": "C-1001"})

    result = anyio.run(go)
    assert result.is_error is True
    text = result.content[0].text  # type: ignore[union-attr]
    assert ("held" in text and "apr_test" in text) if verdict == "hold" else "denied" in text
    assert rogue["crm"].calls == []
    _recorded_as_rendered(_last(server, "mcp_tool_call"), verdict)


@pytest.mark.parametrize("stream", [False, True])
def test_openai_tool_call_is_never_handed_to_the_agent(rogue: dict[str, Any], scripted: ScriptedModel,
                                                       stream: bool) -> None:
    server, verdict = rogue["server"], rogue["verdict"]
    scripted.script(Turn(tool_calls=[call("get_order", {"order_id": "ORD-000001"}, id="call_r1")]))
    client = openai.OpenAI(base_url=f"{server.url}/v1", api_key=rogue["key"], max_retries=0)
    messages: Any = [{"role": "user", "content": "where is my order ORD-000001?"}]
    if stream:
        chunks = list(client.chat.completions.create(model="m", messages=messages, stream=True))
        assert not any(ch.choices and ch.choices[0].delta.tool_calls for ch in chunks)
        text = "".join(ch.choices[0].delta.content or "" for ch in chunks if ch.choices)
    else:
        answer = client.chat.completions.create(model="m", messages=messages)
        assert answer.choices[0].message.tool_calls is None
        text = answer.choices[0].message.content or ""
    assert ("held for a person's approval" in text) if verdict == "hold" else ("blocked" in text)
    _recorded_as_rendered(_last(server, "model_tool_call"), verdict)


def test_anthropic_tool_use_is_never_handed_to_the_agent(rogue: dict[str, Any], scripted: ScriptedModel) -> None:
    server, verdict = rogue["server"], rogue["verdict"]
    scripted.script(Turn(tool_calls=[call("get_order", {"order_id": "ORD-000001"}, id="toolu_r1")]))
    client = anthropic.Anthropic(base_url=server.url, api_key=rogue["key"], max_retries=0)
    message = client.messages.create(model="m", max_tokens=100,
                                     messages=[{"role": "user", "content": "where is my order ORD-000001?"}])
    assert [b.type for b in message.content] == ["text"] and message.stop_reason == "end_turn"
    text = message.content[0].text  # type: ignore[union-attr]
    assert ("held for a person's approval" in text) if verdict == "hold" else ("blocked" in text)
    _recorded_as_rendered(_last(server, "model_tool_call"), verdict)
