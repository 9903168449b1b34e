"""The console's pages over real HTTP on loopback, on SQLite and PostgreSQL: sign-in, roles, filters,
detail with chain check, approvals, trends, registry pages, escaping and the security headers."""

from __future__ import annotations

import json
import re
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from arbiter.audit import query as audit_query
from arbiter.console import pages
from arbiter.db.models import audit_records
from tests.api.controllers.test_approvals import BIG, REFUNDS
from tests.api.controllers.test_check import EMAIL_OK
from tests.audit.test_verify import _disable_triggers
from tests.conftest import Server

XSS = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


def new_operator(server: Server, name: str, roles: list[str], tenants: list[str] | None = None) -> str:
    r = server.admin.post("/v1/operators", json={"name": name, "roles": roles, **({"tenants": tenants}
                                                                                   if tenants else {})})
    assert r.status_code == 201, r.text
    key: str = r.json()["api_key"]
    return key


def signed_in(server: Server, token: str = "test-admin-token") -> httpx.Client:
    """A browser-like client (cookies, no bearer header) signed in to the console."""
    client = httpx.Client(base_url=server.url, timeout=30)
    r = client.post("/console/login", data={"token": token, "next": "/console/decisions"})
    assert r.status_code == 303 and r.headers["location"] == "/console/decisions", r.text
    return client


