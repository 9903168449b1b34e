"""The PII checks on hand-built contexts, including the issue's send_email example."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from arbiter.pii.scrub import Scrubber
from arbiter.pipeline.base import Check
from arbiter.pipeline.pii import ArgumentsPiiCheck, ResultPiiCheck
from arbiter.types import Agent, CallContext, Tool, ToolCall, Trust

SEND_EMAIL = Tool(tenant="acme", name="send_email", input_schema={
    "type": "object", "properties": {
        "to": {"type": "string", "x-pii": "EMAIL_ADDRESS"}, "subject": {"type": "string"},
        "body": {"type": "string"}}},
    output_schema={"type": "object", "properties": {"status": {"type": "string"}}})
AGENT = Agent(id="ag_1", name="helper", tenant="acme", trust=Trust.STANDARD, allowlist="default")
SCRUBBER = Scrubber()


def _ctx(arguments: Any, tool: Tool = SEND_EMAIL, entry: Any = None, result: Any = None) -> CallContext:
    return CallContext(decision_id="d1", started_ns=0, agent=AGENT, call=ToolCall(tool=tool.name, arguments=arguments),
                       tool=tool, arguments=arguments, entry=entry, result=result)


def test_protocol_and_names() -> None:
    a, r = ArgumentsPiiCheck(SCRUBBER, b"secret"), ResultPiiCheck(SCRUBBER, b"secret")
    assert isinstance(a, Check) and isinstance(r, Check)
    assert (a.name, r.name) == ("pii", "pii_result")


async def test_issue_example_send_email() -> None:
    body = "Card 4111 1111 1111 1111, SSN 536-22-8841, and the key AKIAIOSFODNN7EXAMPLE."
    ctx = _ctx({"to": "bob@example.com", "subject": "hi", "body": body})
    verdict = await ArgumentsPiiCheck(SCRUBBER, b"secret")(ctx)
    assert verdict is not None and verdict.verdict == "deny"
    assert [(r.code, r.path) for r in verdict.reasons] == [("PII_BLOCKED", "/body")]
    assert "SECRET_AWS_ACCESS_KEY" in verdict.reasons[0].message
    assert ctx.arguments["body"] == "Card <CREDIT_CARD>, SSN <US_SSN>, and the key <SECRET_AWS_ACCESS_KEY>."
    assert ctx.arguments["to"] == "bob@example.com"  # declared by the schema
    assert {f.entity: f.action for f in ctx.findings} == {
        "EMAIL_ADDRESS": "allow", "CREDIT_CARD": "redact", "US_SSN": "redact", "SECRET_AWS_ACCESS_KEY": "block"}
    for value in ("4111 1111 1111 1111", "536-22-8841", "AKIAIOSFODNN7EXAMPLE"):
        assert value not in repr(verdict) and value not in repr(ctx.findings) and value not in repr(ctx.arguments)


async def test_clean_call_passes_with_scrubbed_args() -> None:
    ctx = _ctx({"to": "bob@example.com", "subject": "hi", "body": "call me at +44 20 7946 0958"})
    assert await ArgumentsPiiCheck(SCRUBBER, b"secret")(ctx) is None
    assert ctx.arguments["body"] == "call me at <PHONE_NUMBER>"


async def test_allowlist_entry_tightens() -> None:
    entry = SimpleNamespace(pii={"arguments": {"EMAIL_ADDRESS": {"declared": "pseudonymize"}}})
    ctx = _ctx({"to": "bob@example.com", "subject": "hi", "body": "ok"}, entry=entry)
    assert await ArgumentsPiiCheck(SCRUBBER, b"secret")(ctx) is None
    assert ctx.arguments["to"].startswith("<EMAIL_ADDRESS:")


async def test_invalid_policy_denies() -> None:
    tool = Tool(tenant="acme", name="t2", input_schema={"type": "object"}, pii={"arguments": {"NOPE": "redact"}})
    verdict = await ArgumentsPiiCheck(SCRUBBER, b"secret")(_ctx({"x": "y"}, tool=tool))
    assert verdict is not None and verdict.reasons[0].code == "INVALID_ALLOWLIST"
    assert "NOPE" in verdict.reasons[0].message


async def test_limits_and_bad_text_deny() -> None:
    small = Scrubber(max_depth=3, max_string_length=50)
    check = ArgumentsPiiCheck(small, b"secret")
    assert (await check(_ctx({"a": {"b": {"c": {"d": 1}}}}))).reasons[0].code == "TOO_DEEP"  # type: ignore[union-attr]
    assert (await check(_ctx({"body": "x" * 51}))).reasons[0].code == "PAYLOAD_TOO_LARGE"  # type: ignore[union-attr]
    assert (await check(_ctx({"body": "\ud800"}))).reasons[0].code == "INVALID_TEXT"  # type: ignore[union-attr]


async def test_result_check() -> None:
    ctx = _ctx({"to": "x"}, result={"status": "sent", "debug": "customer ssn 536-22-8841"})
    assert await ResultPiiCheck(SCRUBBER, b"secret")(ctx) is None
    assert ctx.result == {"status": "sent", "debug": "customer ssn <US_SSN>"}
    assert [f.entity for f in ctx.result_findings] == ["US_SSN"] and ctx.findings == []
    ctx = _ctx({"to": "x"}, result={"token_dump": "ghp_" + "A1b2" * 9})
    verdict = await ResultPiiCheck(SCRUBBER, b"secret")(ctx)
    assert verdict is not None and "result" in verdict.reasons[0].message


async def test_pseudonyms_per_tenant() -> None:
    tool = Tool(tenant="acme", name="t3", input_schema={"type": "object"},
                pii={"arguments": {"EMAIL_ADDRESS": "pseudonymize"}})
    check = ArgumentsPiiCheck(SCRUBBER, b"secret")
    a1, a2 = _ctx({"b": "bob@example.com"}, tool=tool), _ctx({"b": "bob@example.com"}, tool=tool)
    await check(a1)
    await check(a2)
    assert a1.arguments == a2.arguments
    other = _ctx({"b": "bob@example.com"}, tool=tool)
    other.agent = Agent(id="ag_2", name="x", tenant="globex", trust=Trust.STANDARD, allowlist=None)
    await check(other)
    assert other.arguments != a1.arguments
