"""/v1/approvals, /v1/operators and /v1/tenants over real HTTP: bad input answered in the one error shape and
changing nothing, who may read which approval, the long poll, and the roles each route declares in OpenAPI.
(The main flows are in tests/integration/test_approvals.py.)"""

from __future__ import annotations

import threading
import time
from typing import Any

import httpx
import pytest

from arbiter.audit import query as audit_query
from tests.conftest import Server

OVER_100 = {"properties": {"amount": {"exclusiveMinimum": 100}}, "required": ["amount"]}
REFUNDS = {"name": "refunds", "tenant": "acme", "tools": {"get_order": {},
                                                         "refund_order": {"approval": {"when": [
                                                             {"arguments": OVER_100}]}}}}
BIG = {"order_id": "ORD-000042", "amount": 250}


def error(r: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    """The one error shape: {"error": {"code", "message", "details"}}, and nothing else."""
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    if code is not None:
        assert body["error"]["code"] == code, body
    err: dict[str, Any] = body["error"]
    return err


def admin_actions(server: Server) -> list[str]:
    return [r.admin.action for r in audit_query.export(server.svc.db, audit_query.AuditFilter(kind="admin"))
            if r.admin]


def operator(server: Server, name: str, roles: list[str], tenants: list[str] | None = None) -> httpx.Client:
    r = server.admin.post("/v1/operators", json={"name": name, "roles": roles, **({"tenants": tenants}
                                                                                   if tenants else {})})
    assert r.status_code == 201, r.text
    return httpx.Client(base_url=server.url, timeout=30, headers={"Authorization": f"Bearer {r.json()['api_key']}"})


@pytest.fixture
def held(server: Server) -> tuple[Server, str, httpx.Client, httpx.Client]:
    """A pending approval of an agent's refund, the agent's client and an approver of acme."""
    assert server.admin.put("/v1/allowlists/refunds", json=REFUNDS).status_code == 200
    _, key = server.add_agent("refunder", trust="privileged", allowlist="refunds")
    agent = server.agent_client(key)
    r = agent.post("/v1/check", json={"tool": "refund_order", "arguments": BIG})
    assert r.status_code == 200 and r.json()["verdict"] == "hold", r.text
    return server, r.json()["approval_id"], agent, operator(server, "ann", ["approver"], ["acme"])


# ---- operators -------------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "code"), [
    ({"name": "ann", "roles": ["root"]}, None),
    ({"name": "ann", "roles": ["approver", "superuser"]}, None),
    ({"name": "ann", "roles": []}, "INVALID_ROLE"),
    ({"name": "ann", "roles": ["approver"], "password": "x"}, None),
    ({"name": "ann", "roles": ["approver"], "tenants": ["acme", "no such tenant!"]}, "INVALID_NAME"),
    ({"name": "ann", "roles": ["approver"], "tenants": "acme"}, None),
    ({"name": "", "roles": ["approver"]}, "INVALID_NAME"),
    ({"roles": ["approver"]}, None),
    ({"name": "ann"}, None),
])
def test_create_operator_refuses_bad_input(server: Server, body: dict[str, Any], code: str | None) -> None:
    r = server.admin.post("/v1/operators", json=body)
    err = error(r, 400, code)
    assert "api_key" not in r.text and "opk_" not in r.text
    assert err["code"]  # always a code, even for what the decoder refused
    assert server.admin.get("/v1/operators").json() == {"operators": []}
    assert not [a for a in admin_actions(server) if a.startswith("operator.")]