def csrf(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found, "the page has no CSRF token"
    return found.group(1)


def error_of(page: str) -> str:
    found = re.search(r'<p class="error" role="alert">(.*?)</p>', page, re.S)
    return re.sub(r"<[^>]+>", "", found.group(1)) if found else ""


def decision_ids(page: str) -> list[str]:
    return re.findall(r'href="/console/decisions/([0-9a-f-]{36})"', page)


@pytest.fixture
def traffic(server: Server) -> tuple[Server, list[str]]:
    """An allowed and a denied call (its arguments carry markup), in that order."""
    _, key = server.add_agent()
    with server.agent_client(key) as c:
        ok = c.post("/v1/check", json={"tool": "send_email", "arguments": EMAIL_OK, "call_id": "c-1"}).json()
        bad = c.post("/v1/check", json={"tool": "send_email", "call_id": "c-2",
                                         "arguments": {**EMAIL_OK, "to": "eve@evil.test", "subject": XSS}}).json()
    assert (ok["verdict"], bad["verdict"]) == ("allow", "deny")
    return server, [ok["decision_id"], bad["decision_id"]]


def test_pages_need_a_session_and_sign_in_is_audited(traffic: Any) -> None:
    server, _ = traffic
    anon = httpx.Client(base_url=server.url, timeout=30)
    r = anon.get("/console/decisions?verdict=deny")
    assert r.status_code == 303
    assert r.headers["location"] == "/console/login?next=%2Fconsole%2Fdecisions%3Fverdict%3Ddeny"
    assert anon.get("/console/decisions/tail?after=0").status_code == 401
    before = len(list(audit_query.export(server.svc.db, audit_query.AuditFilter(kind="auth_failure"))))
    bad = anon.post("/console/login", data={"token": "opk_not-a-key", "next": "/console/trends"})
    assert bad.status_code == 401 and "unknown or revoked key" in error_of(bad.text)
    assert session_cookie(anon) is None
    failures = list(audit_query.export(server.svc.db, audit_query.AuditFilter(kind="auth_failure")))
    assert len(failures) == before + 1 and failures[-1].key_fingerprint
    # A forged cookie is no session; an absolute "next" is not followed (no open redirect).
    anon.cookies.set("arbiter_console", "v1.admin.x.99999999999.deadbeef", domain="127.0.0.1", path="/console")
    assert anon.get("/console/decisions").status_code == 303
    r = httpx.Client(base_url=server.url).post("/console/login", data={"token": "test-admin-token",
                                                                       "next": "//evil.test/x"})
    assert r.status_code == 303 and r.headers["location"] == "/console/decisions"


def session_cookie(client: httpx.Client) -> str | None:
    return client.cookies.get("arbiter_console")


def test_decisions_filters_and_bad_filters(traffic: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    server, (ok_id, bad_id) = traffic
    c = signed_in(server)
    page = c.get("/console/decisions").text
    assert decision_ids(page)[:2] == [bad_id, ok_id]  # newest first
    deny = c.get("/console/decisions", params={"verdict": "deny", "tool": "send_email"})
    assert deny.status_code == 200 and decision_ids(deny.text) == [bad_id]
    assert decision_ids(c.get("/console/decisions", params={"reason": "ALLOWLIST_CONSTRAINT"}).text) == [bad_id]
    assert decision_ids(c.get("/console/decisions", params={"call_id": "c-1"}).text) == [ok_id]
    for params, message in [({"since": "yesterday"}, "since must be an ISO 8601 time"),
                            ({"verdict": "maybe"}, "verdict must be allow, deny or hold"),
                            ({"reason": "DROP TABLE"}, "reason must be a reason code"),
                            ({"cursor": "abc"}, "cursor is not one this API returned")]:
        r = c.get("/console/decisions", params=params)
        assert r.status_code == 400 and message in error_of(r.text), (params, error_of(r.text))
        assert decision_ids(r.text) == []
    # Keyset pagination: with one record per page, the link to older records keeps the filters.
    monkeypatch.setattr(pages, "PAGE_SIZE", 1)
    first = c.get("/console/decisions", params={"kind": "check"}).text
    assert decision_ids(first) == [bad_id]
    older = re.search(r'<a rel="next" href="([^"]+)"', first)
    assert older and "kind=check" in older.group(1)
    second = c.get(older.group(1).replace("&amp;", "&")).text
    assert decision_ids(second) == [ok_id] and 'rel="next"' not in second


def test_live_tail_returns_only_newer_rows(traffic: Any) -> None:
    server, (ok_id, bad_id) = traffic
    c = signed_in(server)
    seqs = {audit_query.get(server.svc.db, d)["seq"]: d for d in (ok_id, bad_id)}
    older = min(seqs)
    r = c.get("/console/decisions/tail", params={"after": older, "tool": "send_email"})
    assert r.status_code == 200 and decision_ids(r.text) == [bad_id]
    assert r.headers["x-arbiter-last-seq"] == str(max(seqs))
    empty = c.get("/console/decisions/tail", params={"after": max(seqs), "tool": "send_email"})
    assert decision_ids(empty.text) == [] and empty.headers["x-arbiter-last-seq"] == str(max(seqs))
    assert c.get("/console/decisions/tail", params={"after": "-1"}).status_code == 400


def test_detail_shows_reasons_escaped_arguments_and_the_chain(traffic: Any) -> None:
    server, (_, bad_id) = traffic
    c = signed_in(server)
    r = c.get(f"/console/decisions/{bad_id}")
    assert r.status_code == 200
    html = r.text
    assert "ALLOWLIST_CONSTRAINT" in html and ">/to<" in html
    # Attacker-controlled text is shown as text, never as markup.
    assert "<script>document.title" not in html and "<img src=x" not in html
    assert "&lt;script&gt;document.title" in html
    assert "<strong class=\"good\">yes</strong>" in html
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    # Editing the stored body is seen on the page.
    seq = audit_query.get(server.svc.db, bad_id)["seq"]
    with server.svc.db.write.begin() as conn:
        _disable_triggers(server.svc, conn)
        conn.execute(update(audit_records).where(audit_records.c.seq == seq)
                     .values(body=audit_records.c.body + " "))
    tampered = c.get(f"/console/decisions/{bad_id}").text
    assert "<strong class=\"bad\">NO</strong>: hash does not match the record body" in tampered
    missing = c.get("/console/decisions/00000000-0000-0000-0000-000000000000")
    assert missing.status_code == 404 and "no audit record with that decision_id" in error_of(missing.text)


def test_roles_decide_what_a_signed_in_operator_may_see(traffic: Any) -> None:
    server, _ = traffic
    approver = signed_in(server, new_operator(server, "ann", ["approver"], ["acme"]))
    r = approver.get("/console/decisions")
    assert r.status_code == 403 and "ROLE_REQUIRED" in error_of(r.text)
    assert approver.get("/console/approvals").status_code == 200
    assert approver.get("/console/decisions/tail?after=0").status_code == 403
    auditor_key = new_operator(server, "aud", ["auditor"])
    auditor = signed_in(server, auditor_key)
    page = auditor.get("/console/decisions")
    assert page.status_code == 200 and 'href="/console/approvals"' in page.text
    # Revoking the operator ends its console session at once.
    op_id = next(o["id"] for o in server.admin.get("/v1/operators").json()["operators"] if o["name"] == "aud")
    assert server.admin.post(f"/v1/operators/{op_id}/revoke").status_code == 200
    server.svc.registry.reload()
    assert auditor.get("/console/decisions").status_code == 303


@pytest.fixture
def held(server: Server) -> tuple[Server, str, httpx.Client]:
    assert server.admin.put("/v1/allowlists/refunds", json=REFUNDS).status_code == 200
    _, key = server.add_agent("refunder", trust="privileged", allowlist="refunds")
    agent = server.agent_client(key)
    r = agent.post("/v1/check", json={"tool": "refund_order", "arguments": BIG})
    assert r.json()["verdict"] == "hold", r.text
    return server, r.json()["approval_id"], agent


def test_an_approver_approves_a_held_call_from_the_inbox(held: Any) -> None:
    server, approval_id, agent = held
    ann = signed_in(server, new_operator(server, "ann", ["approver"], ["acme"]))
    inbox = ann.get("/console/approvals").text
    assert f'action="/console/approvals/{approval_id}"' in inbox and "APPROVAL_REQUIRED" in inbox
    token = csrf(inbox)
    forged = ann.post(f"/console/approvals/{approval_id}", data={"action": "approve", "csrf": "0" * 32})
    assert forged.status_code == 403 and "CSRF" in error_of(forged.text)
    bad = ann.post(f"/console/approvals/{approval_id}", data={"action": "maybe", "csrf": token})
    assert bad.status_code == 400 and "action must be approve or deny" in error_of(bad.text)
    assert server.admin.get(f"/v1/approvals/{approval_id}").json()["status"] == "pending"
    r = ann.post(f"/console/approvals/{approval_id}", data={"action": "approve", "comment": "ok <b>", "csrf": token})
    assert r.status_code == 303 and r.headers["location"] == "/console/approvals?done=approved"
    view = server.admin.get(f"/v1/approvals/{approval_id}").json()
    assert view["status"] == "approved" and view["comment"] == "ok <b>"
    again = ann.post(f"/console/approvals/{approval_id}", data={"action": "deny", "csrf": token})
    assert again.status_code == 409 and "APPROVAL_DECIDED" in error_of(again.text)
    go = agent.post("/v1/check", json={"tool": "refund_order", "arguments": BIG, "approval_id": approval_id})
    assert go.json()["verdict"] == "allow", go.text
    used = ann.get("/console/approvals", params={"status": "used"}).text
    assert "ok &lt;b&gt;" in used
    # The held call's detail links the approver's decision and the call that used the approval.
    auditor = signed_in(server)
    detail = auditor.get(f"/console/decisions/{view['hold_decision_id']}").text
    assert f'approval: the approver&#39;s decision: <a class="mono" href="/console/decisions/' \
           f'{view["decision_record_id"]}"' in detail
    assert f'approval: the call that used it: <a class="mono" href="/console/decisions/{go.json()["decision_id"]}"' \
        in detail
    assert ann.get("/console/approvals", params={"status": "nope"}).status_code == 400


def test_an_auditor_sees_the_inbox_but_cannot_decide(held: Any) -> None:
    server, approval_id, _ = held
    aud = signed_in(server, new_operator(server, "aud", ["auditor"]))
    inbox = aud.get("/console/approvals").text
    assert approval_id in inbox and f'action="/console/approvals/{approval_id}"' not in inbox
    r = aud.post(f"/console/approvals/{approval_id}", data={"action": "approve", "csrf": csrf(inbox)})
    assert r.status_code == 403 and "ROLE_REQUIRED" in error_of(r.text)
    assert server.admin.get(f"/v1/approvals/{approval_id}").json()["status"] == "pending"


def test_trends_count_the_window(traffic: Any) -> None:
    server, _ = traffic
    c = signed_in(server)
    page = c.get("/console/trends", params={"window": "1h"})
    assert page.status_code == 200
    assert re.search(r"<td class=\"mono\">ALLOWLIST_CONSTRAINT</td><td class=\"num\">1</td>", page.text)
    assert "1 allow" in page.text and "1 deny" in page.text
    bad = c.get("/console/trends", params={"window": "1y"})
    assert bad.status_code == 400 and "window is one of" in error_of(bad.text)


def test_registry_pages_and_allowlist_history_with_a_diff(server: Server) -> None:
    c = signed_in(server)
    assert "send_email" in c.get("/console/tools").text
    assert 'href="/console/allowlists/support"' in c.get("/console/allowlists").text
    first = server.svc.registry.allowlist("support").revision
    doc = server.admin.get("/v1/allowlists/support").json()["document"]
    doc["description"] = "changed for the diff"
    r = server.admin.put("/v1/allowlists/support", json=doc)
    assert r.status_code == 200, r.text
    second = server.svc.registry.allowlist("support").revision
    page = c.get("/console/allowlists/support").text
    assert first[:12] in page and second[:12] in page
    assert '<span class="add">+  &#34;description&#34;: &#34;changed for the diff&#34;' in page
    assert "Changes from" in page
    assert c.get("/console/allowlists/nope").status_code == 404
    assert c.get("/console/allowlists/support", params={"revision": "0" * 64}).status_code == 404


def test_sign_out_needs_the_csrf_token(server: Server) -> None:
    c = signed_in(server)
    page = c.get("/console/agents").text
    assert c.post("/console/logout", data={"csrf": "x"}).status_code == 403
    assert c.get("/console/agents").status_code == 200
    r = c.post("/console/logout", data={"csrf": csrf(page)})
    assert r.status_code == 303 and session_cookie(c) is None
    assert c.get("/console/agents").status_code == 303


def test_replay_reports_what_a_proposed_allowlist_would_change_and_writes_nothing(traffic: Any) -> None:
    server, (ok_id, _) = traffic
    c = signed_in(server)
    form = c.get("/console/replay", params={"allowlist": "support"}).text
    assert "name: support" in form  # the allowlist in force, as YAML, to edit
    doc = server.admin.get("/v1/allowlists/support").json()["document"]
    del doc["tools"]["send_email"]  # the proposal: no more mail
    before = len(list(audit_query.export(server.svc.db, audit_query.AuditFilter())))
    r = c.post("/console/replay", data={"csrf": csrf(form), "document": json.dumps(doc), "since": "1h"})
    assert r.status_code == 200, error_of(r.text)
    totals = re.search(r'<tbody><tr><td class="big">(\d+)</td><td class="big">(\d+)</td>'
                       r'<td class="big">(\d+)</td>', r.text)
    assert totals and totals.group(1) == "1"  # the allowed mail is newly denied
    assert f'href="/console/decisions/{ok_id}"' in r.text
    assert len(list(audit_query.export(server.svc.db, audit_query.AuditFilter()))) == before
    assert "send_email" in server.svc.registry.allowlist("support").tools
    for document, message in [("tools: [unclosed", "not YAML or JSON"), ("- a list", "must be an allowlist"),
                              (json.dumps({**doc, "tools": {"no_such_tool": {}}}), "no_such_tool")]:
        bad = c.post("/console/replay", data={"csrf": csrf(form), "document": document, "since": "1h"})
        assert bad.status_code == 400 and message in bad.text, (document, error_of(bad.text))
    bad_since = c.post("/console/replay", data={"csrf": csrf(form), "document": json.dumps(doc), "since": "soon"})
    assert bad_since.status_code == 400 and "since must be a duration" in error_of(bad_since.text)
    assert c.post("/console/replay", data={"csrf": "x", "document": json.dumps(doc)}).status_code == 403
    assert len(list(audit_query.export(server.svc.db, audit_query.AuditFilter()))) == before


def test_alerts_are_listed_and_an_admin_acknowledges_them(server: Server) -> None:
    from tests.test_alerts import CURRENT, NOW, baseline, record, write

    spike = [record(CURRENT + 10 + i, tool="get_order", verdict="deny" if i < 15 else "allow",
                    reasons=("TOOL_NOT_ALLOWED",) if i < 15 else ()) for i in range(20)]
    write(server.svc, baseline() + spike)
    raised = server.svc.detector.evaluate(now=NOW)
    agent_alert = next(a for a in raised if a.agent_id)
    aud = signed_in(server, new_operator(server, "aud", ["auditor"]))
    page = aud.get("/console/alerts").text
    assert "deny_rate" in page and "agt_a" in page and "Acknowledge" not in page
    refused = aud.post(f"/console/alerts/{agent_alert.id}/acknowledge", data={"csrf": csrf(page)})
    assert refused.status_code == 403 and "ROLE_REQUIRED" in error_of(refused.text)
    admin = signed_in(server)
    page = admin.get("/console/alerts").text
    r = admin.post(f"/console/alerts/{agent_alert.id}/acknowledge", data={"csrf": csrf(page)})
    assert r.status_code == 303 and r.headers["location"] == "/console/alerts?done=acknowledged"
    assert server.admin.get("/v1/alerts", params={"status": "acknowledged"}).json()["alerts"][0]["id"] == \
        agent_alert.id
    assert admin.post("/console/alerts/nope/acknowledge", data={"csrf": csrf(page)}).status_code == 404
    assert admin.get("/console/alerts", params={"status": "bogus"}).status_code == 400
