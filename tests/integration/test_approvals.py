"""Human approval bound to the exact call, and operators with roles, over real HTTP on SQLite and PostgreSQL:
a refund over the limit is held, approved by an approver, executed once, and the three records link up; every
way of misusing an approval is refused, audited, and executes nothing."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from tests.conftest import Server

REFUNDS = {"name": "refunds", "tenant": "acme", "tools": {
    "get_order": {},
    "refund_order": {"approval": {"when": [{"arguments": {"properties": {"amount": {"exclusiveMinimum": 100}},
                                                          "required": ["amount"]}}]}},
    "send_email": {"approval": {"when": [{"new_value": "/to"}]}},
}}
BIG = {"order_id": "ORD-000042", "amount": 250, "reason": "damaged"}


def operator(server: Server, name: str, roles: list[str], tenants: list[str] | None = None,
             by: httpx.Client | None = None) -> tuple[str, httpx.Client]:
    r = (by or server.admin).post("/v1/operators", json={"name": name, "roles": roles,
                                                         **({"tenants": tenants} if tenants else {})})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["api_key"].startswith("opk_")
    return body["operator"]["id"], httpx.Client(base_url=server.url, timeout=30,
                                                headers={"Authorization": f"Bearer {body['api_key']}"})


@pytest.fixture
def setup(server: Server) -> tuple[Server, str, httpx.Client, httpx.Client, httpx.Client]:
    r = server.admin.put("/v1/allowlists/refunds", json=REFUNDS)
    assert r.status_code == 200, r.text
    agent_id, key = server.add_agent("refunder", trust="privileged", allowlist="refunds")
    _, approver = operator(server, "ann", ["approver"], ["acme"])
    return server, agent_id, server.agent_client(key), approver, server.admin


def check(agent: httpx.Client, arguments: dict[str, Any], approval_id: str | None = None,
          tool: str = "refund_order") -> dict[str, Any]:
    r = agent.post("/v1/check", json={"tool": tool, "arguments": arguments,
                                      **({"approval_id": approval_id} if approval_id else {})})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def records(server: Server, **params: Any) -> list[dict[str, Any]]:
    r = server.admin.get("/v1/audit", params={"limit": 500, **params})
    assert r.status_code == 200, r.text
    return sorted(r.json()["records"], key=lambda x: x["seq"])


def test_held_approved_executed_once_and_linked(setup: Any) -> None:
    server, _agent_id, agent, approver, _ = setup
    small = check(agent, {"order_id": "ORD-000042", "amount": 40})
    assert small["verdict"] == "allow"
    held = check(agent, BIG)
    assert held["verdict"] == "hold" and held["approval_id"].startswith("apr_")
    assert held["reasons"][0]["code"] == "APPROVAL_REQUIRED"
    # The same call again while it waits: the same approval, no second one.
    assert check(agent, BIG)["approval_id"] == held["approval_id"]
    pending = approver.get("/v1/approvals", params={"status": "pending"}).json()["approvals"]
    assert [a["id"] for a in pending] == [held["approval_id"]]
    assert pending[0]["arguments"] == BIG and pending[0]["tool"] == "refund_order"
    r = approver.post(f"/v1/approvals/{held['approval_id']}/approve", json={"comment": "customer called"})
    assert r.status_code == 200 and r.json()["status"] == "approved", r.text
    go = check(agent, BIG, held["approval_id"])
    assert go["verdict"] == "allow"
    assert [f["code"] for f in go["flags"]] == ["APPROVED"]
    again = check(agent, BIG, held["approval_id"])
    assert again["verdict"] == "deny" and again["reasons"][0]["code"] == "APPROVAL_USED"
    view = agent.get(f"/v1/approvals/{held['approval_id']}").json()
    assert view["status"] == "used" and view["used_decision_id"] == go["decision_id"]
    linked = [r for r in records(server) if r.get("approval_id") == held["approval_id"]]
    assert [(r["kind"], r["verdict"]) for r in linked] == [("check", "hold"), ("check", "hold"),
                                                           ("approval", "allow"), ("check", "allow"),
                                                           ("check", "deny")]
    decision = linked[2]
    assert decision["admin"]["actor"].startswith("operator:op_") and "customer called" in \
        decision["reasons"][0]["message"]
    assert server.admin.get("/v1/audit/verify").json()["ok"] is True


@pytest.mark.parametrize("case", ["other_arguments", "other_tool", "expired", "denied", "other_agent",
                                  "policy_changed", "pending", "unknown"])
def test_a_misused_approval_is_refused_audited_and_nothing_runs(setup: Any, case: str) -> None:
    server, _agent_id, agent, approver, admin = setup
    held = check(agent, BIG)
    aid = held["approval_id"]
    if case != "pending":
        decision = "deny" if case == "denied" else "approve"
        assert approver.post(f"/v1/approvals/{aid}/{decision}").status_code == 200
    arguments = BIG
    expected = {"other_arguments": "APPROVAL_MISMATCH", "other_tool": "APPROVAL_MISMATCH",
                "expired": "APPROVAL_EXPIRED", "denied": "APPROVAL_DENIED", "other_agent": "APPROVAL_NOT_FOUND",
                "policy_changed": "APPROVAL_STALE", "pending": "APPROVAL_PENDING", "unknown": "APPROVAL_NOT_FOUND"}
    client = agent
    if case == "other_arguments":
        arguments = {**BIG, "amount": 490}
    elif case == "expired":
        server.svc.approvals.clock = lambda: time.time() + 7200
    elif case == "other_agent":
        _, key = server.add_agent("other", trust="privileged", allowlist="refunds")
        client = server.agent_client(key)
    elif case == "policy_changed":
        assert admin.put("/v1/allowlists/refunds", json={**REFUNDS, "description": "v2"}).status_code == 200
    elif case == "unknown":
        aid = "apr_0000"
    if case == "other_tool":
        out = check(client, {"to": "x@example.com", "subject": "s", "body": "b"}, aid, tool="send_email")
    else:
        out = check(client, arguments, aid)
    if case == "pending":
        assert out["verdict"] == "hold" and out["approval_id"] == aid
        assert out["reasons"][-1]["code"] == expected[case]
        return
    if case == "other_tool":  # a first-time recipient: its own hold would apply, but the approval fails first
        assert out["verdict"] == "deny", out
    assert out["verdict"] == "deny" and out["reasons"][0]["code"] == expected[case], out
    (rec,) = [r for r in records(server) if r["decision_id"] == out["decision_id"]]
    assert rec["verdict"] == "deny"
    if case in ("other_arguments", "policy_changed", "expired"):
        # The genuine approval stays unused: nothing ran under it.
        assert server.svc.approvals.get(held["approval_id"]).used_at is None


def test_two_concurrent_uses_of_one_approval_execute_once(setup: Any) -> None:
    _server, _, agent, approver, _ = setup
    aid = check(agent, BIG)["approval_id"]
    approver.post(f"/v1/approvals/{aid}/approve")
    with ThreadPoolExecutor(8) as pool:
        verdicts = list(pool.map(lambda _: check(agent, BIG, aid)["verdict"], range(8)))
    assert sorted(verdicts) == ["allow"] + ["deny"] * 7


def test_roles_are_checked_on_every_route(setup: Any) -> None:
    server, _agent_id, agent, approver, _admin = setup
    aid = check(agent, BIG)["approval_id"]
    _, auditor = operator(server, "carl", ["auditor"])
    _, other_approver = operator(server, "olga", ["approver"], ["globex"])
    # An auditor reads and verifies, changes nothing.
    assert auditor.get("/v1/audit").status_code == 200
    assert auditor.get("/v1/audit/verify").json()["ok"] is True
    assert auditor.get("/v1/approvals").status_code == 200
    for method, path, body in [("post", f"/v1/approvals/{aid}/approve", {}),
                               ("put", "/v1/allowlists/refunds", REFUNDS),
                               ("post", "/v1/agents", {"name": "x", "tenant": "acme"}),
                               ("post", "/v1/operators", {"name": "y", "roles": ["admin"]}),
                               ("delete", "/v1/tools/search_kb", None)]:
        r = auditor.request(method.upper(), path, json=body)
        assert r.status_code == 403 and r.json()["error"]["code"] == "ROLE_REQUIRED", (path, r.text)
    # An approver of another tenant cannot see or decide this one.
    r = other_approver.post(f"/v1/approvals/{aid}/approve")
    assert r.status_code == 404 and r.json()["error"]["code"] == "APPROVAL_NOT_FOUND"
    assert other_approver.get("/v1/approvals").json()["approvals"] == []
    # An approver changes no policy; an agent key is not an operator.
    assert approver.get("/v1/tools").status_code == 403
    assert agent.get("/v1/approvals").status_code == 401
    assert server.svc.approvals.get(aid).status == "pending"


def test_a_revoked_or_rotated_operator_key_stops_working(setup: Any) -> None:
    server, _, agent, _, admin = setup
    op_id, client = operator(server, "dora", ["approver"], ["acme"])
    aid = check(agent, BIG)["approval_id"]
    r = admin.post(f"/v1/operators/{op_id}/rotate-key")
    assert r.status_code == 200
    assert client.post(f"/v1/approvals/{aid}/approve").status_code == 401
    rotated = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {r.json()['api_key']}"})
    assert admin.post(f"/v1/operators/{op_id}/revoke").status_code == 200
    assert rotated.post(f"/v1/approvals/{aid}/approve").status_code == 401
    assert server.svc.approvals.get(aid).status == "pending"


def test_an_operator_cannot_approve_a_call_of_an_agent_they_created(setup: Any) -> None:
    server, _, _, _, admin = setup
    _, boss = operator(server, "erin", ["admin", "approver"], ["acme"])
    r = boss.post("/v1/agents", json={"name": "mine", "tenant": "acme", "trust": "privileged",
                                      "allowlist": "refunds"})
    assert r.status_code == 201
    mine = server.agent_client(r.json()["api_key"])
    aid = check(mine, BIG)["approval_id"]
    r = boss.post(f"/v1/approvals/{aid}/approve")
    assert r.status_code == 403 and r.json()["error"]["code"] == "SELF_APPROVAL"
    assert admin.put("/v1/tenants/acme/settings", json={"self_approval": True}).status_code == 200
    assert boss.post(f"/v1/approvals/{aid}/approve").status_code == 200


def test_a_new_recipient_is_held_then_known(setup: Any) -> None:
    _server, _, agent, approver, _ = setup
    mail = {"to": "jane@example.com", "subject": "Refund", "body": "Done."}
    first = check(agent, mail, tool="send_email")
    assert first["verdict"] == "hold" and first["reasons"][0]["code"] == "NEW_RECIPIENT"
    approver.post(f"/v1/approvals/{first['approval_id']}/approve")
    assert check(agent, mail, first["approval_id"], tool="send_email")["verdict"] == "allow"
    deadline = time.monotonic() + 5
    while check(agent, {**mail, "subject": "Another"}, tool="send_email")["verdict"] != "allow":
        assert time.monotonic() < deadline, "the approved recipient never became known"
        time.sleep(0.1)


def test_invoke_waits_for_the_approval_and_runs_once(setup: Any) -> None:
    server, _, agent, approver, _ = setup
    hits: list[dict[str, Any]] = []

    class Tool(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_POST(self) -> None:
            hits.append({"n": len(hits)})
            body = b'{"refunded": true}'
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Tool)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        svc = server.svc
        tool = svc.registry.tool("acme", "refund_order")
        from arbiter.registry import ToolSpec

        svc.registry.put_tool(ToolSpec(tenant="acme", name="refund_order", description=tool.description,
                                       input_schema=tool.input_schema, risk=tool.risk, annotations=tool.annotations,
                                       upstream={"kind": "http",
                                                 "url": f"http://127.0.0.1:{httpd.server_address[1]}/refund"}),
                              actor="test")
        r = agent.post("/v1/tools/refund_order/invoke", json={"arguments": BIG})
        assert r.status_code == 202 and not hits
        aid = r.json()["approval_id"]

        def approve_soon() -> None:
            time.sleep(0.5)
            approver.post(f"/v1/approvals/{aid}/approve")

        threading.Thread(target=approve_soon).start()
        r = agent.post("/v1/tools/refund_order/invoke", params={"wait": 10}, json={"arguments": BIG})
        assert r.status_code == 200, r.text
        assert r.json()["result"] == {"refunded": True} and len(hits) == 1
        r = agent.post("/v1/tools/refund_order/invoke", json={"arguments": BIG, "approval_id": aid})
        assert r.status_code == 403 and r.json()["error"]["details"]["reasons"][0]["code"] == "APPROVAL_USED"
        assert len(hits) == 1
    finally:
        httpd.shutdown()


def test_a_webhook_announces_each_new_hold(setup: Any) -> None:
    _server, _, agent, _, admin = setup
    got: list[bytes] = []

    class Hook(BaseHTTPRequestHandler):
        def log_message(self, *a: Any) -> None:
            pass

        def do_POST(self) -> None:
            got.append(self.rfile.read(int(self.headers["content-length"])))
            self.send_response(204)
            self.end_headers()

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{httpd.server_address[1]}/hook"
        assert admin.put("/v1/tenants/acme/settings", json={"approval_webhook": url}).status_code == 200
        aid = check(agent, BIG)["approval_id"]
        deadline = time.monotonic() + 5
        while not got and time.monotonic() < deadline:
            time.sleep(0.05)
        import json

        (posted,) = [json.loads(b) for b in got]
        assert aid in posted["text"] and posted["approval"]["id"] == aid and "refund_order" in posted["text"]
    finally:
        httpd.shutdown()


def test_an_entry_sets_how_long_its_approvals_live(server: Server) -> None:
    doc = {**REFUNDS, "tools": {**REFUNDS["tools"], "refund_order": {
        "approval": {"when": [{"always": True}], "expires_s": 90}}}}
    assert server.admin.put("/v1/allowlists/refunds", json=doc).status_code == 200
    _, key = server.add_agent("short", trust="privileged", allowlist="refunds")
    aid = check(server.agent_client(key), BIG)["approval_id"]
    row = server.svc.approvals.row(aid)
    assert row.expires_at - row.created_at == pytest.approx(90)
