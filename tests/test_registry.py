"""Registry: versions, keys, snapshots across processes, all-or-nothing allowlists, admin records."""

from __future__ import annotations

import pytest

from arbiter.audit import query as audit_query
from arbiter.errors import Conflict, InvalidPolicy, InvalidSchema
from arbiter.registry import AgentUpdate, Registry, ToolSpec
from arbiter.service import Arbiter

SPEC = ToolSpec(tenant="acme", name="lookup", input_schema={"type": "object"})


def test_version_increments_only_on_change(svc: Arbiter) -> None:
    reg = svc.registry
    tool, changed = reg.put_tool(SPEC, actor="t", mode="create")
    assert (tool.version, changed) == (1, True)
    again, changed = reg.put_tool(SPEC, actor="t")
    assert (again.version, changed) == (1, False)
    spec2 = ToolSpec(tenant="acme", name="lookup", input_schema={"type": "object", "required": ["id"]})
    v2, changed = reg.put_tool(spec2, actor="t")
    assert (v2.version, changed) == (2, True) and v2.schema_hash != tool.schema_hash
    with pytest.raises(Conflict):
        reg.put_tool(SPEC, actor="t", mode="create")


def test_invalid_schema_is_refused_with_the_validators_message(svc: Arbiter) -> None:
    with pytest.raises(InvalidSchema, match="not a valid JSON Schema"):
        svc.registry.put_tool(ToolSpec(tenant="acme", name="bad", input_schema={"type": "objekt"}), actor="t")
    assert ("acme", "bad") not in svc.registry.snapshot.tools


def test_put_tools_is_all_or_nothing_in_one_transaction(svc: Arbiter) -> None:
    reg = svc.registry
    version = reg.snapshot.version
    good = [ToolSpec(tenant="acme", name=f"bulk{i}", input_schema={"type": "object"}) for i in range(3)]
    bad = ToolSpec(tenant="globex", name="broken", input_schema={"type": "objekt"})
    # A bad schema among many names its tool, and writes none of them.
    with pytest.raises(InvalidSchema, match="tool 'broken' of tenant 'globex': input_schema is not a valid") as exc:
        reg.put_tools([*good[:2], bad, good[2]], actor="t")
    assert exc.value.details["name"] == "broken"
    assert reg.reload().version == version and not any(n.startswith("bulk") for _, n in reg.snapshot.tools)
    # A conflict found while writing rolls back what was written before it.
    reg.put_tool(good[2], actor="t")
    with pytest.raises(Conflict):
        reg.put_tools(good, actor="t", mode="create")
    assert {n for _, n in reg.reload().tools if n.startswith("bulk")} == {"bulk2"}
    # All good: one registry version, one admin record per change (each with its own tenant), in order.
    other = ToolSpec(tenant="globex", name="bulk9", input_schema={"type": "object"})
    changed = ToolSpec(tenant="acme", name="bulk0", input_schema={"type": "object", "required": ["id"]})
    out = reg.put_tools([*good, other, changed], actor="t")
    assert [(t.name, t.version, c) for t, c in out] == [
        ("bulk0", 1, True), ("bulk1", 1, True), ("bulk2", 1, False), ("bulk9", 1, True), ("bulk0", 2, True)]
    assert reg.snapshot.version == version + 2
    assert reg.snapshot.tools[("acme", "bulk0")].tool.version == 2
    records = audit_query.export(svc.db, audit_query.AuditFilter(kind="admin"))
    bulk = [(r.tenant, r.admin.action, r.tool) for r in records if r.admin and (r.tool or "").startswith("bulk")]
    assert bulk == [("acme", "tool.create", "bulk2"), ("acme", "tool.create", "bulk0"),
                    ("acme", "tool.create", "bulk1"), ("globex", "tool.create", "bulk9"),
                    ("acme", "tool.update", "bulk0")]


def test_keys_are_stored_only_as_keyed_hashes(svc: Arbiter) -> None:
    agent, key = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support",
                                           actor="t")
    from sqlalchemy import text

    with svc.db.read.connect() as conn:
        dump = str(conn.execute(text("SELECT * FROM agents")).all())
    assert key not in dump and key[4:] not in dump
    assert svc.registry.authenticate(key) == agent
    assert svc.registry.authenticate(key + "x") is None


def test_another_process_sees_changes_after_poll(svc: Arbiter) -> None:
    other = Registry(svc.db, svc.audit, svc.settings.secret)
    other.reload()
    agent, key = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support",
                                           actor="t")
    assert other.authenticate(key) is None
    assert other.poll() is True
    assert other.authenticate(key) == agent
    svc.registry.update_agent(agent.id, AgentUpdate(status="disabled"), actor="t")
    other.poll()
    assert other.authenticate(key).status == "disabled"  # type: ignore[union-attr]


def test_allowlist_apply_is_all_or_nothing(svc: Arbiter) -> None:
    good = {"name": "new-one", "tenant": "acme", "tools": {"search_kb": {}}}
    bad = {"name": "bad-one", "tenant": "acme", "tools": {"no_such_tool": {}}}
    before = svc.registry.snapshot.version
    with pytest.raises(InvalidPolicy, match="no_such_tool"):
        svc.registry.apply_allowlists([("good.yaml", good), ("bad.yaml", bad)], actor="t")
    assert "new-one" not in svc.registry.snapshot.allowlists
    assert svc.registry.poll() is False and svc.registry.snapshot.version == before


def test_every_change_is_an_admin_record_with_digests_only(svc: Arbiter) -> None:
    svc.registry.put_tool(ToolSpec(tenant="acme", name="t1", input_schema={"description": "SECRET-DOC"}),
                          actor="alice")
    page = audit_query.query(svc.db, audit_query.AuditFilter(kind="admin", tool="t1"))
    [rec] = page.records
    assert rec["admin"]["actor"] == "alice" and rec["admin"]["action"] == "tool.create"
    assert len(rec["admin"]["after_digest"]) == 64
    assert "SECRET-DOC" not in str(rec)


def test_patch_with_null_allowlist_takes_it_away(svc: Arbiter) -> None:
    agent, key = svc.registry.create_agent(name="a", tenant="acme", trust="standard", allowlist="support",
                                           actor="t")
    import msgspec

    unchanged = svc.registry.update_agent(agent.id, msgspec.json.decode(b'{"name": "renamed"}', type=AgentUpdate),
                                          actor="t")
    assert unchanged.allowlist == "support"
    cleared = svc.registry.update_agent(agent.id, msgspec.json.decode(b'{"allowlist": null}', type=AgentUpdate),
                                        actor="t")
    assert cleared.allowlist is None and svc.registry.authenticate(key).allowlist is None  # type: ignore[union-attr]


def test_allowlist_names_with_a_trailing_newline_are_refused(svc: Arbiter) -> None:
    with pytest.raises(InvalidPolicy, match="must match"):
        svc.registry.apply_allowlists([("x", {"name": "nl\n", "tenant": "acme", "tools": {}})], actor="t")