def test_operators_are_listed_and_shown_without_keys(server: Server) -> None:
    r = server.admin.post("/v1/operators", json={"name": "ann", "roles": ["approver"], "tenants": ["acme"]})
    assert r.status_code == 201
    key, op = r.json()["api_key"], r.json()["operator"]
    assert op["created_by"] == "admin-token" and op["tenants"] == ["acme"] and op["status"] == "active"
    for path in ("/v1/operators", f"/v1/operators/{op['id']}"):
        got = server.admin.get(path)
        assert got.status_code == 200 and key not in got.text and key[4:] not in got.text
        assert "key_hash" not in got.text
    assert server.admin.get(f"/v1/operators/{op['id']}").json() == op
    error(server.admin.get("/v1/operators/op_nope"), 404, "NOT_FOUND")
    error(server.admin.post("/v1/operators/op_nope/rotate-key"), 404, "NOT_FOUND")
    error(server.admin.post("/v1/operators/op_nope/revoke"), 404, "NOT_FOUND")
    assert server.admin.post(f"/v1/operators/{op['id']}/revoke").status_code == 200
    err = error(server.admin.post(f"/v1/operators/{op['id']}/rotate-key"), 400, "OPERATOR_REVOKED")
    assert err["details"] == {"id": op["id"]}
    assert server.admin.get(f"/v1/operators/{op['id']}").json()["status"] == "revoked"


def test_an_operator_admin_creates_operators_in_its_own_name(server: Server) -> None:
    boss = operator(server, "boss", ["admin"])
    r = boss.post("/v1/operators", json={"name": "ann", "roles": ["auditor"]})
    assert r.status_code == 201
    boss_id = next(o["id"] for o in server.admin.get("/v1/operators").json()["operators"] if o["name"] == "boss")
    assert r.json()["operator"]["created_by"] == f"operator:{boss_id}"
    recs = [x for x in audit_query.export(server.svc.db, audit_query.AuditFilter(kind="admin"))
            if x.admin and x.admin.action == "operator.create"]
    assert [x.admin.actor for x in recs] == ["admin-token", f"operator:{boss_id}"]  # type: ignore[union-attr]


# ---- tenant settings -------------------------------------------------------------------------

@pytest.mark.parametrize(("tenant", "body", "code"), [
    ("acme", {"approval_webhook": "ftp://hooks.example/x"}, "INVALID_SETTINGS"),
    ("acme", {"approval_webhook": "not a url"}, "INVALID_SETTINGS"),
    ("acme", {"approval_ttl_s": 0}, "INVALID_SETTINGS"),
    ("acme", {"approval_ttl_s": 30 * 86400 + 1}, "INVALID_SETTINGS"),
    ("acme", {"webhook": "https://hooks.example/x"}, None),
    ("acme", {"self_approval": "yes"}, None),
    ("acme", {"approval_ttl_s": "an hour"}, None),
    ("bad!tenant", {"self_approval": True}, "INVALID_NAME"),
    ("x" * 129, {"self_approval": True}, "INVALID_NAME"),
])
def test_put_settings_refuses_bad_input(server: Server, tenant: str, body: dict[str, Any], code: str | None) -> None:
    error(server.admin.put(f"/v1/tenants/{tenant}/settings", json=body), 400, code)
    assert server.admin.get("/v1/tenants/acme/settings").json() == {}  # the defaults (omitted)
    assert server.svc.approvals.settings("acme").approval_ttl_s == 3600
    assert "tenant.settings" not in admin_actions(server)


def test_put_settings_replaces_the_document(server: Server) -> None:
    r = server.admin.put("/v1/tenants/acme/settings", json={"approval_ttl_s": 120, "self_approval": True})
    assert r.status_code == 200 and r.json() == {"approval_ttl_s": 120, "self_approval": True}
    # A PUT replaces: what it leaves out is back to the default.
    r = server.admin.put("/v1/tenants/acme/settings", json={"approval_webhook": "https://hooks.example/a"})
    assert r.json() == {"approval_webhook": "https://hooks.example/a"}
    assert server.admin.get("/v1/tenants/acme/settings").json() == {"approval_webhook": "https://hooks.example/a"}
    assert server.admin.get("/v1/tenants/globex/settings").json() == {}
    assert admin_actions(server).count("tenant.settings") == 2


# ---- approvals -------------------------------------------------------------------------------

@pytest.mark.parametrize("params", [{"status": "bogus"}, {"status": "PENDING"}])
def test_list_refuses_an_unknown_status(held: Any, params: dict[str, str]) -> None:
    server, *_ = held
    error(server.admin.get("/v1/approvals", params=params), 400, "INVALID_QUERY")


@pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"limit": "many"}])
def test_list_refuses_a_bad_limit(held: Any, params: dict[str, Any]) -> None:
    server, *_ = held
    error(server.admin.get("/v1/approvals", params=params), 400)


def test_list_by_tenant_for_approvers_and_auditors(held: Any) -> None:
    server, aid, _, ann = held
    olga = operator(server, "olga", ["approver"], ["globex"])
    carl = operator(server, "carl", ["auditor"])
    assert [a["id"] for a in ann.get("/v1/approvals").json()["approvals"]] == [aid]
    assert ann.get("/v1/approvals", params={"tenant": "globex"}).json() == {"approvals": []}
    assert olga.get("/v1/approvals", params={"tenant": "acme"}).json() == {"approvals": []}
    assert [a["id"] for a in carl.get("/v1/approvals", params={"tenant": "acme"}).json()["approvals"]] == [aid]
    assert carl.get("/v1/approvals", params={"status": "approved"}).json() == {"approvals": []}


@pytest.mark.parametrize("wait", ["-1", "1000", "61", "soon"])
def test_show_refuses_a_bad_wait(held: Any, wait: str) -> None:
    server, aid, agent, ann = held
    for client in (ann, agent, server.admin):
        start = time.monotonic()
        error(client.get(f"/v1/approvals/{aid}", params={"wait": wait}), 400)
        assert time.monotonic() - start < 5


def test_a_long_comment_is_refused_and_the_approval_stays_pending(held: Any) -> None:
    server, aid, _, ann = held
    err = error(ann.post(f"/v1/approvals/{aid}/approve", json={"comment": "x" * 2001}), 400)
    assert err["details"] == {"field": "comment"}
    error(ann.post(f"/v1/approvals/{aid}/deny", json={"comment": "x" * 2001}), 400)
    error(ann.post(f"/v1/approvals/{aid}/approve", json={"comment": "ok", "amount": 1}), 400)
    error(ann.post(f"/v1/approvals/{aid}/approve", json={"comment": 42}), 400)
    view = server.svc.approvals.get(aid)
    assert view.status == "pending" and view.comment is None
    assert not list(audit_query.export(server.svc.db, audit_query.AuditFilter(kind="approval")))
    r = ann.post(f"/v1/approvals/{aid}/approve", json={"comment": "x" * 2000})
    assert r.status_code == 200 and r.json()["comment"] == "x" * 2000


def test_deciding_an_unknown_or_decided_approval(held: Any) -> None:
    _server, aid, _, ann = held
    for verb in ("approve", "deny"):
        err = error(ann.post(f"/v1/approvals/apr_nope/{verb}"), 404, "APPROVAL_NOT_FOUND")
        assert err["details"] == {"id": "apr_nope"}
    r = ann.post(f"/v1/approvals/{aid}/deny")  # no body at all
    assert r.status_code == 200 and r.json()["status"] == "denied" and "comment" not in r.json()
    err = error(ann.post(f"/v1/approvals/{aid}/approve", json={}), 409, "APPROVAL_DECIDED")
    assert err["details"] == {"id": aid, "status": "denied"}


def test_an_agent_reads_its_own_approvals_only(held: Any) -> None:
    server, aid, agent, _ = held
    r = agent.get(f"/v1/approvals/{aid}")
    assert r.status_code == 200 and r.json()["id"] == aid and r.json()["status"] == "pending"
    _, other_key = server.add_agent("other", trust="privileged", allowlist="refunds")
    other = server.agent_client(other_key)
    err = error(other.get(f"/v1/approvals/{aid}"), 404, "APPROVAL_NOT_FOUND")
    # Indistinguishable from an approval that does not exist.
    assert err == {"code": "APPROVAL_NOT_FOUND", "message": f"no approval {aid!r}", "details": {"id": aid}}
    assert error(other.get("/v1/approvals/apr_nope"), 404) == {
        "code": "APPROVAL_NOT_FOUND", "message": "no approval 'apr_nope'", "details": {"id": "apr_nope"}}
    # An agent decides nothing and lists nothing; without credentials nothing is readable.
    error(agent.post(f"/v1/approvals/{aid}/approve"), 401)
    error(agent.get("/v1/approvals"), 401)
    error(httpx.get(f"{server.url}/v1/approvals/{aid}"), 401)
    error(httpx.get(f"{server.url}/v1/approvals/{aid}", headers={"Authorization": "Bearer opk_forged"}), 401)
    # An approver of another tenant does not see it either.
    olga = operator(server, "olga", ["approver"], ["globex"])
    error(olga.get(f"/v1/approvals/{aid}"), 404, "APPROVAL_NOT_FOUND")
    assert server.svc.approvals.get(aid).status == "pending"


