"""The history result check: an executed result of a conversation is remembered (analysed) for later calls."""

from __future__ import annotations

from arbiter.pipeline.history import HistoryCheck
from arbiter.service import Arbiter
from arbiter.types import CallInfo, ToolCall


async def test_results_of_a_conversation_are_remembered_others_not(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    history = next(c for c in svc.pipeline.result_checks if isinstance(c, HistoryCheck))
    ctx = svc.pipeline.context(ToolCall(tool="search_kb", arguments={}, context=CallInfo(conversation_id="c-1")),
                               agent, kind="invoke")
    ctx.result = {"content": [{"type": "text", "text": "one\n-----\ntwo"}]}  # an MCP result: its text parts count
    assert await history(ctx) is None
    [item] = svc.conversations.load("acme", agent.id, "c-1")
    assert item.tool == "search_kb" and len(item.segments) == 2  # split per author
    no_conversation = svc.pipeline.context(ToolCall(tool="search_kb", arguments={}), agent, kind="invoke")
    no_conversation.result = {"x": 1}
    assert await history(no_conversation) is None
    assert [i.seq for i in svc.conversations.load("acme", agent.id, "c-1")] == [1]
