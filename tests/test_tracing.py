"""OpenTelemetry spans with the SDK's in-memory exporter: names and GenAI attributes, the caller's W3C
trace context as parent, the trace id on the audit record, and traceparent passed to model providers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from arbiter.testing import ScriptedModel, Turn, call
from tests.conftest import Server
from tests.proxykit import assistant_fixture, audit, scripted_fixture, settings_fixture  # noqa: F401

TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
PARENT = "00f067aa0ba902b7"
TRACEPARENT = f"00-{TRACE}-{PARENT}-01"


class _Switch(SpanProcessor):
    """Hands spans to the exporter only while a test of this module runs (the provider is process-wide)."""

    def __init__(self, inner: SpanProcessor) -> None:
        self.inner, self.on = inner, False

    def on_end(self, span: ReadableSpan) -> None:
        if self.on:
            self.inner.on_end(span)


_EXPORTER = InMemorySpanExporter()
_SWITCH = _Switch(SimpleSpanProcessor(_EXPORTER))


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    provider = trace.get_tracer_provider()
    if not isinstance(provider, TracerProvider):
        provider = TracerProvider()
        provider.add_span_processor(_SWITCH)
        trace.set_tracer_provider(provider)
    _EXPORTER.clear()
    _SWITCH.on = True
    yield _EXPORTER
    _SWITCH.on = False


def by_name(exporter: InMemorySpanExporter, prefix: str) -> list[ReadableSpan]:
    return [s for s in exporter.get_finished_spans() if s.name.startswith(prefix)]


def test_a_decision_is_a_child_of_the_callers_trace_and_the_record_names_it(assistant: Server,
                                                                             spans: Any) -> None:
    _, key = assistant.add_agent(allowlist="assistant")
    r = assistant.agent_client(key).post("/v1/check", headers={"traceparent": TRACEPARENT}, json={
        "tool": "get_order", "arguments": {"order_id": "ORD-000042"}, "call_id": "call_7"})
    body = r.json()
    (span,) = by_name(spans, "execute_tool get_order")
    attrs = dict(span.attributes or {})
    assert format(span.context.trace_id, "032x") == TRACE and span.parent is not None
    assert format(span.parent.span_id, "016x") == PARENT
    assert attrs["gen_ai.operation.name"] == "execute_tool" and attrs["gen_ai.tool.name"] == "get_order"
    assert attrs["gen_ai.tool.call.id"] == "call_7" and attrs["arbiter.decision_id"] == body["decision_id"]
    assert attrs["arbiter.verdict"] == "allow"
    (rec,) = [x for x in audit(assistant) if x["decision_id"] == body["decision_id"]]
    assert rec["context"]["trace_id"] == TRACE


def test_a_denied_decision_names_its_reasons(assistant: Server, spans: Any) -> None:
    _, key = assistant.add_agent(allowlist="assistant")
    assistant.agent_client(key).post("/v1/check", json={"tool": "refund_order", "arguments": {}})
    (span,) = by_name(spans, "execute_tool refund_order")
    assert span.attributes is not None and span.attributes["arbiter.verdict"] == "deny"
    assert list(span.attributes["arbiter.reasons"]) == ["TOOL_NOT_ALLOWED"]  # type: ignore[arg-type]


def test_a_model_request_is_a_chat_span_with_its_tool_calls_as_children(assistant: Server, scripted: ScriptedModel,
                                                                        spans: Any) -> None:
    _, key = assistant.add_agent(allowlist="assistant")
    scripted.script(Turn(text="Looking.", tool_calls=[call("get_order", {"order_id": "ORD-000042"}, id="c1")],
                         usage=(42, 7)))
    r = assistant.agent_client(key).post("/v1/chat/completions", headers={"traceparent": TRACEPARENT}, json={
        "model": "gpt-test", "messages": [{"role": "user", "content": "where is ORD-000042?"}]})
    assert r.status_code == 200, r.text
    (chat,) = by_name(spans, "chat gpt-test")
    attrs = dict(chat.attributes or {})
    assert attrs["gen_ai.operation.name"] == "chat" and attrs["gen_ai.request.model"] == "gpt-test"
    assert (attrs["gen_ai.usage.input_tokens"], attrs["gen_ai.usage.output_tokens"]) == (42, 7)
    assert attrs["arbiter.decision_id"] == r.headers["x-arbiter-decision-id"]
    assert format(chat.context.trace_id, "032x") == TRACE
    (tool,) = by_name(spans, "execute_tool get_order")
    assert tool.parent is not None and tool.parent.span_id == chat.context.span_id
    # The provider joins the trace, as a child of the chat span.
    sent = scripted.requests[-1].headers["traceparent"]
    assert sent.split("-")[1] == TRACE and sent.split("-")[2] == format(chat.context.span_id, "016x")


def test_an_mcp_upstream_gets_the_decisions_trace_context_in_params_meta(server: Server, spans: Any) -> None:
    """The MCP SDK's client span (a child of the decision's span) travels in ``params._meta``."""
    from tests.api.controllers.test_mcp import ALLOWLIST, register
    from tests.mcp_servers import crm_server

    with crm_server() as crm:
        register(server, "crm", crm.url, timeout_s=5)
        assert server.admin.put("/v1/allowlists/crm-support", json=ALLOWLIST).status_code == 200
        _, key = server.add_agent("bot", allowlist="crm-support")
        r = server.agent_client(key).post("/v1/tools/crm.export_report/invoke", headers={"traceparent": TRACEPARENT},
                                          json={"arguments": {"steps": 1}})
        assert r.status_code == 200, r.text
    (decision,) = by_name(spans, "execute_tool crm.export_report")
    (send,) = by_name(spans, "MCP send tools/call export_report")
    assert send.parent is not None and send.parent.span_id == decision.context.span_id
    assert crm.metas[-1]["traceparent"] == f"00-{TRACE}-{format(send.context.span_id, '016x')}-01"
