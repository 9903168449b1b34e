"""Model control end to end, with the official openai and anthropic SDKs against two scripted providers on
loopback: routing by alias, intent and size, a forbidden model, fallbacks on 429/500/timeout, budgets that
downgrade then refuse, reconciliation of streamed usage, the ``model_call`` records and the response headers.
Runs on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import msgspec
import pytest

from arbiter.llm.catalog import CatalogDocument, Model, Provider
from arbiter.settings import Settings
from arbiter.testing import ScriptedModel, Turn
from tests.conftest import Server, make_settings, require

openai = require("openai")
anthropic = require("anthropic")

KEY_A, KEY_B = "sk-provider-a-never-shown", "sk-provider-b-never-shown"
CODE_EXAMPLES = ["write a python function that parses ISO dates", "fix the bug in this JavaScript loop",
                 "why does my SQL query fail with a syntax error", "refactor this class to use dependency injection"]


@pytest.fixture(scope="module")
def providers() -> Iterator[tuple[ScriptedModel, ScriptedModel]]:
    a, b = ScriptedModel().start(), ScriptedModel().start()
    yield a, b
    a.stop()
    b.stop()


@pytest.fixture(name="settings")
def settings_fixture(tmp_path: Path, db_url: str, providers: tuple[ScriptedModel, ScriptedModel],
                     monkeypatch: pytest.MonkeyPatch) -> Settings:
    for p in providers:
        p.script()
        p.requests.clear()
    monkeypatch.setenv("ARB_TEST_KEY_A", KEY_A)
    monkeypatch.setenv("ARB_TEST_KEY_B", KEY_B)
    return make_settings(tmp_path, db_url)


def catalog(a: ScriptedModel, b: ScriptedModel) -> dict[str, Any]:
    return {
        "providers": {
            "alpha": {"protocol": "openai", "base_url": a.openai_url, "api_key_env": "ARB_TEST_KEY_A"},
            "beta": {"protocol": "openai", "base_url": b.openai_url, "api_key_env": "ARB_TEST_KEY_B", "timeout_s": 0.5},
            "claude": {"protocol": "anthropic", "base_url": a.anthropic_url, "api_key_env": "ARB_TEST_KEY_A"},
        },
        "models": {
            "small": {"provider": "alpha", "upstream_id": "small-2026", "tier": 1, "context_window": 16000,
                      "prices": {"input": 0.1, "output": 0.4}},
            "big": {"provider": "beta", "upstream_id": "big-2026", "tier": 3, "context_window": 200000,
                    "prices": {"input": 5.0, "output": 15.0}},
            "sonnet": {"provider": "claude", "upstream_id": "claude-scripted", "tier": 3,
                       "prices": {"input": 3.0, "output": 15.0}},
        },
    }


def allowlist(**models: Any) -> dict[str, Any]:
    section = {"allow": ["small", "big", "sonnet"], "aliases": {"fast": "small", "smart": ["big", "small"],
                                                               "auto": "fast"},
               "routes": [{"intent": "code", "use": "smart"}, {"min_tokens": 4000, "use": "smart"}],
               "intents": {"code": {"examples": CODE_EXAMPLES}}, **models}
    return {"name": "modeller", "tenant": "acme", "tools": {}, "models": section}


def load(server: Server, providers: tuple[ScriptedModel, ScriptedModel], doc: dict[str, Any] | None = None,
         **models: Any) -> tuple[str, str]:
    """Apply the catalog and the allowlist (its models section extended by ``models``); a new agent."""
    svc = server.svc
    svc.catalog.apply(msgspec.convert(doc or catalog(*providers), CatalogDocument), actor="test")
    svc.registry.apply_allowlists([("modeller.yaml", allowlist(**models))], actor="test")
    return server.add_agent("modeller", allowlist="modeller")


@pytest.fixture
def setup(server: Server, providers: tuple[ScriptedModel, ScriptedModel]) -> tuple[Server, str, str]:
    return (server, *load(server, providers))


def oa(server: Server, key: str) -> Any:
    return openai.OpenAI(base_url=server.url + "/v1", api_key=key, max_retries=0)


def records(server: Server, agent_id: str, kind: str = "model_call") -> list[dict[str, Any]]:
    r = server.admin.get("/v1/audit", params={"agent": agent_id, "kind": kind, "limit": 100})
    assert r.status_code == 200, r.text
    return sorted(r.json()["records"], key=lambda x: x["decision_id"])


def ask(server: Server, key: str, model: str, text: str = "hello there", **kw: Any) -> Any:
    return oa(server, key).chat.completions.with_raw_response.create(
        model=model, messages=[{"role": "user", "content": text}], **kw)


def test_an_alias_is_routed_priced_recorded_and_headed(setup: tuple[Server, str, str],
                                                       providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    a, b = providers
    a.script(Turn(text="Hi!", usage=(1200, 300)))
    raw = ask(server, key, "fast")
    completion = raw.parse()
    assert completion.choices[0].message.content == "Hi!"
    sent = a.requests[-1]
    assert sent.body["model"] == "small-2026" and sent.headers["authorization"] == f"Bearer {KEY_A}"
    assert key not in json.dumps(sent.headers) and not b.requests
    (rec,) = records(server, agent_id)
    m = rec["model"]
    assert rec["verdict"] == "allow" and rec["allowlist"] == "modeller"
    assert (m["requested"], m["model"], m["provider"], m["upstream_model"], m["rule"]) == (
        "fast", "small", "alpha", "small-2026", "alias fast")
    assert (m["input_tokens"], m["output_tokens"], m.get("usage_estimated", False)) == (1200, 300, False)
    assert m["cost_usd"] == pytest.approx((1200 * 0.1 + 300 * 0.4) / 1e6)
    assert raw.headers["x-arbiter-decision-id"] == rec["decision_id"]
    assert raw.headers["x-arbiter-model"] == "small"
    assert float(raw.headers["x-arbiter-cost-usd"]) == pytest.approx(m["cost_usd"], abs=1e-6)
    assert float(raw.headers["x-arbiter-overhead-ms"]) >= 0
    usage = server.admin.get("/v1/usage", params={"agent_id": agent_id}).json()
    assert [(r["model"], r["requests"], r["input_tokens"], r["output_tokens"]) for r in usage["rows"]] == [
        ("small", 1, 1200, 300)]
    metrics = server.admin.get("/metrics").text
    assert 'arbiter_model_tokens_total{direction="input",model="small"} 1200.0' in metrics
    assert 'arbiter_decisions_total{kind="model_call",verdict="allow"} 1.0' in metrics


def test_intent_and_size_route_an_alias_but_never_an_explicit_model(
        setup: tuple[Server, str, str], providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    a, b = providers
    b.always(Turn(text="def parse(): ..."))
    a.always(Turn(text="ok"))
    ask(server, key, "auto", "write a small python function that reverses the words of a sentence")
    ask(server, key, "auto", "good morning, lovely weather today")
    ask(server, key, "auto", "summarise: " + "the quarterly numbers were flat. " * 500)
    ask(server, key, "small", "write a python function that sorts a list of dicts by a key")
    got = [(r["model"]["model"], r["model"]["rule"].split(" (")[0], r["model"].get("intent"))
           for r in records(server, agent_id)]
    assert got == [("big", "routes[0]", "code"), ("small", "alias auto", None), ("big", "routes[1]", None),
                   ("small", "requested", None)]


def test_a_forbidden_or_unknown_model_is_refused_and_audited(setup: tuple[Server, str, str],
                                                             providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    server.svc.catalog.put_model(Model(name="huge", provider="beta"), actor="test")
    with pytest.raises(openai.PermissionDeniedError) as denied:
        ask(server, key, "huge")
    assert denied.value.body["code"] == "MODEL_NOT_ALLOWED"
    with pytest.raises(openai.NotFoundError) as missing:
        ask(server, key, "gpt-9")
    assert missing.value.body["code"] == "MODEL_NOT_FOUND"
    assert not providers[0].requests and not providers[1].requests
    recs = records(server, agent_id)
    assert [(r["verdict"], r["reasons"][0]["code"], r["model"]["requested"]) for r in recs] == [
        ("deny", "MODEL_NOT_ALLOWED", "huge"), ("deny", "MODEL_NOT_FOUND", "gpt-9")]


def test_reroute_sends_a_forbidden_model_to_auto(server: Server,
                                                 providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    doc = catalog(*providers)
    doc["models"]["huge"] = {"provider": "beta", "prices": {"input": 50, "output": 150}}
    agent_id, key = load(server, providers, doc, reroute=True)
    providers[0].always(Turn(text="ok"))
    assert ask(server, key, "huge").headers["x-arbiter-model"] == "small"
    (rec,) = records(server, agent_id)
    assert rec["model"]["rule"].startswith("reroute") and rec["model"]["requested"] == "huge"


@pytest.mark.parametrize("failure", ["429", "500", "timeout", "down"])
def test_a_failing_provider_falls_back_to_the_next_model(setup: tuple[Server, str, str],
                                                         providers: tuple[ScriptedModel, ScriptedModel],
                                                         failure: str) -> None:
    server, agent_id, key = setup
    a, b = providers
    if failure == "down":
        svc = server.svc
        svc.catalog.put_provider(Provider(name="beta", protocol="openai", base_url="http://127.0.0.1:9",
                                          timeout_s=0.5), actor="test")
    else:
        b.script(Turn(status=int(failure)) if failure != "timeout" else Turn(text="late", delay_s=1.5))
    a.script(Turn(text="from small"))
    out = ask(server, key, "smart")
    assert out.parse().choices[0].message.content == "from small" and out.headers["x-arbiter-model"] == "small"
    (rec,) = records(server, agent_id)
    reason = {"429": "status 429", "500": "status 500", "timeout": "timeout", "down": "unreachable (ConnectError)"}
    assert rec["verdict"] == "allow"
    assert rec["model"]["fallbacks"] == [{"model": "big", "reason": reason[failure]}]


def test_when_every_candidate_fails_the_error_is_the_providers_and_audited(
        setup: tuple[Server, str, str], providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    a, b = providers
    b.script(Turn(status=503))
    a.script(Turn(status=429, headers={"retry-after": "7"}))
    with pytest.raises(openai.RateLimitError) as err:
        ask(server, key, "smart")
    assert err.value.response.headers["retry-after"] == "7"
    (rec,) = records(server, agent_id)
    assert rec["verdict"] == "deny" and rec["reasons"][0]["code"] == "UPSTREAM_RATE_LIMITED"
    assert [f["model"] for f in rec["model"]["fallbacks"]] == ["big", "small"]
    assert err.value.body["details"]["decision_id"] == rec["decision_id"]


def test_a_budget_downgrades_then_refuses(server: Server, providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    svc = server.svc
    agent_id, key = load(server, providers, budgets=[{"scope": "agent", "window": "day", "usd": 0.016}],
                         on_budget="downgrade")
    a, b = providers
    b.always(Turn(text="big answer", usage=(30, 900)))  # $0.01365 on big
    a.always(Turn(text="small answer", usage=(30, 900)))  # $0.000363 on small
    first = ask(server, key, "smart", max_tokens=1000)
    second = ask(server, key, "smart", max_tokens=1000)
    assert (first.headers["x-arbiter-model"], second.headers["x-arbiter-model"]) == ("big", "small")
    with pytest.raises(openai.RateLimitError) as refused:
        ask(server, key, "smart", max_tokens=5000)
    body = refused.value.body
    assert body["code"] == "BUDGET_EXCEEDED" and body["details"]["budget"]["usd"] == 0.016
    assert int(refused.value.response.headers["retry-after"]) > 0
    recs = records(server, agent_id)
    assert [(r["verdict"], r["model"].get("model"), r["model"].get("downgraded", False)) for r in recs[:2]] == [
        ("allow", "big", False), ("allow", "small", True)]
    assert recs[2]["verdict"] == "deny"
    assert recs[2]["reasons"][0]["code"] == "BUDGET_EXCEEDED"
    assert [r["model"] for r in recs[1]["model"]["rejected"]] == ["big"]
    assert recs[1]["model"]["rejected"][0]["reason"].startswith("over the agent budget of $0.016 per day: $")
    # The counter holds the real spend of the two answers, not their reservations.
    used = svc.budgets.used(svc.registry.allowlist("modeller").models.budgets, "acme", agent_id)  # type: ignore[union-attr]
    assert used[0][1] == (30 * 5 + 900 * 15) + round(30 * 0.1 + 900 * 0.4)
    state = server.admin.get("/v1/usage", params={"agent_id": agent_id}).json()["budgets"][0]
    assert state["limit_usd"] == 0.016 and state["used_usd"] == pytest.approx(used[0][1] / 1e6)


def test_a_token_budget_refuses_without_downgrade(server: Server,
                                                   providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    _, key = load(server, providers, budgets=[{"scope": "tenant", "window": "hour", "tokens": 3000}])
    providers[0].always(Turn(text="x", usage=(100, 900)))
    ask(server, key, "fast", max_tokens=1000)
    ask(server, key, "fast", max_tokens=1000)
    with pytest.raises(openai.RateLimitError):
        ask(server, key, "fast", max_tokens=1000)  # 2,000 used + ~1,010 reserved > 3,000
    assert len(providers[0].requests) == 2


def test_streamed_usage_reconciles_the_budget_and_the_client_sees_no_extra_chunk(
        server: Server, providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    svc = server.svc
    agent_id, key = load(server, providers, budgets=[{"scope": "agent", "window": "day", "tokens": 100000}])
    providers[0].always(Turn(text="a streamed answer in pieces", usage=(321, 45)))
    with oa(server, key).chat.completions.with_streaming_response.create(
            model="fast", messages=[{"role": "user", "content": "hi"}], stream=True) as resp:
        headers = resp.headers
        chunks = list(resp.parse())
    assert all(c.choices for c in chunks) and not any(c.usage for c in chunks)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "a streamed answer in pieces"
    assert providers[0].requests[-1].body["stream_options"] == {"include_usage": True}
    (rec,) = records(server, agent_id)
    assert rec["decision_id"] == headers["x-arbiter-decision-id"]
    m = rec["model"]
    assert (m["input_tokens"], m["output_tokens"], m["stream"]) == (321, 45, True)
    assert not m.get("usage_estimated", False)
    assert m["first_token_ms"] is not None and m["first_token_ms"] <= m["total_ms"]
    used = svc.budgets.used(svc.registry.allowlist("modeller").models.budgets, "acme", agent_id)  # type: ignore[union-attr]
    assert used == [(366, round(321 * 0.1 + 45 * 0.4))]


def test_anthropic_messages_are_routed_and_streamed_usage_recorded(
        setup: tuple[Server, str, str], providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    providers[0].always(Turn(text="Bonjour", usage=(77, 12)))
    client = anthropic.Anthropic(base_url=server.url, api_key=key, max_retries=0)
    with client.messages.stream(model="sonnet", max_tokens=256,
                                messages=[{"role": "user", "content": "salut"}]) as stream:
        text = "".join(stream.text_stream)
    assert text == "Bonjour"
    sent = providers[0].requests[-1]
    assert sent.path == "/v1/messages" and sent.body["model"] == "claude-scripted"
    assert sent.headers["x-api-key"] == KEY_A
    (rec,) = records(server, agent_id)
    assert (rec["model"]["protocol"], rec["model"]["model"], rec["model"]["input_tokens"],
            rec["model"]["output_tokens"]) == ("anthropic", "sonnet", 77, 12)
    # An OpenAI-protocol model is not a candidate on the Anthropic endpoint.
    with pytest.raises(anthropic.BadRequestError) as err:
        client.messages.create(model="fast", max_tokens=10, messages=[{"role": "user", "content": "x"}])
    assert err.value.body["error"]["code"] == "NO_SUITABLE_MODEL"


def test_a_provider_without_usage_is_charged_the_estimate_and_flagged(
        setup: tuple[Server, str, str], providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    server, agent_id, key = setup
    providers[0].always(Turn(text="no usage here", usage=None))
    ask(server, key, "fast", max_tokens=50)
    (rec,) = records(server, agent_id)
    m = rec["model"]
    assert m["usage_estimated"] is True and m["output_tokens"] == 50
    assert m["input_tokens"] == m["estimated_input_tokens"] > 0


@pytest.mark.parametrize(("body", "code"), [
    ({"messages": [{"role": "user", "content": "x"}]}, "INVALID_REQUEST"),
    ({"model": "fast", "max_tokens": -1, "messages": [{"role": "user", "content": "x"}]}, "INVALID_REQUEST"),
    ({"model": "fast", "max_tokens": 10**9, "messages": [{"role": "user", "content": "x"}]}, "INVALID_REQUEST"),
    ({"model": "fast", "max_completion_tokens": "many", "messages": [{"role": "user", "content": "x"}]},
     "INVALID_REQUEST"),
])
def test_bad_model_requests_are_refused_before_anything_is_reserved_or_sent(
        setup: tuple[Server, str, str], providers: tuple[ScriptedModel, ScriptedModel], body: dict[str, Any],
        code: str) -> None:
    server, agent_id, key = setup
    r = httpx.post(server.url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"})
    assert r.status_code == 400 and r.json()["error"]["code"] == code
    assert not providers[0].requests and not providers[1].requests
    usage = server.admin.get("/v1/usage", params={"agent_id": agent_id}).json()
    assert usage["rows"] == []


def test_fifty_concurrent_requests_cannot_overrun_a_budget(server: Server,
                                                           providers: tuple[ScriptedModel, ScriptedModel]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    svc = server.svc
    agent_id, key = load(server, providers, budgets=[{"scope": "agent", "window": "day", "tokens": 20000}])
    # Slow answers: every reservation is made while the others are still open.
    providers[0].always(Turn(text="x", usage=(100, 900), delay_s=0.3))
    body = {"model": "fast", "max_tokens": 1000, "messages": [{"role": "user", "content": "hi"}]}

    def one(_: int) -> int:
        r = httpx.post(server.url + "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"},
                       timeout=60)
        return r.status_code

    with ThreadPoolExecutor(50) as pool:
        codes = list(pool.map(one, range(50)))
    ok = codes.count(200)
    assert codes.count(429) == 50 - ok
    # Records come in decision-id order, and a refused request may come first: refusals reserve nothing.
    allowed = [r for r in records(server, agent_id) if r["verdict"] == "allow"]
    assert len(allowed) == ok
    reserve = allowed[0]["model"]["reserved_tokens"]
    assert 20000 // reserve <= ok <= 20000 // 1000  # as many as fit, never more
    used = svc.budgets.used(svc.registry.allowlist("modeller").models.budgets, "acme", agent_id)  # type: ignore[union-attr]
    assert used[0][0] == ok * 1000 <= 20000
    assert len(providers[0].requests) == ok
