"""Default deny, tenant scoping and trust defaults of the allowlist check."""

from __future__ import annotations

from arbiter.pipeline.allowlist import AllowlistCheck
from arbiter.registry import ToolSpec
from arbiter.service import Arbiter
from arbiter.types import Agent, ToolCall


def _ctx(svc: Arbiter, agent: Agent, tool: str):  # type: ignore[no-untyped-def]
    return svc.pipeline.context(ToolCall(tool=tool, arguments={}), agent)


async def test_explicit_min_trust_overrides_the_destructive_default(svc: Arbiter) -> None:
    svc.registry.apply_allowlists([("x", {"name": "ops", "tenant": "acme",
                                          "tools": {"refund_order": {"min_trust": "standard"}}})], actor="t")
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="ops", actor="t")
    ctx = _ctx(svc, agent, "refund_order")
    assert await AllowlistCheck(svc.registry)(ctx) is None
    untrusted, _ = svc.registry.create_agent(name="u", tenant="acme", trust="untrusted", allowlist="ops", actor="t")
    v = await AllowlistCheck(svc.registry)(_ctx(svc, untrusted, "refund_order"))
    assert v is not None and v.reasons[0].code == "TRUST_TOO_LOW"


async def test_tools_of_another_tenant_are_unknown(svc: Arbiter) -> None:
    svc.registry.put_tool(ToolSpec(tenant="globex", name="secret_tool", input_schema={}), actor="t")
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="privileged", allowlist="support", actor="t")
    v = await AllowlistCheck(svc.registry)(_ctx(svc, agent, "secret_tool"))
    assert v is not None and v.reasons[0].code == "UNKNOWN_TOOL"


async def test_policy_revision_is_stamped_even_on_deny(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="readonly", actor="t")
    ctx = _ctx(svc, agent, "send_email")
    v = await AllowlistCheck(svc.registry)(ctx)
    assert v is not None and v.reasons[0].code == "TOOL_NOT_ALLOWED"
    assert ctx.policy.allowlist == "readonly"
    assert ctx.policy.revision == svc.registry.allowlist("readonly").revision


async def test_the_check_leaves_the_entry_and_tool_for_later_checks(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    ctx = _ctx(svc, agent, "get_order")
    assert await AllowlistCheck(svc.registry)(ctx) is None
    assert ctx.tool is not None and ctx.tool.name == "get_order"
    assert ctx.entry is not None and ctx.entry.rate is not None  # support.yaml rate-limits get_order


async def test_no_agent_raises_so_the_runner_denies(svc: Arbiter) -> None:
    import pytest

    with pytest.raises(RuntimeError):
        await AllowlistCheck(svc.registry)(svc.pipeline.context(ToolCall(tool="get_order", arguments={}), None))
