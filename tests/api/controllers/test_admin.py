"""Admin API over real HTTP: tools, agents, allowlists, and the audit record of every change."""

from __future__ import annotations

from typing import Any

import msgspec

from arbiter.registry import digest
from tests.conftest import Server

NEW_TOOL = {"tenant": "acme", "name": "lookup_user", "description": "Find a user. MARKER-DESC-7731",
            "risk": "read", "annotations": {"readOnlyHint": True},
            "input_schema": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}}


def admin_records(server: Server, **params: str) -> list[dict[str, Any]]:
    """Admin audit records, oldest first."""
    recs = server.admin.get("/v1/audit", params={"kind": "admin", "limit": 1000, **params}).json()["records"]
    return list(reversed(recs))


def tool_digest(server: Server, tenant: str, name: str) -> str:
    return digest(msgspec.to_builtins(server.svc.registry.tool(tenant, name)))


# ---- tools ----------------------------------------------------------------------------------

def test_tool_create_show_list_and_duplicate(server: Server) -> None:
    a = server.admin
    r = a.post("/v1/tools", json=NEW_TOOL)
    assert r.status_code == 201
    view = r.json()
    assert (view["tenant"], view["name"], view["version"], view["risk"]) == ("acme", "lookup_user", 1, "read")
    assert view["annotations"]["readOnlyHint"] is True and len(view["schema_hash"]) == 64
    assert a.get("/v1/tools/lookup_user", params={"tenant": "acme"}).json() == view

    dup = a.post("/v1/tools", json={**NEW_TOOL, "description": "other"})
    assert dup.status_code == 409 and dup.json()["error"]["code"] == "CONFLICT"
    assert a.get("/v1/tools/lookup_user", params={"tenant": "acme"}).json()["description"] == NEW_TOOL["description"]

    # Same name in another tenant is another tool; listing filters by tenant.
    assert a.post("/v1/tools", json={**NEW_TOOL, "tenant": "globex"}).status_code == 201
    acme = [t["name"] for t in a.get("/v1/tools", params={"tenant": "acme"}).json()["tools"]]
    assert acme == ["get_order", "lookup_user", "refund_order", "search_kb", "send_email"]
    globex = a.get("/v1/tools", params={"tenant": "globex"}).json()["tools"]
    assert [(t["tenant"], t["name"]) for t in globex] == [("globex", "lookup_user")]
    assert len(a.get("/v1/tools").json()["tools"]) == 6
    assert a.get("/v1/tools", params={"tenant": "nobody"}).json() == {"tools": []}


def test_tool_404s(server: Server) -> None:
    a = server.admin
    # The default tenant is "default"; the demo tools live in "acme".
    for r in (a.get("/v1/tools/search_kb"), a.get("/v1/tools/nope", params={"tenant": "acme"}),
              a.put("/v1/tools/nope", json={**NEW_TOOL, "name": "nope"}),
              a.delete("/v1/tools/nope", params={"tenant": "acme"})):
        assert r.status_code == 404 and r.json()["error"]["code"] == "NOT_FOUND", r.text


def test_put_bumps_the_version_only_when_the_tool_changes(server: Server) -> None:
    a = server.admin
    v1 = a.post("/v1/tools", json=NEW_TOOL).json()
    n_records = len(admin_records(server))

    same = a.put("/v1/tools/lookup_user", json=NEW_TOOL)
    assert same.status_code == 200 and same.json() == v1
    assert len(admin_records(server)) == n_records  # nothing changed, nothing recorded

    v2 = a.put("/v1/tools/lookup_user", json={**NEW_TOOL, "description": "Find a user by id."}).json()
    assert v2["version"] == 2 and v2["schema_hash"] == v1["schema_hash"]
    schema = {**NEW_TOOL["input_schema"], "additionalProperties": False}
    v3 = a.put("/v1/tools/lookup_user", json={**NEW_TOOL, "description": "Find a user by id.",
                                              "input_schema": schema}).json()
    assert v3["version"] == 3 and v3["schema_hash"] != v1["schema_hash"]
    assert a.get("/v1/tools/lookup_user", params={"tenant": "acme"}).json() == v3
    assert [r["admin"]["action"] for r in admin_records(server)][-3:] == ["tool.create", "tool.update", "tool.update"]


def test_put_with_a_different_name_in_the_body_is_refused(server: Server) -> None:
    r = server.admin.put("/v1/tools/search_kb", json={**NEW_TOOL, "name": "lookup_user"})
    assert r.status_code == 400
    assert r.json()["error"]["details"] == {"path": "search_kb", "body": "lookup_user"}
    assert server.admin.get("/v1/tools/lookup_user", params={"tenant": "acme"}).status_code == 404


