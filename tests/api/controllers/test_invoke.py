"""POST /v1/tools/{name}/invoke against real HTTP upstreams on 127.0.0.1, and the semantic cache end to end."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from arbiter.api.app import create_app
from arbiter.service import Arbiter
from arbiter.testing import ToolServer
from tests.conftest import Server

SEARCH_SCHEMA = {"type": "object", "required": ["query"], "additionalProperties": False,
                 "properties": {"query": {"type": "string"}, "limit": {"type": "integer"}}}


@pytest.fixture
def upstream() -> Iterator[ToolServer]:
    srv = ToolServer().start()
    yield srv
    srv.stop()


def _tool(name: str, url: str, *, tenant: str = "acme", cache: dict[str, Any] | None = None,
          output_schema: dict[str, Any] | None = None, risk: str = "read", read_only: bool = True,
          timeout_s: float = 5, idempotent: bool | None = None, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "tenant": tenant, "name": name, "risk": risk, "input_schema": schema or SEARCH_SCHEMA,
        "annotations": {"readOnlyHint": read_only,
                        **({"idempotentHint": idempotent} if idempotent is not None else {})},
        "upstream": {"kind": "http", "url": url, "timeout_s": timeout_s,
                     "headers": {"Authorization": {"env": "ARBITER_TEST_TOOL_TOKEN"}, "X-Static": "s3cret"}},
    }
    if cache is not None:
        doc["cache"] = cache
    if output_schema is not None:
        doc["output_schema"] = output_schema
    return doc


def _setup(server: Server, tools: list[dict[str, Any]], *, tenant: str = "acme", agent: str = "bot") -> str:
    for t in tools:
        r = server.admin.post("/v1/tools", json=t)
        assert r.status_code == 201, r.text
    name = f"inv-{tenant}"
    doc = {"name": name, "tenant": tenant, "tools": {t["name"]: {} for t in tools}}
    existing = server.admin.get(f"/v1/allowlists/{name}")
    if existing.status_code == 200:
        doc["tools"].update(existing.json()["document"]["tools"])
    assert server.admin.put(f"/v1/allowlists/{name}", json=doc).status_code == 200
    return server.add_agent(agent, tenant=tenant, allowlist=name)[1]


@pytest.fixture(autouse=True)
def _token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ARBITER_TEST_TOOL_TOKEN", "Bearer upstream-token")


def test_allowed_call_is_forwarded_scrubbed_and_audited(server: Server, upstream: ToolServer) -> None:
    key = _setup(server, [_tool("kb", upstream.url)])
    with server.agent_client(key) as c:
        r = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": "card 4111 1111 1111 1111 lost"},
                                                "call_id": "inv-1"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["result"]["n"] == 1 and body["cache"] == {"hit": False}
    [sent] = upstream.requests
    assert sent["body"] == {"query": "card <CREDIT_CARD> lost"}          # scrubbed before it left
    assert sent["headers"]["Authorization"] == "Bearer upstream-token"    # from the server's environment
    assert sent["headers"]["X-Arbiter-Call-Id"] == "inv-1"
    rec = server.admin.get(f"/v1/audit/{body['decision_id']}").json()
    assert rec["kind"] == "invoke" and rec["verdict"] == "allow"
    assert rec["upstream"]["status"] == 200 and rec["upstream"]["latency_us"] > 0
    # The tool's view never shows header values.
    view = server.admin.get("/v1/tools/kb", params={"tenant": "acme"}).json()
    assert view["upstream"]["headers"] == {"Authorization": "<secret>", "X-Static": "<secret>"}


def test_denied_call_is_403_and_never_forwarded(server: Server, upstream: ToolServer) -> None:
    key = _setup(server, [_tool("kb", upstream.url)])
    with server.agent_client(key) as c:
        r = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": 5}})
    assert r.status_code == 403
    err = r.json()["error"]
    assert err["code"] == "DENIED" and err["details"]["reasons"][0]["code"] == "SCHEMA_VIOLATION"
    assert server.admin.get(f"/v1/audit/{err['details']['decision_id']}").json()["verdict"] == "deny"
    assert upstream.requests == []


@pytest.mark.parametrize(("mode", "status", "code"), [
    ("fail", 502, "UPSTREAM_ERROR"), ("garbage", 502, "UPSTREAM_INVALID_OUTPUT"),
    ("invalid", 502, "UPSTREAM_INVALID_OUTPUT"), ("slow", 504, "UPSTREAM_TIMEOUT")])
def test_upstream_faults_are_errors_and_audited(server: Server, mode: str, status: int, code: str) -> None:
    up = ToolServer(mode, delay_s=1.5).start()
    try:
        out = {"type": "object", "required": ["answer"], "properties": {"answer": {"type": "string"}}}
        key = _setup(server, [_tool("kb", up.url, output_schema=out, timeout_s=0.5,
                                    cache={"enabled": True, "ttl_s": 60})])
        with server.agent_client(key) as c:
            r = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": "q"}})
            again = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": "q"}})
    finally:
        up.stop()
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code
    rec = server.admin.get(f"/v1/audit/{err['details']['decision_id']}").json()
    assert rec["upstream"]["error"]
    assert again.status_code == status  # a failed result is never cached


def test_non_idempotent_tools_are_not_retried(server: Server) -> None:
    up = ToolServer().start()
    url = up.url
    up.stop()  # nothing listens any more: a connection error
    write_schema = {"type": "object", "properties": {"note": {"type": "string"}}}
    key = _setup(server, [_tool("write_note", url, risk="write", read_only=False, schema=write_schema),
                          _tool("read_note", url, idempotent=True)])
    with server.agent_client(key) as c:
        w = c.post("/v1/tools/write_note/invoke", json={"arguments": {"note": "x"}})
        r = c.post("/v1/tools/read_note/invoke", json={"arguments": {"query": "x"}})
    assert w.status_code == r.status_code == 502
    w_rec = server.admin.get(f"/v1/audit/{w.json()['error']['details']['decision_id']}").json()
    r_rec = server.admin.get(f"/v1/audit/{r.json()['error']['details']['decision_id']}").json()
    assert "retried" not in w_rec["upstream"] and r_rec["upstream"]["retried"] is True


def test_tool_without_upstream_is_409(server: Server) -> None:
    _, key = server.add_agent()
    with server.agent_client(key) as c:
        r = c.post("/v1/tools/search_kb/invoke", json={"arguments": {"query": "x"}})
    assert r.status_code == 409 and r.json()["error"]["code"] == "NO_UPSTREAM"


def test_bad_upstream_and_cache_configs_are_refused(server: Server) -> None:
    bad_url = _tool("t1", "ftp://x")
    r = server.admin.post("/v1/tools", json=bad_url)
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_UPSTREAM"
    write_cached = _tool("t2", "http://127.0.0.1:9/x", risk="write", read_only=False,
                         cache={"enabled": True, "ttl_s": 60})
    r = server.admin.post("/v1/tools", json=write_cached)
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_CACHE_CONFIG"
    assert server.admin.get("/v1/tools", params={"tenant": "acme"}).json()["tools"][0]["name"] != "t1"


# The default tolerance (0.5%): the calibrated cosine and the verifier's bar.
CACHED = {"enabled": True, "ttl_s": 300, "semantic_fields": ["query"]}


def _invoke(server: Server, key: str, query: str, tool: str = "kb", **extra: Any) -> dict[str, Any]:
    with server.agent_client(key) as c:
        r = c.post(f"/v1/tools/{tool}/invoke", json={"arguments": {"query": query}, **extra})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


def test_semantic_cache_end_to_end(server: Server, upstream: ToolServer) -> None:
    key = _setup(server, [_tool("kb", upstream.url, cache=CACHED)])
    first = _invoke(server, key, "How do I reset my password?")
    assert first["cache"]["hit"] is False and first["cache"]["stored"] is True and len(upstream.requests) == 1
    tool_threshold = first["cache"]["threshold"]  # calibrated from the tool's tolerance
    assert 0.60 <= tool_threshold <= 1.0 and "rejected_decision_id" not in first["cache"]

    para = _invoke(server, key, "How can I reset my password?")
    assert para["cache"]["hit"] is True and para["cache"]["source_decision_id"] == first["decision_id"]
    assert tool_threshold <= para["cache"]["similarity"] <= 1.0 and para["cache"]["stage"] == "verified"
    assert para["result"] == first["result"] and len(upstream.requests) == 1
    rec = server.admin.get(f"/v1/audit/{para['decision_id']}").json()
    assert rec["cache"]["hit"] is True and rec["cache"]["source_decision_id"] == first["decision_id"]
    assert rec["cache"]["stage"] == "verified"
    # The verifier's confidence is on the answer and in the record.
    assert 0.5 <= para["cache"]["verifier"] <= 1.0 and rec["cache"]["verifier"] == para["cache"]["verifier"]

    # A stricter threshold than the similarity is a miss; a looser one is refused, and nothing runs.
    strict = _invoke(server, key, "How can I reset my password?", cache={"threshold": 1.0})
    assert strict["cache"]["hit"] is False
    n = len(upstream.requests)
    with server.agent_client(key) as c:
        loose = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": "password"},
                                                    "cache": {"threshold": tool_threshold - 0.05}})
    assert loose.status_code == 400 and loose.json()["error"]["code"] == "CACHE_THRESHOLD_TOO_LOOSE"
    assert loose.json()["error"]["details"]["tool_threshold"] == tool_threshold and len(upstream.requests) == n

    # A near-miss goes upstream even when the embeddings are close; the record names the candidate
    # the verifier turned down and why.
    cost = _invoke(server, key, "standard delivery cost for orders to Ireland")
    time_ = _invoke(server, key, "standard delivery time for orders to Ireland")  # cosine ~0.84
    assert time_["cache"]["hit"] is False
    rec = server.admin.get(f"/v1/audit/{time_['decision_id']}").json()
    assert rec["cache"]["stage"] == "rejected" and rec["cache"]["rejected_decision_id"] == cost["decision_id"]
    assert rec["cache"]["rejected_reason"] == "a word was replaced"
    # A near miss the guard's rules do not see (the direction of "reporting to", cosine ~0.93) is
    # turned down by the verifier.
    reports = _invoke(server, key, "people reporting to Sofia Reyes in Sales")
    manager = _invoke(server, key, "the person Sofia Reyes is reporting to in Sales")
    assert manager["cache"]["hit"] is False and len(upstream.requests) == n + 4
    rec = server.admin.get(f"/v1/audit/{manager['decision_id']}").json()
    assert rec["cache"]["rejected_decision_id"] == reports["decision_id"]
    assert rec["cache"]["rejected_reason"].startswith("verifier ")

    # Another tenant's identical call never sees this tenant's entry.
    other = _setup(server, [_tool("kb", upstream.url, tenant="globex", cache=CACHED)], tenant="globex",
                   agent="other")
    foreign = _invoke(server, other, "How do I reset my password?")
    assert foreign["cache"]["hit"] is False

    # A changed tool is a new version: a new partition, so the old result is not reused.
    n = len(upstream.requests)
    changed = _tool("kb", upstream.url, cache=CACHED)
    changed["description"] = "now with a description"
    assert server.admin.put("/v1/tools/kb", json=changed).json()["version"] == 2
    after_change = _invoke(server, key, "How do I reset my password?")
    assert after_change["cache"]["hit"] is False and len(upstream.requests) == n + 1

    # DELETE /v1/cache drops entries.
    assert _invoke(server, key, "How do I reset my password?")["cache"]["hit"] is True
    assert server.admin.delete("/v1/cache", params={"tenant": "acme", "tool": "kb"}).json()["removed"] >= 1
    assert _invoke(server, key, "How do I reset my password?")["cache"]["hit"] is False


def test_spot_checks_hold_back_verified_hits_and_suspend_wrong_reuse(server: Server,
                                                                     upstream: ToolServer) -> None:
    # Every second verified hit goes upstream instead; "took_ms" may differ between equal answers.
    cache = {**CACHED, "spot_check_every": 2, "spot_check_ignore": ["took_ms"]}
    key = _setup(server, [_tool("kb", upstream.url, cache=cache)])
    assert server.admin.get("/v1/cache/spot-checks").json() == {"spot_checks": []}  # nothing built or checked
    upstream.mode, upstream.fixed = "fixed", {"answer": "Settings > Security", "took_ms": 3}
    first = _invoke(server, key, "How do I reset my password?")
    served = _invoke(server, key, "How can I reset my password?")
    assert served["cache"]["hit"] is True and served["cache"]["stage"] == "verified" and len(upstream.requests) == 1

    upstream.fixed = {"answer": "Settings > Security", "took_ms": 8}
    checked = _invoke(server, key, "how do i reset my password")  # the second verified hit: held back
    assert checked["cache"]["hit"] is False and checked["cache"]["stage"] == "spot_check"
    assert checked["cache"]["spot_check"] == "agree" and checked["cache"]["spot_check_of"] == first["decision_id"]
    assert checked["result"] == upstream.fixed and len(upstream.requests) == 2  # the fresh result is served
    rec = server.admin.get(f"/v1/audit/{checked['decision_id']}").json()
    assert rec["cache"]["spot_check"] == "agree" and rec["cache"]["spot_check_of"] == first["decision_id"]

    # The upstream now answers otherwise: the next held-back hit disagrees, its entry is dropped,
    # and one disagreement in two checks is evidence of more than the default 0.5% wrong reuse.
    upstream.fixed = {"answer": "Ask IT", "took_ms": 3}
    assert _invoke(server, key, "How can I reset my password?")["cache"]["hit"] is True
    wrong = _invoke(server, key, "How do I reset my password ?")
    assert wrong["cache"]["stage"] == "spot_check" and wrong["cache"]["spot_check"] == "disagree"
    assert wrong["result"] == {"answer": "Ask IT", "took_ms": 3}
    [row] = server.admin.get("/v1/cache/spot-checks", params={"tenant": "acme"}).json()["spot_checks"]
    assert (row["tool"], row["checks"], row["disagreements"], row["suspended"]) == ("kb", 2, 1, True)
    assert row["verified_hits"] == 4 and row["max_false_reuse"] == 0.005 and row["lower_95"] > 0.005
    assert server.admin.get("/v1/cache/spot-checks", params={"tenant": "globex"}).json() == {"spot_checks": []}

    # Suspended: a paraphrase goes upstream and says why; the very same wording is still served.
    n = len(upstream.requests)
    para = _invoke(server, key, "How can I reset my password?")
    assert para["cache"]["hit"] is False and para["cache"]["stage"] == "suspended" and len(upstream.requests) == n + 1
    same = _invoke(server, key, "How do I reset my password ?")
    assert same["cache"]["hit"] is True and same["cache"]["stage"] == "exact"
    assert same["cache"]["source_decision_id"] == wrong["decision_id"]
    metrics = server.admin.get("/metrics").text
    assert 'arbiter_cache_lookups_total{outcome="spot_check_disagree"} 1.0' in metrics
    # Agents may not read the tallies.
    with server.agent_client(key) as c:
        assert c.get("/v1/cache/spot-checks").status_code in (401, 403)


def test_a_miss_just_under_the_verifier_bar_gets_a_second_look(server: Server, upstream: ToolServer) -> None:
    key = _setup(server, [_tool("kb", upstream.url, cache=CACHED)])
    upstream.mode, upstream.fixed = "fixed", {"answer": "Settings > Export"}
    first = _invoke(server, key, "how to export my contacts")
    # The verifier scores this paraphrase ~0.97, under the default bar (0.99): a miss, and the
    # upstream's answer, due anyway, is compared with the candidate's.
    para = _invoke(server, key, "export contacts to a csv file")
    assert para["cache"]["hit"] is False and para["cache"]["rejected_decision_id"] == first["decision_id"]
    assert para["cache"]["second_look"] == "agree" and len(upstream.requests) == 2
    rec = server.admin.get(f"/v1/audit/{para['decision_id']}").json()
    assert rec["cache"]["second_look"] == "agree" and rec["cache"]["rejected_reason"].startswith("verifier 0.97")
    # A near miss the guard turns down gets no second look (the guard's rules are never relaxed).
    _invoke(server, key, "standard delivery cost for orders to Ireland")
    time_ = _invoke(server, key, "standard delivery time for orders to Ireland")
    assert time_["cache"]["stage"] == "rejected" and "second_look" not in time_["cache"]
    [row] = server.admin.get("/v1/cache/spot-checks").json()["spot_checks"]
    assert row["below_bar"] == [{"from": 0.97, "observations": 1, "disagreements": 0}]
    assert row["learnt_bar"] is None and row["checks"] == 0


def test_cache_hits_survive_a_restart(server: Server, upstream: ToolServer, tmp_path: Any) -> None:
    import threading
    import time

    import uvicorn

    from tests.conftest import free_port

    key = _setup(server, [_tool("kb", upstream.url, cache=CACHED)])
    first = _invoke(server, key, "What is the refund policy?")
    # A second process on the same store (a restart, or another replica) rebuilds its index from the store.
    svc2 = Arbiter.build(server.svc.settings)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(arbiter=svc2), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started:
        time.sleep(0.02)
    try:
        import httpx

        with httpx.Client(base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {key}"},
                          timeout=30) as c:
            r = c.post("/v1/tools/kb/invoke", json={"arguments": {"query": "what's the refund policy"}})
        assert r.status_code == 200, r.text
        assert r.json()["cache"]["hit"] is True
        assert r.json()["cache"]["source_decision_id"] == first["decision_id"]
        assert len(upstream.requests) == 1
    finally:
        srv.should_exit = True
        thread.join(timeout=15)


def test_write_tool_invalidates_matching_read_entries(server: Server, upstream: ToolServer) -> None:
    order_schema = {"type": "object", "required": ["order_id"], "properties": {"order_id": {"type": "string"},
                                                                              "status": {"type": "string"}}}
    get_order = _tool("get_order_cached", upstream.url, schema=order_schema, cache={"enabled": True, "ttl_s": 300})
    update = _tool("update_order", upstream.url, schema=order_schema, risk="write", read_only=False,
                   cache={"invalidates": [{"tool": "get_order_cached", "match": ["order_id"]}]})
    key = _setup(server, [get_order, update])

    def call(tool: str, args: dict[str, Any]) -> dict[str, Any]:
        with server.agent_client(key) as c:
            r = c.post(f"/v1/tools/{tool}/invoke", json={"arguments": args})
        assert r.status_code == 200, r.text
        out: dict[str, Any] = r.json()
        return out

    call("get_order_cached", {"order_id": "A1"})
    call("get_order_cached", {"order_id": "B2"})
    assert call("get_order_cached", {"order_id": "A1"})["cache"]["hit"] is True
    call("update_order", {"order_id": "A1", "status": "shipped"})
    assert call("get_order_cached", {"order_id": "A1"})["cache"]["hit"] is False  # invalidated
    assert call("get_order_cached", {"order_id": "B2"})["cache"]["hit"] is True   # untouched
