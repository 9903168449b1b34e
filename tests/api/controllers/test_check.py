"""POST /v1/check and /v1/check/batch over real HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

import time
from typing import Any

from tests.conftest import Server

EMAIL_OK = {"to": "bob@example.com", "subject": "Your order", "body": "It ships tomorrow."}


def test_allow_and_deny_with_exact_reasons_are_audited(server: Server) -> None:
    agent_id, key = server.add_agent()
    with server.agent_client(key) as c:
        ok = c.post("/v1/check", json={"tool": "send_email", "arguments": EMAIL_OK, "call_id": "c-1",
                                       "context": {"conversation_id": "conv-9", "source": "model"}})
        assert ok.status_code == 200
        allow = ok.json()
        assert allow["verdict"] == "allow" and allow["reasons"] == []
        assert allow["policy"]["allowlist"] == "support" and len(allow["policy"]["revision"]) == 16
        assert allow["tool_version"] == 1 and allow["call_id"] == "c-1"

        bad = c.post("/v1/check", json={"tool": "send_email", "arguments": {**EMAIL_OK, "to": "eve@evil.test"}})
        deny = bad.json()
        assert deny["verdict"] == "deny"
        assert deny["reasons"] == [{"code": "ALLOWLIST_CONSTRAINT", "path": "/to", "keyword": "pattern",
                                    "message": 'does not match pattern "@example\\\\.com$"'}]
        assert deny["arguments"] is None

    records = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check"}).json()["records"]
    by_id = {r["decision_id"]: r for r in records}
    assert by_id[allow["decision_id"]]["verdict"] == "allow"
    assert by_id[allow["decision_id"]]["call_id"] == "c-1"
    assert by_id[allow["decision_id"]]["context"] == {"conversation_id": "conv-9", "source": "model"}
    assert by_id[deny["decision_id"]]["reasons"][0]["code"] == "ALLOWLIST_CONSTRAINT"
    # The denied address is not copied into the record through the reason message.
    assert "eve@evil.test" not in str(by_id[deny["decision_id"]]["reasons"])
    assert server.admin.get("/v1/audit/verify").json()["ok"] is True


def test_each_reason_code(server: Server) -> None:
    _, key = server.add_agent()
    _, ro_key = server.add_agent("ro", allowlist="readonly")
    _, none_key = server.add_agent("nolist", allowlist=None)
    cases = [
        (key, {"tool": "delete_everything", "arguments": {}}, "UNKNOWN_TOOL"),
        (ro_key, {"tool": "send_email", "arguments": EMAIL_OK}, "TOOL_NOT_ALLOWED"),
        (none_key, {"tool": "search_kb", "arguments": {"query": "x"}}, "TOOL_NOT_ALLOWED"),
        (key, {"tool": "get_order", "arguments": {"order_id": "42"}}, "SCHEMA_VIOLATION"),
        (key, {"tool": "refund_order", "arguments": {"order_id": "ORD-000001", "amount": 5}}, "TRUST_TOO_LOW"),
    ]
    for k, body, code in cases:
        with server.agent_client(k) as c:
            d = c.post("/v1/check", json=body).json()
        assert d["verdict"] == "deny", (body, d)
        assert [r["code"] for r in d["reasons"]] == [code], (body, d)


def test_schema_violation_one_reason_per_error_with_pointer(server: Server) -> None:
    _, key = server.add_agent()
    with server.agent_client(key) as c:
        d = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "", "limit": 99}}).json()
    assert d["verdict"] == "deny"
    assert [(r["code"], r["path"], r["keyword"]) for r in d["reasons"]] == [
        ("SCHEMA_VIOLATION", "/limit", "maximum"), ("SCHEMA_VIOLATION", "/query", "minLength")]


def test_privileged_agent_may_refund_within_the_allowlist_cap(server: Server) -> None:
    _, key = server.add_agent("lead", trust="privileged")
    with server.agent_client(key) as c:
        ok = c.post("/v1/check", json={"tool": "refund_order", "arguments": {"order_id": "ORD-000001", "amount": 20}})
        over = c.post("/v1/check", json={"tool": "refund_order",
                                         "arguments": {"order_id": "ORD-000001", "amount": 900}})
    assert ok.json()["verdict"] == "allow"
    assert [r["code"] for r in over.json()["reasons"]] == ["ALLOWLIST_CONSTRAINT"]


def test_disabled_agent_is_denied_and_revoked_key_is_401(server: Server) -> None:
    agent_id, key = server.add_agent()
    assert server.admin.patch(f"/v1/agents/{agent_id}", json={"status": "disabled"}).status_code == 200
    with server.agent_client(key) as c:
        d = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "x"}}).json()
    assert [r["code"] for r in d["reasons"]] == ["AGENT_DISABLED"]
    assert server.admin.post(f"/v1/agents/{agent_id}/revoke-key").status_code == 200
    with server.agent_client(key) as c:
        r = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "x"}})
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "UNAUTHORIZED"
    fails = server.admin.get("/v1/audit", params={"kind": "auth_failure"}).json()["records"]
    assert fails and key not in str(fails)


def test_rotated_key_replaces_the_old_one(server: Server) -> None:
    agent_id, old = server.add_agent()
    new = server.admin.post(f"/v1/agents/{agent_id}/rotate-key").json()["api_key"]
    assert new != old
    with server.agent_client(old) as c:
        assert c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "x"}}).status_code == 401
    with server.agent_client(new) as c:
        assert c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "x"}}).json()["verdict"] == "allow"


def test_batch_gives_one_decision_per_call_in_order(server: Server) -> None:
    _, key = server.add_agent()
    calls = [{"tool": "search_kb", "arguments": {"query": "returns"}, "call_id": "a"},
             {"tool": "nope", "arguments": {}, "call_id": "b"},
             {"tool": "get_order", "arguments": {"order_id": "ORD-123456"}, "call_id": "c"}]
    with server.agent_client(key) as c:
        out = c.post("/v1/check/batch", json={"calls": calls}).json()["decisions"]
    assert [(d["call_id"], d["verdict"]) for d in out] == [("a", "allow"), ("b", "deny"), ("c", "allow")]
    assert len({d["decision_id"] for d in out}) == 3
    for d in out:
        assert server.admin.get(f"/v1/audit/{d['decision_id']}").json()["call_id"] == d["call_id"]


def test_rate_limit_counts_in_the_shared_store(server: Server) -> None:
    doc = {"name": "tight", "tenant": "acme", "tools": {"search_kb": {"rate": {"limit": 2, "window_s": 3600}}}}
    assert server.admin.put("/v1/allowlists/tight", json=doc).status_code == 200
    _, key = server.add_agent("limited", allowlist="tight")
    with server.agent_client(key) as c:
        verdicts = [c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"}}).json()
                    for _ in range(3)]
    assert [v["verdict"] for v in verdicts] == ["allow", "allow", "deny"]
    assert verdicts[2]["reasons"][0]["code"] == "RATE_LIMITED"


def test_bad_histories_are_refused_whole_and_change_nothing(server: Server) -> None:
    _, key = server.add_agent()
    before = server.admin.get("/v1/audit", params={"limit": 1000}).json()["records"]
    limit = server.svc.settings.max_history_messages
    long = [{"role": "user", "content": "hi"}] * (limit + 1)
    with server.agent_client(key) as c:
        r = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"},
                                      "context": {"messages": long}})
        assert r.status_code == 400 and r.json()["error"]["code"] == "HISTORY_TOO_LARGE"
        assert r.json()["error"]["details"] == {"messages": limit + 1, "limit": limit}
        r = c.post("/v1/check/batch", json={"calls": [
            {"tool": "search_kb", "arguments": {"query": "q"}},
            {"tool": "search_kb", "arguments": {"query": "q"}, "context": {"messages": long}}]})
        assert r.status_code == 400 and r.json()["error"]["code"] == "HISTORY_TOO_LARGE"
        for bad in ([{"content": "no role"}], [{"role": "robot", "content": "x"}], [{"role": "user", "oops": 1}],
                    [{"role": "tool", "tool_calls": "not a list"}], "not a list"):
            r = c.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "q"},
                                          "context": {"messages": bad}})
            assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_REQUEST", (bad, r.text)
    assert server.admin.get("/v1/audit", params={"limit": 1000}).json()["records"] == before


def test_a_tool_result_that_is_not_text_fails_closed(server: Server) -> None:
    """An untrusted result Arbiter cannot read (an image) is treated as carrying instructions."""
    from tests.proxykit import seed_assistant

    seed_assistant(server.svc)
    _, key = server.add_agent(allowlist="assistant")
    messages = [{"role": "user", "content": "What does the picture in my inbox say?"},
                {"role": "tool", "name": "read_inbox", "content": [{"type": "image", "source": {"data": "..."}}]}]
    with server.agent_client(key) as c:
        d = c.post("/v1/check", json={"tool": "send_email", "arguments": {"to": "x@unknown.example", "subject": "s",
                                                                          "body": "b"},
                                      "context": {"messages": messages}}).json()
    assert d["verdict"] == "deny" and d["reasons"][0]["code"] == "INJECTION_SUSPECTED"
    assert "unreadable" in d["reasons"][0]["message"]


def _provenance(server: Server) -> Any:
    return next(c for c in server.svc.pipeline.checks if c.name == "provenance")


def _settled(server: Server) -> None:
    """Wait (bounded) until no preparation is in flight."""
    deadline = time.monotonic() + 10
    while server.svc.pipeline._ahead and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not server.svc.pipeline._ahead


def test_prepare_analyses_the_history_ahead_and_the_check_decides_the_same(server: Server) -> None:
    """POST /v1/check/prepare answers 202 at once and analyses the conversation in the background; the /v1/check
    with that history then finds it analysed, and decides, records and traces exactly as without it."""
    from tests.pipeline.test_provenance import _conversation
    from tests.proxykit import seed_assistant

    seed_assistant(server.svc)
    agent_id, key = server.add_agent(allowlist="assistant")
    check = _provenance(server)
    body = {"tool": "send_email", "arguments": {"to": "exfil@attacker-mail.test", "subject": "list", "body": "x"},
            "context": {"conversation_id": "conv-p", "messages": _conversation("Summarize my inbox.")}}
    decided = []
    with server.agent_client(key) as c:
        for ahead in (False, True):
            check._conversations.clear()
            check.analyser._cache.clear()
            before = server.admin.get("/v1/audit", params={"limit": 1000}).json()["records"]
            if ahead:
                r = c.post("/v1/check/prepare", json={"context": body["context"]})
                assert r.status_code == 202 and r.json() == {"started": True}
                _settled(server)
                [conv] = check._conversations.values()
                assert "carriers" in conv.memo  # judged ahead: the inbox carries instructions
                assert len(server.admin.get("/v1/audit", params={"limit": 1000}).json()["records"]) == len(before)
            d = c.post("/v1/check", json=body).json()
            assert len(check._conversations) == 1  # with the prepared one: the check built no other
            decided.append({k: d[k] for k in ("verdict", "reasons", "provenance", "flags")})
    assert decided[0] == decided[1]
    assert decided[1]["verdict"] == "deny" and decided[1]["reasons"][0]["code"] == "INJECTION_SUSPECTED"
    records = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": "check"}).json()["records"]
    assert len(records) == 2  # the two checks; preparing records nothing


def test_bad_prepare_requests_are_refused_and_prepare_nothing(server: Server) -> None:
    _, key = server.add_agent()
    check = _provenance(server)
    check._conversations.clear()
    limit = server.svc.settings.max_history_messages
    with server.agent_client(key) as c:
        for body, code in (
                ({}, "INVALID_REQUEST"),  # no context
                ({"context": {"conversation_id": "c"}}, "INVALID_REQUEST"),  # nothing to prepare
                ({"context": {"messages": []}}, "INVALID_REQUEST"),
                ({"context": {"messages": [{"role": "robot", "content": "x"}]}}, "INVALID_REQUEST"),
                ({"context": {"messages": "not a list"}}, "INVALID_REQUEST"),
                ({"context": {"messages": [{"role": "user", "content": "hi"}]}, "tool": "x"}, "INVALID_REQUEST"),
                ({"context": {"messages": [{"role": "user", "content": "hi"}] * (limit + 1)}}, "HISTORY_TOO_LARGE")):
            r = c.post("/v1/check/prepare", json=body)
            assert r.status_code == 400 and r.json()["error"]["code"] == code, (body, r.text)
    with server.agent_client("arb_not-a-key") as c:
        r = c.post("/v1/check/prepare", json={"context": {"messages": [{"role": "user", "content": "hi"}]}})
        assert r.status_code == 401 and r.json()["error"]["code"]
    _settled(server)
    assert not check._conversations