def test_tool_names_must_match_the_pattern(server: Server) -> None:
    a = server.admin
    for name in ("has space", "semi;colon", "", "x" * 129, "ünïcode", "a/b", "trailing_newline\n"):
        r = a.post("/v1/tools", json={**NEW_TOOL, "name": name})
        assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_NAME", (name, r.text)
    r = a.post("/v1/tools", json={**NEW_TOOL, "tenant": "bad tenant"})
    assert r.json()["error"] == {"code": "INVALID_NAME", "message": "tool tenant must match [A-Za-z0-9_.-]{1,128}",
                                 "details": {"field": "tenant"}}
    r = a.post("/v1/agents", json={"name": "bot", "tenant": "acme\n"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_NAME"
    assert a.post("/v1/tools", json={**NEW_TOOL, "name": "A-z_0.9" + "x" * 121}).status_code == 201
    assert len(a.get("/v1/tools").json()["tools"]) == 5


def test_delete_is_refused_while_an_allowlist_names_the_tool(server: Server) -> None:
    a = server.admin
    r = a.delete("/v1/tools/search_kb", params={"tenant": "acme"})
    assert r.status_code == 409 and r.json()["error"]["code"] == "CONFLICT"
    assert r.json()["error"]["details"] == {"allowlists": ["readonly", "support"]}
    assert a.get("/v1/tools/search_kb", params={"tenant": "acme"}).status_code == 200

    assert a.post("/v1/tools", json=NEW_TOOL).status_code == 201
    r = a.delete("/v1/tools/lookup_user", params={"tenant": "acme"})
    assert r.status_code == 204
    assert a.get("/v1/tools/lookup_user", params={"tenant": "acme"}).status_code == 404
    assert a.delete("/v1/tools/lookup_user", params={"tenant": "acme"}).status_code == 404
    # Once no allowlist names it, it can go.
    assert a.put("/v1/allowlists/readonly", json={"name": "readonly", "tenant": "acme",
                                                  "tools": {"search_kb": {}}}).status_code == 200
    assert a.delete("/v1/tools/get_order", params={"tenant": "acme"}).status_code == 409
    support = a.get("/v1/allowlists/support").json()["document"]
    del support["tools"]["get_order"]
    assert a.put("/v1/allowlists/support", json=support).status_code == 200
    assert a.delete("/v1/tools/get_order", params={"tenant": "acme"}).status_code == 204


def test_upstream_header_values_are_never_shown(server: Server) -> None:
    tool = {**NEW_TOOL, "upstream": {"kind": "http", "url": "http://127.0.0.1:9/users",
                                     "headers": {"Authorization": "Bearer up-secret-123", "X-Key": "k-456"}}}
    a = server.admin
    created = a.post("/v1/tools", json=tool)
    assert created.status_code == 201
    for r in (created, a.get("/v1/tools/lookup_user", params={"tenant": "acme"}), a.get("/v1/tools"),
              a.put("/v1/tools/lookup_user", json={**tool, "description": "changed"})):
        assert "up-secret-123" not in r.text and "k-456" not in r.text
    view = a.get("/v1/tools/lookup_user", params={"tenant": "acme"}).json()
    assert view["upstream"] == {"kind": "http", "url": "http://127.0.0.1:9/users",
                                "headers": {"Authorization": "<secret>", "X-Key": "<secret>"}}
    # The stored tool keeps the real values for the executor.
    assert server.svc.registry.tool("acme", "lookup_user").upstream["headers"]["X-Key"] == "k-456"  # type: ignore[index]


# ---- agents ---------------------------------------------------------------------------------

def test_agent_key_is_shown_once_and_never_again(server: Server) -> None:
    a = server.admin
    r = a.post("/v1/agents", json={"name": "helper", "tenant": "acme", "trust": "untrusted", "allowlist": "readonly"})
    assert r.status_code == 201
    body = r.json()
    key, agent = body["api_key"], body["agent"]
    assert key.startswith("arb_") and len(key) > 40
    assert agent == {"id": agent["id"], "name": "helper", "tenant": "acme", "trust": "untrusted",
                     "allowlist": "readonly", "status": "active"}
    key_hash = server.svc.registry.key_hash(key)
    for view in (a.get(f"/v1/agents/{agent['id']}"), a.get("/v1/agents"), a.get("/v1/audit", params={"limit": 1000})):
        assert view.status_code == 200
        assert key not in view.text and key[4:] not in view.text and key_hash not in view.text
    assert a.get(f"/v1/agents/{agent['id']}").json() == agent
    assert a.get("/v1/agents/agt_nope").status_code == 404
    # Two agents never share a key.
    assert server.add_agent("other")[1] != key


def test_agents_list_by_tenant(server: Server) -> None:
    server.add_agent("one")
    server.add_agent("two")
    assert server.admin.post("/v1/agents", json={"name": "solo", "tenant": "globex"}).status_code == 201
    acme = server.admin.get("/v1/agents", params={"tenant": "acme"}).json()["agents"]
    assert [x["name"] for x in acme] == ["one", "two"]
    assert [x["name"] for x in server.admin.get("/v1/agents").json()["agents"]] == ["one", "two", "solo"]


def test_patch_trust_allowlist_and_status(server: Server) -> None:
    agent_id, key = server.add_agent()
    a = server.admin
    r = a.patch(f"/v1/agents/{agent_id}", json={"trust": "privileged"})
    assert r.status_code == 200 and r.json()["trust"] == "privileged"
    with server.agent_client(key) as c:
        refund = {"tool": "refund_order", "arguments": {"order_id": "ORD-000001", "amount": 5}}
        assert c.post("/v1/check", json=refund).json()["verdict"] == "allow"
        assert a.patch(f"/v1/agents/{agent_id}", json={"allowlist": "readonly"}).json()["allowlist"] == "readonly"
        assert c.post("/v1/check", json=refund).json()["reasons"][0]["code"] == "TOOL_NOT_ALLOWED"
        assert a.patch(f"/v1/agents/{agent_id}", json={"status": "disabled", "name": "renamed"}).json()["status"] \
            == "disabled"
        assert c.post("/v1/check", json=refund).json()["reasons"][0]["code"] == "AGENT_DISABLED"
    assert a.get(f"/v1/agents/{agent_id}").json() == {"id": agent_id, "name": "renamed", "tenant": "acme",
                                                      "trust": "privileged", "allowlist": "readonly",
                                                      "status": "disabled"}
    assert a.patch(f"/v1/agents/{agent_id}", json={"status": "gone"}).status_code == 400
    assert a.patch("/v1/agents/agt_nope", json={"status": "active"}).status_code == 404


def test_unknown_or_foreign_allowlist_is_refused(server: Server) -> None:
    a = server.admin
    before = a.get("/v1/agents").json()
    r = a.post("/v1/agents", json={"name": "x", "tenant": "acme", "allowlist": "nope"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "UNKNOWN_ALLOWLIST"
    # "support" belongs to tenant acme: an agent of globex cannot hold it.
    r = a.post("/v1/agents", json={"name": "x", "tenant": "globex", "allowlist": "support"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "UNKNOWN_ALLOWLIST"
    assert "globex" in r.json()["error"]["message"]
    assert a.get("/v1/agents").json() == before

    r = a.post("/v1/agents", json={"name": "g", "tenant": "globex"})
    gid = r.json()["agent"]["id"]
    for name in ("support", "nope"):
        r = a.patch(f"/v1/agents/{gid}", json={"allowlist": name})
        assert r.status_code == 400 and r.json()["error"]["code"] == "UNKNOWN_ALLOWLIST"
    assert a.get(f"/v1/agents/{gid}").json()["allowlist"] is None


def test_rotate_and_revoke_key(server: Server) -> None:
    agent_id, old = server.add_agent()
    a = server.admin
    r = a.post(f"/v1/agents/{agent_id}/rotate-key")
    assert r.status_code == 200 and r.json()["agent"]["id"] == agent_id
    new = r.json()["api_key"]
    call = {"tool": "search_kb", "arguments": {"query": "q"}}
    with server.agent_client(old) as c:
        assert c.post("/v1/check", json=call).status_code == 401
    with server.agent_client(new) as c:
        assert c.post("/v1/check", json=call).status_code == 200
        assert a.post(f"/v1/agents/{agent_id}/revoke-key").json()["id"] == agent_id
        assert c.post("/v1/check", json=call).status_code == 401
    assert a.post("/v1/agents/agt_nope/rotate-key").status_code == 404
    assert a.post("/v1/agents/agt_nope/revoke-key").status_code == 404


# ---- allowlists -----------------------------------------------------------------------------

def test_allowlists_put_creates_and_revision_follows_content(server: Server) -> None:
    a = server.admin
    names = [x["name"] for x in a.get("/v1/allowlists").json()["allowlists"]]
    assert names == ["readonly", "support"]
    doc = {"name": "triage", "tenant": "acme", "description": "first", "tools": {"search_kb": {}}}
    r = a.put("/v1/allowlists/triage", json=doc)
    assert r.status_code == 200
    first = r.json()
    assert (first["name"], first["tenant"], first["document"]) == ("triage", "acme", doc)
    assert len(first["revision"]) == 16 and int(first["revision"], 16) >= 0
    n_records = len(admin_records(server))
    # The same content keeps its revision and records nothing; the name may come from the path alone.
    again = a.put("/v1/allowlists/triage", json={k: v for k, v in doc.items() if k != "name"}).json()
    assert again["revision"] == first["revision"]
    assert len(admin_records(server)) == n_records
    changed = a.put("/v1/allowlists/triage", json={**doc, "tools": {"search_kb": {}, "get_order": {}}}).json()
    assert changed["revision"] != first["revision"]
    assert a.get("/v1/allowlists/triage").json() == changed
    assert [x["name"] for x in a.get("/v1/allowlists").json()["allowlists"]] == ["readonly", "support", "triage"]
    assert a.get("/v1/allowlists/nope").status_code == 404

    mismatch = a.put("/v1/allowlists/triage", json={**doc, "name": "other"})
    assert mismatch.status_code == 400 and mismatch.json()["error"]["details"] == {"path": "triage", "body": "other"}
    # An allowlist cannot move to another tenant under the same name.
    moved = a.put("/v1/allowlists/triage", json={**doc, "tenant": "globex", "tools": {}})
    assert moved.status_code == 409
    assert a.get("/v1/allowlists/triage").json() == changed


# ---- the audit record of every admin change ---------------------------------------------------

def test_every_admin_change_is_an_audit_record_with_digests_only(server: Server) -> None:
    a = server.admin
    start = len(admin_records(server))
    a.post("/v1/tools", json=NEW_TOOL)
    created_digest = tool_digest(server, "acme", "lookup_user")
    a.put("/v1/tools/lookup_user", json={**NEW_TOOL, "description": "MARKER-DESC-2 changed"})
    updated_digest = tool_digest(server, "acme", "lookup_user")
    a.delete("/v1/tools/lookup_user", params={"tenant": "acme"})
    agent = a.post("/v1/agents", json={"name": "MARKER-AGENT-NAME", "tenant": "acme", "allowlist": "support"}).json()
    agent_id = agent["agent"]["id"]
    a.patch(f"/v1/agents/{agent_id}", json={"trust": "privileged"})
    a.post(f"/v1/agents/{agent_id}/rotate-key")
    a.post(f"/v1/agents/{agent_id}/revoke-key")
    al = a.put("/v1/allowlists/triage", json={"name": "triage", "tenant": "acme", "description": "MARKER-AL-DESC",
                                              "tools": {"search_kb": {}}}).json()
    # Refused changes leave no record.
    a.post("/v1/tools", json={**NEW_TOOL, "input_schema": {"type": 3}})
    a.patch(f"/v1/agents/{agent_id}", json={"allowlist": "nope"})

    recs = admin_records(server)[start:]
    assert [(r["admin"]["action"], r["admin"]["target"]) for r in recs] == [
        ("tool.create", "tool:lookup_user"), ("tool.update", "tool:lookup_user"), ("tool.delete", "tool:lookup_user"),
        ("agent.create", f"agent:{agent_id}"), ("agent.update", f"agent:{agent_id}"),
        ("agent.rotate_key", f"agent:{agent_id}"), ("agent.revoke_key", f"agent:{agent_id}"),
        ("allowlist.apply", "allowlist:triage")]
    assert all(r["kind"] == "admin" and r["admin"]["actor"] == "admin-token" and r["tenant"] == "acme" for r in recs)
    create, update, delete, ag_create, ag_update, _, _, apply = recs
    assert "before_digest" not in create["admin"] and create["admin"]["after_digest"] == created_digest
    assert update["admin"]["before_digest"] == created_digest and update["admin"]["after_digest"] == updated_digest
    assert delete["admin"]["before_digest"] == updated_digest and "after_digest" not in delete["admin"]
    assert create["tool"] == "lookup_user" and ag_create["agent_id"] == agent_id
    assert ag_update["admin"]["before_digest"] == ag_create["admin"]["after_digest"]
    assert ag_update["admin"]["after_digest"] != ag_update["admin"]["before_digest"]
    assert "before_digest" not in apply["admin"] and apply["admin"]["after_digest"] == al["revision"]
    # Digests, never the documents or the keys.
    text = str(recs)
    for secret in ("MARKER-DESC", "MARKER-AGENT-NAME", "MARKER-AL-DESC", "input_schema", agent["api_key"]):
        assert secret not in text
    # Each record is findable by id and the chain still verifies.
    assert a.get(f"/v1/audit/{apply['decision_id']}").json()["admin"] == apply["admin"]
    assert a.get("/v1/audit/verify").json()["ok"] is True