@pytest.mark.parametrize("reader", ["approver", "agent"])
def test_a_long_poll_returns_as_soon_as_it_is_decided(held: Any, reader: str) -> None:
    _server, aid, agent, ann = held
    client = ann if reader == "approver" else agent

    def approve_soon() -> None:
        time.sleep(0.5)
        assert ann.post(f"/v1/approvals/{aid}/approve", json={"comment": "ok"}).status_code == 200

    thread = threading.Thread(target=approve_soon)
    start = time.monotonic()
    thread.start()
    r = client.get(f"/v1/approvals/{aid}", params={"wait": 5})
    took = time.monotonic() - start
    thread.join()
    assert r.status_code == 200 and r.json()["status"] == "approved" and r.json()["comment"] == "ok", r.text
    assert 0.4 <= took < 3, took


def test_a_long_poll_times_out_with_the_pending_approval(held: Any) -> None:
    _server, aid, agent, _ = held
    start = time.monotonic()
    r = agent.get(f"/v1/approvals/{aid}", params={"wait": 1})
    took = time.monotonic() - start
    assert r.status_code == 200 and r.json()["status"] == "pending"
    assert 0.9 <= took < 4, took


# ---- OpenAPI ---------------------------------------------------------------------------------

ROLES_BY_PREFIX = [
    ("/v1/operators", ["admin"]), ("/v1/tenants", ["admin"]), ("/v1/tools", ["admin"]),
    ("/v1/agents", ["admin"]),
    ("/v1/allowlists/{name}/revisions", ["auditor", "admin"]),  # reading history only; before /v1/allowlists
    ("/v1/allowlists", ["admin"]), ("/v1/providers", ["admin"]), ("/v1/policy/replay", ["auditor", "admin"]),
    ("/v1/models/", ["admin"]), ("/v1/upstreams", ["admin"]),  # GET /v1/models is the agents' model list
    ("/v1/audit", ["auditor", "admin"]), ("/v1/usage", ["auditor", "admin"]),
]
AGENT_ROUTES = {("/v1/tools/{name}/invoke", "post")}


def test_openapi_names_the_roles_of_each_operation(server: Server) -> None:
    doc = httpx.get(f"{server.url}/schema/openapi.json").json()
    assert doc["components"]["securitySchemes"]["bearer"] == {"type": "http", "scheme": "bearer"}
    seen = set()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            if (path, method) in AGENT_ROUTES:  # an agent's key, no operator role
                assert op.get("security", doc.get("security")) == [{"bearer": []}], (method, path)
                continue
            for prefix, roles in ROLES_BY_PREFIX:
                if path == prefix or path.startswith(prefix.rstrip("/") + "/"):
                    assert op.get("security") == [{"bearer": roles}], (method, path, op.get("security"))
                    seen.add(prefix)
                    break  # the first, most specific prefix decides
    assert seen == {p for p, _ in ROLES_BY_PREFIX}
    approvals = doc["paths"]
    assert approvals["/v1/approvals"]["get"]["security"] == [{"bearer": ["approver", "auditor", "admin"]}]
    for verb in ("approve", "deny"):
        assert approvals[f"/v1/approvals/{{approval_id}}/{verb}"]["post"]["security"] == [{"bearer": ["approver"]}]
    # Reading one approval is open to its agent's key too: no operator role is demanded.
    show = approvals["/v1/approvals/{approval_id}"]["get"]
    assert show.get("security", doc.get("security")) == [{"bearer": []}]
    wait = next(p for p in show["parameters"] if p["name"] == "wait")
    assert (wait["schema"].get("minimum"), wait["schema"].get("maximum")) == (0, 60)
