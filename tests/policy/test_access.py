"""The one policy function: every denial in its order, what an agent sees, and the narrowed schema."""

from __future__ import annotations

import msgspec
import pytest

from arbiter.policy.access import default_min_trust, narrow_schema, resolve, visible
from arbiter.registry import AgentUpdate, ToolSpec
from arbiter.service import Arbiter
from arbiter.types import Tool, ToolAnnotations, Trust


def test_destructive_tools_default_to_privileged() -> None:
    base = {"tenant": "t", "name": "x", "input_schema": {}}
    assert default_min_trust(Tool(**base, risk="destructive")) is Trust.PRIVILEGED  # type: ignore[arg-type]
    assert default_min_trust(Tool(**base, risk="write",  # type: ignore[arg-type]
                                  annotations=ToolAnnotations(destructiveHint=True))) is Trust.PRIVILEGED
    assert default_min_trust(Tool(**base, risk="write")) is Trust.UNTRUSTED  # type: ignore[arg-type]


@pytest.mark.parametrize(("trust", "allowlist", "tool", "code"), [
    ("standard", "support", "get_order", None),
    ("standard", "support", "no_such_tool", "UNKNOWN_TOOL"),
    ("standard", "readonly", "send_email", "TOOL_NOT_ALLOWED"),
    ("standard", None, "get_order", "TOOL_NOT_ALLOWED"),
    ("standard", "support", "refund_order", "TRUST_TOO_LOW"),
    ("privileged", "support", "refund_order", None),
])
def test_each_rule(svc: Arbiter, trust: str, allowlist: str | None, tool: str, code: str | None) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust=trust, allowlist=allowlist, actor="t")
    access = resolve(svc.registry.snapshot, agent, tool)
    assert access.allowed is (code is None)
    assert (access.denial.code if access.denial else None) == code
    if allowlist is not None:
        assert access.policy.allowlist == allowlist
        assert access.policy.revision == svc.registry.allowlist(allowlist).revision


def test_a_disabled_agent_may_call_and_see_nothing(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="privileged", allowlist="support", actor="t")
    assert len(visible(svc.registry.snapshot, agent)) == 4
    agent = svc.registry.update_agent(agent.id, AgentUpdate(status="disabled"), actor="t")
    access = resolve(svc.registry.snapshot, agent, "get_order")
    assert access.denial is not None and access.denial.code == "AGENT_DISABLED"
    assert visible(svc.registry.snapshot, agent) == []


def test_an_allowlist_of_another_tenant_grants_nothing(svc: Arbiter) -> None:
    svc.registry.put_tool(ToolSpec(tenant="globex", name="get_order", input_schema={}), actor="t")
    agent, _ = svc.registry.create_agent(name="g", tenant="globex", trust="privileged", allowlist=None, actor="t")
    # Point the agent at acme's allowlist behind the registry's back: the policy must still refuse.
    forged = msgspec.structs.replace(agent, allowlist="support")
    access = resolve(svc.registry.snapshot, forged, "get_order")
    assert access.denial is not None and access.denial.code == "TOOL_NOT_ALLOWED"
    assert "does not exist in tenant 'globex'" in access.denial.message
    assert visible(svc.registry.snapshot, forged) == []


def test_visible_is_what_resolve_allows_sorted_with_narrowed_schemas(svc: Arbiter) -> None:
    agent, _ = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support", actor="t")
    snap = svc.registry.snapshot
    shown = visible(snap, agent)
    names = [a.tool.name for a in shown if a.tool]
    assert names == sorted(names) == ["get_order", "search_kb", "send_email"]  # refund_order needs privileged
    assert all(resolve(snap, agent, n).allowed for n in names)
    email = next(a for a in shown if a.tool and a.tool.name == "send_email")
    to = email.schema()["properties"]["to"]
    assert to["pattern"] == "@example\\.com$"  # the allowlist's pattern is shown
    assert to["format"] == "email"  # and the tool's own keywords kept


def test_narrowing_merges_conflicts_into_allof_and_unions_required() -> None:
    base = {"type": "object", "properties": {"to": {"type": "string", "maxLength": 200}, "n": {"type": "integer"}},
            "required": ["to"]}
    out = narrow_schema(base, {"properties": {"to": {"maxLength": 50}, "n": {"minimum": 1}, "x": {"type": "string"}},
                               "required": ["n"], "additionalProperties": False})
    assert out["properties"]["to"] == {"allOf": [{"type": "string", "maxLength": 200}, {"maxLength": 50}]}
    assert out["properties"]["n"] == {"type": "integer", "minimum": 1}
    assert out["properties"]["x"] == {"type": "string"}
    assert out["required"] == ["n", "to"] and out["additionalProperties"] is False
    assert narrow_schema(base, None) is base
