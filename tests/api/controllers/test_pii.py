"""PII over HTTP: the issue's send_email example through /v1/check, /v1/scrub, /v1/pii/recognizers."""

from __future__ import annotations

import httpx

from tests.conftest import Server

CARD, SSN, AWS = "4111 1111 1111 1111", "536-22-8841", "AKIAIOSFODNN7EXAMPLE"


def test_card_and_ssn_redacted_secret_blocks_and_nothing_raw_is_stored(server: Server) -> None:
    _, key = server.add_agent()
    body = f"Card {CARD}, SSN {SSN}, and the key {AWS} for the export."
    with server.agent_client(key) as c:
        d = c.post("/v1/check", json={"tool": "send_email", "arguments": {
            "to": "jane@example.com", "subject": "Details", "body": body}}).json()
    assert d["verdict"] == "deny"
    assert [(r["code"], r["path"]) for r in d["reasons"]] == [("PII_BLOCKED", "/body")]
    assert "SECRET_AWS_ACCESS_KEY" in d["reasons"][0]["message"]
    scrubbed = d["arguments"]["body"]
    assert "<CREDIT_CARD>" in scrubbed and "<US_SSN>" in scrubbed and "<SECRET_AWS_ACCESS_KEY>" in scrubbed
    assert {f["entity"] for f in d["findings"]} >= {"CREDIT_CARD", "US_SSN", "SECRET_AWS_ACCESS_KEY"}
    rec = server.admin.get(f"/v1/audit/{d['decision_id']}").json()
    stored = str(rec)
    for raw in (CARD, SSN, AWS, "jane@example.com"):
        assert raw not in stored
    assert rec["entity_counts"]["CREDIT_CARD"] == 1 and rec["findings"]


def test_scrub_endpoint_with_admin_and_agent_keys(server: Server) -> None:
    doc = {"note": f"call +44 20 7946 0958 or mail ann@example.org, card {CARD}"}
    r = server.admin.post("/v1/scrub", json={"document": doc, "policy": "strict", "tenant": "acme"})
    assert r.status_code == 200
    out = r.json()
    assert CARD not in out["document"]["note"] and "ann@example.org" not in out["document"]["note"]
    assert {f["path"] for f in out["findings"]} == {"/note"}
    _, key = server.add_agent()
    with server.agent_client(key) as c:
        pseudo = c.post("/v1/scrub", json={"document": "ann@example.org", "policy": "pseudonymize"}).json()
        again = c.post("/v1/scrub", json={"document": "write to ann@example.org", "policy": "pseudonymize"}).json()
        foreign = c.post("/v1/scrub", json={"document": "x", "tenant": "globex"})
        unknown = c.post("/v1/scrub", json={"document": "x", "policy": "nope"})
    token = pseudo["document"]
    assert token.startswith("<EMAIL_ADDRESS:") and token in again["document"]  # linkable within a tenant
    assert foreign.status_code == 400 and foreign.json()["error"]["code"] == "BAD_REQUEST"
    assert unknown.status_code == 400 and unknown.json()["error"]["code"] == "UNKNOWN_POLICY"
    assert httpx.post(f"{server.url}/v1/scrub", json={"document": "x"}).status_code == 401


def test_recognizers_are_listed_for_admins_only(server: Server) -> None:
    info = server.admin.get("/v1/pii/recognizers").json()
    assert {"CREDIT_CARD", "EMAIL_ADDRESS", "SECRET_AWS_ACCESS_KEY"} <= set(info["entities"])
    assert info["ner"] in (True, False)
    _, key = server.add_agent()
    with server.agent_client(key) as c:
        assert c.get("/v1/pii/recognizers").status_code == 401
