"""``GET /metrics``: scraped over real HTTP and read with prometheus_client's own text parser."""

from __future__ import annotations

from typing import Any

import httpx
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import Server


def scrape(client: httpx.Client) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    r = client.get("/metrics")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/plain")
    out = {}
    for family in text_string_to_metric_families(r.text):
        for s in family.samples:
            out[(s.name, tuple(sorted(s.labels.items())))] = s.value
    return out


def value(samples: dict[Any, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def test_decisions_checks_and_commits_are_counted(server: Server) -> None:
    _, key = server.add_agent()
    agent = server.agent_client(key)
    auditor = server.admin.post("/v1/operators", json={"name": "prom", "roles": ["auditor"]}).json()["api_key"]
    prom = httpx.Client(base_url=server.url, headers={"Authorization": f"Bearer {auditor}"})
    before = scrape(prom)
    for _ in range(3):
        assert agent.post("/v1/check", json={"tool": "search_kb", "arguments": {"query": "returns"}}).json()[
            "verdict"] == "allow"
    for _ in range(2):
        out = agent.post("/v1/check", json={"tool": "drop_tables", "arguments": {}}).json()
        assert out["verdict"] == "deny"
    after = scrape(prom)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("arbiter_decisions_total", kind="check", verdict="allow") == 3
    assert delta("arbiter_decisions_total", kind="check", verdict="deny") == 2
    assert delta("arbiter_decision_reasons_total", kind="check", code="UNKNOWN_TOOL") == 2
    assert delta("arbiter_check_seconds_count", check="allowlist") == 5
    assert delta("arbiter_check_seconds_count", check="pii") == 3  # the denied calls stop before it
    assert delta("arbiter_decision_seconds_count", kind="check") == 5
    assert delta("arbiter_audit_batch_records_sum") >= 5 and delta("arbiter_audit_commit_seconds_count") >= 1
    # Failed authentications are decisions too.
    httpx.post(server.url + "/v1/check", json={"tool": "search_kb", "arguments": {}},
               headers={"Authorization": "Bearer arb_wrong"})
    assert value(scrape(prom), "arbiter_decisions_total", kind="auth_failure", verdict="deny") >= 1


def test_metrics_need_the_auditor_or_admin_role(server: Server) -> None:
    assert httpx.get(server.url + "/metrics").status_code == 401
    approver = server.admin.post("/v1/operators", json={"name": "a", "roles": ["approver"]}).json()["api_key"]
    r = httpx.get(server.url + "/metrics", headers={"Authorization": f"Bearer {approver}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "ROLE_REQUIRED"
    assert server.admin.get("/metrics").status_code == 200
