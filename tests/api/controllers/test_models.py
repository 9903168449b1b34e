"""Model control API over real HTTP: providers and models of the catalog, ``GET /v1/models`` per caller, and
``GET /v1/usage`` with budget state."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from arbiter.llm.budget import window_bounds
from tests.conftest import Server, require

SECRET = "sk-live-SECRET-9d41c7"
PROVIDER = {"protocol": "openai", "base_url": "https://api.openai.test/v1/", "api_key_env": "ARB_T_OAI_KEY"}
ANTHROPIC = {"protocol": "anthropic", "base_url": "https://api.anthropic.test"}
PRICES = {"input": 2.5, "output": 10.0}
UNKNOWN_ID = "no-such-model-7f3a"


def error(r: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code, body
    return dict(body["error"])


def add_allowlist(server: Server, name: str, models: dict[str, Any]) -> None:
    server.svc.registry.apply_allowlists([(f"{name}.yaml", {"name": name, "tenant": "acme", "tools": {},
                                                            "models": models})], actor="test")


# ---- providers --------------------------------------------------------------------------------

def test_providers_put_show_list_delete_without_the_key(server: Server, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    monkeypatch.setenv("ARB_T_OAI_KEY", SECRET)
    key_file = tmp_path / "anthropic.key"
    key_file.write_text(f"{SECRET}-file\n")
    a = server.admin
    seen: list[httpx.Response] = []

    def call(r: httpx.Response) -> httpx.Response:
        seen.append(r)
        return r

    assert call(a.get("/v1/providers")).json() == {"providers": []}
    r = call(a.put("/v1/providers/oai", json=PROVIDER))
    assert r.status_code == 200, r.text
    view = r.json()
    assert view == {"name": "oai", "protocol": "openai", "base_url": "https://api.openai.test/v1", "timeout_s": 60.0,
                    "key_source": "env:ARB_T_OAI_KEY", "key_present": True}
    assert call(a.get("/v1/providers/oai")).json() == view
    r = call(a.put("/v1/providers/ant", json={**ANTHROPIC, "api_key_file": str(key_file), "timeout_s": 5}))
    assert r.json()["key_source"] == f"file:{key_file}" and r.json()["key_present"] is True
    listed = call(a.get("/v1/providers")).json()["providers"]
    assert [p["name"] for p in listed] == ["ant", "oai"] and listed[1] == view

    # Whether the key is there is read at the time of asking.
    monkeypatch.delenv("ARB_T_OAI_KEY")
    assert call(a.get("/v1/providers/oai")).json()["key_present"] is False

    # Replace, then delete.
    r = call(a.put("/v1/providers/oai", json={**PROVIDER, "timeout_s": 12.5}))
    assert r.json()["timeout_s"] == 12.5 and call(a.get("/v1/providers/oai")).json()["timeout_s"] == 12.5
    assert call(a.delete("/v1/providers/oai")).status_code == 204
    error(call(a.get("/v1/providers/oai")), 404, "NOT_FOUND")
    error(call(a.delete("/v1/providers/oai")), 404, "NOT_FOUND")
    assert [p["name"] for p in call(a.get("/v1/providers")).json()["providers"]] == ["ant"]

    for resp in seen:
        assert SECRET not in resp.text
    actions = [r["admin"]["action"] for r in a.get("/v1/audit", params={"kind": "admin", "limit": 1000}).json()
               ["records"] if r["admin"]["target"].startswith("provider:")]
    assert sorted(actions) == ["provider.create", "provider.create", "provider.delete", "provider.update"]


BAD_PROVIDER_BODIES: list[tuple[Any, str]] = [
    ({**PROVIDER, "base_url": "ftp://files.test"}, "INVALID_CATALOG"),
    ({**PROVIDER, "base_url": "api.openai.test/v1"}, "INVALID_CATALOG"),
    ({**PROVIDER, "api_key_file": "/run/key"}, "INVALID_CATALOG"),
    ({**PROVIDER, "api_key_env": None, "api_key_file": "relative/key"}, "INVALID_CATALOG"),
    ({**PROVIDER, "api_key_env": "NOT A NAME"}, "INVALID_CATALOG"),
    ({**PROVIDER, "timeout_s": 0}, "INVALID_CATALOG"),
    ({**PROVIDER, "timeout_s": 7200}, "INVALID_CATALOG"),
    ({**PROVIDER, "protocol": "grpc"}, "INVALID_REQUEST"),
    ({**PROVIDER, "timeout_s": "fast"}, "INVALID_REQUEST"),
    ({"protocol": "openai"}, "INVALID_REQUEST"),
    ({**PROVIDER, "api_key": SECRET}, "INVALID_REQUEST"),  # keys are not stored, so not taken either
    ([PROVIDER], "INVALID_REQUEST"),
    ("https://api.openai.test/v1", "INVALID_REQUEST"),
]


def test_bad_provider_bodies_are_400_and_change_nothing(server: Server) -> None:
    a = server.admin
    assert a.put("/v1/providers/oai", json=PROVIDER).status_code == 200
    before = a.get("/v1/providers").json()
    records = len(a.get("/v1/audit", params={"kind": "admin", "limit": 1000}).json()["records"])
    for body, code in BAD_PROVIDER_BODIES:
        for name in ("oai", "fresh"):
            r = a.put(f"/v1/providers/{name}", json=body)
            error(r, 400, code)
            assert SECRET not in r.text
    error(a.put("/v1/providers/bad%20name", json=PROVIDER), 400, "INVALID_CATALOG")
    assert a.get("/v1/providers").json() == before
    assert len(a.get("/v1/audit", params={"kind": "admin", "limit": 1000}).json()["records"]) == records


# ---- models -----------------------------------------------------------------------------------

def test_models_put_show_delete_and_the_admin_list(server: Server) -> None:
    a = server.admin
    assert a.put("/v1/providers/oai", json=PROVIDER).status_code == 200
    r = a.put("/v1/models/big", json={"provider": "oai", "upstream_id": "big-2", "context_window": 200000,
                                      "max_output_tokens": 8000, "images": True, "tier": 3, "prices": PRICES})
    assert r.status_code == 200, r.text
    big = r.json()
    assert big == {"name": "big", "provider": "oai", "upstream_id": "big-2", "context_window": 200000,
                   "max_output_tokens": 8000, "images": True, "tier": 3, "prices": PRICES}
    assert a.get("/v1/models/big").json() == big
    # The name in the body may repeat the path's.
    small = a.put("/v1/models/small", json={"name": "small", "provider": "oai", "upstream_id": UNKNOWN_ID}).json()
    assert small == {"name": "small", "provider": "oai", "upstream_id": UNKNOWN_ID}  # defaults left out, no prices

    listed = a.get("/v1/models")
    assert listed.status_code == 200 and listed.json() == {"models": [big, small]}
    # Names may hold ':' and '.', as fine-tuned model ids do.
    tuned = a.put("/v1/models/ft:big-2:acme.v1", json={"provider": "oai", "prices": PRICES})
    assert tuned.status_code == 200 and a.get("/v1/models/ft:big-2:acme.v1").json() == tuned.json()
    assert a.delete("/v1/models/ft:big-2:acme.v1").status_code == 204

    assert error(a.delete("/v1/providers/oai"), 409, "CONFLICT")["details"] == {"models": ["big", "small"]}
    assert a.delete("/v1/models/small").status_code == 204
    error(a.get("/v1/models/small"), 404, "NOT_FOUND")
    error(a.delete("/v1/models/small"), 404, "NOT_FOUND")
    assert a.get("/v1/models").json() == {"models": [big]}

    # A model an allowlist names stays.
    add_allowlist(server, "pol", {"allow": ["big"]})
    assert error(a.delete("/v1/models/big"), 409, "CONFLICT")["details"] == {"allowlists": ["pol"]}
    assert a.get("/v1/models/big").json() == big


def test_prices_default_when_genai_prices_knows_the_model(server: Server) -> None:
    require("genai_prices")  # a dependency; tests/llm/test_catalog.py fails outright without it
    a = server.admin
    a.put("/v1/providers/oai", json=PROVIDER)
    prices = a.put("/v1/models/gpt-4o-mini", json={"provider": "oai"}).json()["prices"]
    assert prices["source"] == "genai-prices" and 0 < prices["input"] < prices["output"]
    own = a.put("/v1/models/gpt-4o-mini", json={"provider": "oai", "prices": {"input": 1, "output": 2}}).json()
    assert own["prices"] == {"input": 1.0, "output": 2.0}  # the operator's; source "operator" is the default


BAD_MODEL_BODIES: list[tuple[Any, str]] = [
    ({"provider": "ghost", "prices": PRICES}, "INVALID_CATALOG"),
    ({"provider": "oai", "context_window": 0}, "INVALID_CATALOG"),
    ({"provider": "oai", "context_window": 1000, "max_output_tokens": 2000}, "INVALID_CATALOG"),
    ({"provider": "oai", "tier": 11}, "INVALID_CATALOG"),
    ({"provider": "oai", "prices": {"input": -1, "output": 1}}, "INVALID_CATALOG"),
    ({"provider": "oai", "prices": {"input": 1}}, "INVALID_CATALOG"),
    ({"provider": "oai", "context_window": "large"}, "INVALID_CATALOG"),
    ({"provider": "oai", "window": 5}, "INVALID_CATALOG"),
    ({"name": "other", "provider": "oai"}, "INVALID_CATALOG"),
    ({}, "INVALID_CATALOG"),
    ([{"provider": "oai"}], "INVALID_REQUEST"),
    ("oai", "INVALID_REQUEST"),
]


def test_bad_model_bodies_are_400_and_change_nothing(server: Server) -> None:
    a = server.admin
    a.put("/v1/providers/oai", json=PROVIDER)
    m = a.put("/v1/models/m", json={"provider": "oai", "prices": PRICES}).json()
    for body, code in BAD_MODEL_BODIES:
        for name in ("m", "fresh"):
            error(a.put(f"/v1/models/{name}", json=body), 400, code)
    error(a.put("/v1/models/auto", json={"provider": "oai"}), 400, "INVALID_CATALOG")
    r = a.put("/v1/models/m", content=b'{"provider": "oai",', headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["error"]["code"] in ("MALFORMED_JSON", "INVALID_REQUEST")
    assert a.get("/v1/models").json() == {"models": [m]}


def test_admin_routes_refuse_an_agent_key(server: Server) -> None:
    server.admin.put("/v1/providers/oai", json=PROVIDER)
    server.admin.put("/v1/models/m", json={"provider": "oai", "prices": PRICES})
    _, key = server.add_agent()
    anonymous = httpx.Client(base_url=server.url, timeout=30)
    with server.agent_client(key) as agent, anonymous:
        for client in (agent, anonymous):
            for r in (client.get("/v1/providers"), client.get("/v1/providers/oai"),
                      client.put("/v1/providers/x", json=PROVIDER), client.delete("/v1/providers/oai"),
                      client.get("/v1/models/m"), client.put("/v1/models/x", json={"provider": "oai"}),
                      client.delete("/v1/models/m"), client.get("/v1/usage")):
                error(r, 401, "UNAUTHORIZED")
    assert server.admin.get("/v1/models/m").status_code == 200
    assert server.admin.get("/v1/providers/oai").status_code == 200
    assert [p["name"] for p in server.admin.get("/v1/providers").json()["providers"]] == ["oai"]


# ---- GET /v1/models as an agent ---------------------------------------------------------------

def test_an_agent_with_a_models_section_lists_what_it_may_use(server: Server) -> None:
    a = server.admin
    a.put("/v1/providers/oai", json=PROVIDER)
    a.put("/v1/providers/ant", json=ANTHROPIC)
    for name, provider in (("gpt-a", "oai"), ("gpt-b", "oai"), ("gpt-other", "oai"), ("claude-a", "ant"),
                           ("claude-other", "ant")):
        assert a.put(f"/v1/models/{name}", json={"provider": provider, "prices": PRICES}).status_code == 200
    add_allowlist(server, "modelpol", {"allow": ["gpt-a", "claude-a"], "aliases": {
        "fast": ["gpt-b"], "smart": "claude-a", "mixed": ["claude-a", "gpt-a"], "auto": "fast"}})
    _, key = server.add_agent("modelbot", allowlist="modelpol")
    with server.agent_client(key) as c:
        openai = c.get("/v1/models")
        anthropic = c.get("/v1/models", headers={"anthropic-version": "2023-06-01"})
    assert openai.status_code == 200, openai.text
    assert openai.json() == {"object": "list", "data": [
        {"id": "gpt-a", "object": "model", "created": 0, "owned_by": "oai"},
        {"id": "gpt-b", "object": "model", "created": 0, "owned_by": "oai"},
        {"id": "auto", "object": "model", "created": 0, "owned_by": "arbiter-alias"},
        {"id": "fast", "object": "model", "created": 0, "owned_by": "arbiter-alias"},
        {"id": "mixed", "object": "model", "created": 0, "owned_by": "arbiter-alias"}]}
    assert anthropic.status_code == 200, anthropic.text
    body = anthropic.json()
    assert [m["id"] for m in body["data"]] == ["claude-a", "mixed", "smart"]
    assert all(m["type"] == "model" and m["display_name"] == m["id"] and m["created_at"] for m in body["data"])
    assert (body["has_more"], body["first_id"], body["last_id"]) == (False, "claude-a", "smart")

    # The admin token still sees the whole catalog, prices and all.
    assert [m["name"] for m in a.get("/v1/models").json()["models"]] == [
        "claude-a", "claude-other", "gpt-a", "gpt-b", "gpt-other"]


def test_an_agent_allowed_no_model_of_a_protocol_gets_an_empty_list(server: Server) -> None:
    a = server.admin
    a.put("/v1/providers/oai", json=PROVIDER)
    a.put("/v1/models/gpt-a", json={"provider": "oai", "prices": PRICES})
    add_allowlist(server, "onlyoai", {"allow": ["gpt-a"]})
    _, key = server.add_agent("bot2", allowlist="onlyoai")
    with server.agent_client(key) as c:
        body = c.get("/v1/models", headers={"anthropic-version": "2023-06-01"}).json()
        assert body == {"data": [], "has_more": False, "first_id": None, "last_id": None}
        assert [m["id"] for m in c.get("/v1/models").json()["data"]] == ["gpt-a"]
        error(httpx.get(f"{server.url}/v1/models", headers={"Authorization": "Bearer arb_nope"}), 401,
              "UNAUTHORIZED")


# ---- usage ------------------------------------------------------------------------------------

def test_usage_query_errors(server: Server) -> None:
    a = server.admin
    for params in ({"group_by": "tenant,tool"}, {"group_by": "model;drop"}, {"window": "week"},
                   {"window": ""}, {"since": -1}):
        error(a.get("/v1/usage", params=params), 400, "INVALID_QUERY")
    error(a.get("/v1/usage", params={"since": "yesterday"}), 400, "INVALID_REQUEST")
    error(a.get("/v1/usage", params={"agent_id": "agt_nope"}), 404, "NOT_FOUND")


def test_usage_sums_and_groups(server: Server) -> None:
    a = server.admin
    empty = a.get("/v1/usage")
    assert empty.status_code == 200, empty.text
    assert empty.json()["rows"] == [] and empty.json()["group_by"] == ["tenant", "agent_id", "model"]
    assert empty.json()["since"] == window_bounds("day", time.time())[0] and empty.json()["budgets"] == []

    settle = server.svc.budgets.settle
    for tenant, agent, model, tin, tout, micros in (("acme", "a1", "m1", 100, 10, 1500),
                                                    ("acme", "a1", "m1", 200, 20, 2500),
                                                    ("acme", "a1", "m2", 50, 5, 0),
                                                    ("acme", "a2", "m1", 1, 1, 1),
                                                    ("globex", "g1", "m1", 1000, 100, 1_000_000)):
        settle(None, tenant=tenant, agent_id=agent, model=model, tokens_in=tin, tokens_out=tout, micros=micros)
    settle(None, tenant="acme", agent_id="a1", model="m1", tokens_in=0, tokens_out=0, micros=0)  # nothing to log

    rows = a.get("/v1/usage").json()["rows"]
    assert rows == [
        {"tenant": "acme", "agent_id": "a1", "model": "m1", "requests": 2, "input_tokens": 300, "output_tokens": 30,
         "cost_usd": 0.004},
        {"tenant": "acme", "agent_id": "a1", "model": "m2", "requests": 1, "input_tokens": 50, "output_tokens": 5,
         "cost_usd": 0.0},
        {"tenant": "acme", "agent_id": "a2", "model": "m1", "requests": 1, "input_tokens": 1, "output_tokens": 1,
         "cost_usd": 0.000001},
        {"tenant": "globex", "agent_id": "g1", "model": "m1", "requests": 1, "input_tokens": 1000,
         "output_tokens": 100, "cost_usd": 1.0}]

    by_model = a.get("/v1/usage", params={"group_by": "model", "window": "month"}).json()
    assert by_model["group_by"] == ["model"]
    assert by_model["rows"] == [
        {"model": "m1", "requests": 4, "input_tokens": 1301, "output_tokens": 131, "cost_usd": 1.004001},
        {"model": "m2", "requests": 1, "input_tokens": 50, "output_tokens": 5, "cost_usd": 0.0}]
    acme_m1 = a.get("/v1/usage", params={"group_by": "agent_id", "tenant": "acme", "model": "m1"}).json()["rows"]
    assert acme_m1 == [{"agent_id": "a1", "requests": 2, "input_tokens": 300, "output_tokens": 30, "cost_usd": 0.004},
                       {"agent_id": "a2", "requests": 1, "input_tokens": 1, "output_tokens": 1, "cost_usd": 0.000001}]
    total = a.get("/v1/usage", params={"group_by": ""}).json()["rows"]
    assert total == [{"requests": 5, "input_tokens": 1351, "output_tokens": 136, "cost_usd": 1.004001}]
    next_hour = window_bounds("hour", time.time())[1]
    assert a.get("/v1/usage", params={"since": next_hour}).json()["rows"] == []
    assert a.get("/v1/usage", params={"since": next_hour, "group_by": ""}).json()["rows"] == []


def test_usage_of_an_agent_shows_its_budgets(server: Server) -> None:
    a = server.admin
    a.put("/v1/providers/oai", json=PROVIDER)
    a.put("/v1/models/m", json={"provider": "oai", "prices": PRICES})
    add_allowlist(server, "budgeted", {"allow": ["m"], "budgets": [
        {"scope": "agent", "window": "day", "tokens": 1000}, {"scope": "tenant", "window": "month", "usd": 5}]})
    agent_id, _ = server.add_agent("spender", allowlist="budgeted")
    other_id, _ = server.add_agent("plain", allowlist="support")
    svc = server.svc
    budgets = svc.registry.snapshot.allowlists["budgeted"].models.budgets  # type: ignore[union-attr]
    reservation = svc.budgets.reserve(budgets, "acme", agent_id, 300, 250_000)
    svc.budgets.settle(reservation, tenant="acme", agent_id=agent_id, model="m",  # type: ignore[arg-type]
                       tokens_in=100, tokens_out=50, micros=120_000)

    report = a.get("/v1/usage", params={"agent_id": agent_id}).json()
    now = time.time()
    assert report["rows"] == [{"tenant": "acme", "agent_id": agent_id, "model": "m", "requests": 1,
                               "input_tokens": 100, "output_tokens": 50, "cost_usd": 0.12}]
    assert report["budgets"] == [
        {"allowlist": "budgeted", "scope": "agent", "window": "day", "limit_tokens": 1000, "limit_usd": None,
         "used_tokens": 150, "used_usd": 0.12, "reset_at": window_bounds("day", now)[1]},
        {"allowlist": "budgeted", "scope": "tenant", "window": "month", "limit_tokens": None, "limit_usd": 5.0,
         "used_tokens": 150, "used_usd": 0.12, "reset_at": window_bounds("month", now)[1]}]
    plain = a.get("/v1/usage", params={"agent_id": other_id}).json()
    assert plain["rows"] == [] and plain["budgets"] == []
