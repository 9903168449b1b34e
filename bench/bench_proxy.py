"""Model-proxy bench: what routing an agent's model traffic through Arbiter adds.

    python bench/bench_proxy.py [--requests 500] [--warmup 50]

Three processes on loopback: the scripted model provider (``arbiter.testing.ScriptedModel``),
Arbiter (uvicorn, SQLite audit store in a temp dir, the demo tools and allowlists), and this
client. In the same run, alternating request by request, it measures:

* non-streaming: a chat completion whose answer proposes two tool calls (both governed and
  audited by Arbiter), latency direct to the provider vs through Arbiter, p50/p99;
* streaming: time to the first content token, direct vs through Arbiter.

"Added" is the difference of the two distributions' percentiles. For reference it also times one
``/v1/check`` decision on the same server: the cost of a durable, audited decision by itself.

Model control, in the same run: a second agent whose allowlist has a ``models`` section (an alias,
routes by intent and size, a token budget) asks for the alias, alternating with the plain agent;
"models_added" is what choosing the model and reserving and reconciling the budget add on top of
the plain proxy. In process, before the servers start, it also times the pieces alone: the
routing decision (``plan``), a budget reservation plus its reconciliation on the SQLite store, and
the intent classification of a never-seen user turn with the shipped embedder.
Set ``BENCH_TMP`` to put the audit store elsewhere (e.g. ``/dev/shm`` to take fsync out).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from common import percentile, wait_http

from arbiter.llm.catalog import CatalogDocument

ROOT = Path(__file__).resolve().parent.parent
MESSAGES = [{"role": "system", "content": "You are ACME's support assistant. Be brief."},
            {"role": "user", "content": "Where are my orders ORD-000001 and ORD-000002? My email is "
                                        "ann@example.com if you need it."}]
TOOLS = [{"type": "function", "function": {"name": "get_order", "description": "Look up an order by id.",
                                           "parameters": {"type": "object", "properties": {
                                               "order_id": {"type": "string"}}}}}]


def serve_model(port_file: str) -> None:
    """Child process: the scripted provider, always answering text + two tool calls."""
    from arbiter.testing import ScriptedModel, Turn, call

    model = ScriptedModel().start()
    model.always(Turn(text="Let me look both up for you.", tool_calls=[
        call("get_order", {"order_id": "ORD-000001"}, id="call_1"),
        call("get_order", {"order_id": "ORD-000002"}, id="call_2")]))
    Path(port_file).write_text(model.url)
    signal.sigwait({signal.SIGTERM, signal.SIGINT})
    model.stop()


def serve_arbiter(data_dir: str, upstream: str, port: int) -> None:
    """Child process: Arbiter with the demo tenant, pointed at the scripted provider."""
    import msgspec
    import uvicorn

    from arbiter.api.app import create_app
    from arbiter.registry import ToolSpec
    from arbiter.service import Arbiter
    from arbiter.settings import load_settings

    settings = load_settings({"ARBITER_DATA_DIR": data_dir, "ARBITER_ADMIN_TOKEN": "bench-admin",
                              "ARBITER_ALLOWLISTS": str(ROOT / "allowlists"),
                              "ARBITER_UPSTREAM_OPENAI_URL": f"{upstream}/v1",
                              "ARBITER_UPSTREAM_OPENAI_KEY": "sk-bench"})
    svc = Arbiter.build(settings)
    svc.db.migrate()
    svc.registry.put_tools([msgspec.json.decode(path.read_bytes(), type=ToolSpec)
                           for path in sorted((ROOT / "examples" / "tools").glob("*.json"))], actor="bench")
    svc.prepare(actor="bench")
    svc.catalog.apply(msgspec.convert(_catalog(f"{upstream}/v1"), CatalogDocument), actor="bench")
    svc.registry.apply_allowlists([("routed.yaml", ROUTED)], actor="bench")
    uvicorn.run(create_app(arbiter=svc), host="127.0.0.1", port=port, log_level="warning")


ROUTED = {"name": "routed", "tenant": "acme", "tools": {"search_kb": {}, "get_order": {}}, "models": {
    "allow": ["bench-small", "bench-large"],
    "aliases": {"fast": ["bench-small", "bench-large"], "smart": "bench-large"},
    "routes": [{"intent": "code", "use": "smart"}, {"min_tokens": 20000, "use": "smart"}],
    "intents": {"code": {"examples": ["write a python function that parses dates", "fix this bug in my code",
                                      "why does this SQL query fail", "refactor this class"]}},
    "budgets": [{"scope": "agent", "window": "day", "tokens": 10**12}], "on_budget": "downgrade"}}


def _catalog(base_url: str) -> dict[str, Any]:
    return {"providers": {"bench": {"protocol": "openai", "base_url": base_url}},
            "models": {"bench-small": {"provider": "bench", "upstream_id": "bench", "tier": 1,
                                       "prices": {"input": 0.15, "output": 0.6}},
                       "bench-large": {"provider": "bench", "upstream_id": "bench", "tier": 3,
                                       "prices": {"input": 2.5, "output": 10}}}}


def pieces(n: int) -> dict[str, Any]:
    """Routing, budget and intent classification alone, in process."""
    import msgspec

    from arbiter.cache import default_embedder
    from arbiter.db.engine import Database
    from arbiter.llm.budget import BudgetStore
    from arbiter.llm.catalog import Model, Provider
    from arbiter.llm.request import facts
    from arbiter.llm.router import IntentClassifier, plan
    from arbiter.policy.allowlist import parse

    policy = parse(ROUTED).models
    assert policy is not None
    cat = _catalog("http://127.0.0.1:1/v1")
    providers = {k: msgspec.convert({**v, "name": k}, Provider) for k, v in cat["providers"].items()}
    models = {k: msgspec.convert({**v, "name": k}, Model) for k, v in cat["models"].items()}
    f = facts("openai", {"model": "fast", "messages": MESSAGES, "tools": TOOLS, "max_tokens": 500})
    tmp = tempfile.mkdtemp(prefix="arbiter-bench-budget-", dir=os.environ.get("BENCH_TMP"))
    db = Database(f"sqlite:///{tmp}/b.db")
    db.migrate()
    budgets = BudgetStore(db)
    classifier = IntentClassifier(lambda texts: default_embedder().embed(texts))
    classifier.classify(policy, "warm up the embedder")
    route, budget, settle, intent = [], [], [], []
    for i in range(n):
        t0 = time.perf_counter_ns()
        chosen = plan(policy, models, providers, "openai", f, classify=lambda: None, remaining=lambda: 1.0)
        t1 = time.perf_counter_ns()
        got = budgets.reserve(policy.budgets, "acme", "agt_bench", chosen.candidates[0].reserve_tokens,
                              chosen.candidates[0].reserve_micros)
        t15 = time.perf_counter_ns()
        budgets.settle(got, tenant="acme", agent_id="agt_bench", model="bench-small", tokens_in=40,  # type: ignore[arg-type]
                       tokens_out=20, micros=18)
        t2 = time.perf_counter_ns()
        classifier.classify(policy, f"customer {i} asks where parcel {i * 7919} is and when it arrives")
        t3 = time.perf_counter_ns()
        route.append((t1 - t0) / 1e6)
        budget.append((t15 - t1) / 1e6)
        settle.append((t2 - t15) / 1e6)
        intent.append((t3 - t2) / 1e6)
    db.dispose()
    return {name: {"p50_ms": round(percentile(v, 50), 3), "p99_ms": round(percentile(v, 99), 3)}
            for name, v in (("routing_decision", route), ("budget_reservation", budget),
                            ("budget_reconciliation_after_the_answer", settle),
                            ("intent_classification_new_text", intent))}


def _once(client: httpx.Client, base: str, headers: dict[str, str], model: str = "bench") -> float:
    t0 = time.perf_counter()
    r = client.post(f"{base}/chat/completions", headers=headers,
                    json={"model": model, "messages": MESSAGES, "tools": TOOLS})
    dt = time.perf_counter() - t0
    calls = r.json()["choices"][0]["message"].get("tool_calls") or []
    assert r.status_code == 200 and len(calls) == 2, r.text
    return dt


def _ttft(client: httpx.Client, base: str, headers: dict[str, str]) -> float:
    t0 = time.perf_counter()
    with client.stream("POST", f"{base}/chat/completions", headers=headers,
                       json={"model": "bench", "messages": MESSAGES, "tools": TOOLS, "stream": True}) as r:
        assert r.status_code == 200
        first = None
        for line in r.iter_lines():
            if first is None and line.startswith("data: {") and json.loads(line[6:])["choices"] and \
                    json.loads(line[6:])["choices"][0]["delta"].get("content"):
                first = time.perf_counter() - t0
        assert first is not None
    return first


def _check(client: httpx.Client, base: str, headers: dict[str, str]) -> float:
    t0 = time.perf_counter()
    r = client.post(f"{base}/v1/check", headers=headers,
                    json={"tool": "get_order", "arguments": {"order_id": "ORD-000001"}, "call_id": "c"})
    dt = time.perf_counter() - t0
    assert r.status_code == 200 and r.json()["verdict"] == "allow", r.text
    return dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=500)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--port", type=int, default=18181)
    args = ap.parse_args()
    alone = pieces(args.requests)
    tmp = tempfile.mkdtemp(prefix="arbiter-bench-proxy-", dir=os.environ.get("BENCH_TMP"))
    port_file = os.path.join(tmp, "model-url")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    me = str(Path(__file__).resolve())
    model = subprocess.Popen([sys.executable, me, "--child-model", port_file], env=env)
    procs = [model]
    try:
        deadline = time.monotonic() + 30
        while not os.path.exists(port_file) or not Path(port_file).read_text():
            if time.monotonic() > deadline:
                raise RuntimeError("scripted model did not start")
            time.sleep(0.05)
        upstream = Path(port_file).read_text()
        arb = subprocess.Popen([sys.executable, me, "--child-arbiter", os.path.join(tmp, "var"), upstream,
                                str(args.port)], env=env)
        procs.append(arb)
        arbiter = f"http://127.0.0.1:{args.port}"
        wait_http(f"{arbiter}/healthz")
        admin = {"Authorization": "Bearer bench-admin"}
        r = httpx.post(f"{arbiter}/v1/agents", headers=admin,
                       json={"name": "bench", "tenant": "acme", "trust": "standard", "allowlist": "readonly"})
        r.raise_for_status()
        agent = {"Authorization": f"Bearer {r.json()['api_key']}"}
        r = httpx.post(f"{arbiter}/v1/agents", headers=admin,
                       json={"name": "routed", "tenant": "acme", "trust": "standard", "allowlist": "routed"})
        r.raise_for_status()
        routed = {"Authorization": f"Bearer {r.json()['api_key']}"}
        models_full: list[float] = []
        direct = {"Authorization": "Bearer sk-bench"}
        targets = {"direct": (f"{upstream}/v1", direct), "arbiter": (f"{arbiter}/v1", agent)}
        results: dict[str, dict[str, list[float]]] = {k: {"full": [], "ttft": []} for k in targets}
        checks: list[float] = []
        with httpx.Client(timeout=30) as client:
            for i in range(args.warmup + args.requests):
                for name, (base, headers) in targets.items():
                    full = _once(client, base, headers)
                    ttft = _ttft(client, base, headers)
                    if i >= args.warmup:
                        results[name]["full"].append(full * 1000)
                        results[name]["ttft"].append(ttft * 1000)
                check = _check(client, arbiter, agent)
                with_models = _once(client, f"{arbiter}/v1", routed, "fast")
                if i >= args.warmup:
                    checks.append(check * 1000)
                    models_full.append(with_models * 1000)
        rows: dict[str, Any] = {}
        for metric in ("full", "ttft"):
            d, a = results["direct"][metric], results["arbiter"][metric]
            rows[metric] = {
                "direct_p50_ms": round(percentile(d, 50), 3), "direct_p99_ms": round(percentile(d, 99), 3),
                "arbiter_p50_ms": round(percentile(a, 50), 3), "arbiter_p99_ms": round(percentile(a, 99), 3),
                "added_p50_ms": round(percentile(a, 50) - percentile(d, 50), 3),
                "added_p99_ms": round(percentile(a, 99) - percentile(d, 99), 3),
                "added_mean_ms": round(statistics.fmean(a) - statistics.fmean(d), 3),
            }
        plain = results["arbiter"]["full"]
        print(json.dumps({"requests": args.requests, "non_streaming_two_tool_calls": rows["full"],
                          "streaming_time_to_first_token": rows["ttft"],
                          # The same request by an agent with a models policy (alias, routes, budget).
                          "models_policy_non_streaming": {
                              "p50_ms": round(percentile(models_full, 50), 3),
                              "p99_ms": round(percentile(models_full, 99), 3),
                              "models_added_p50_ms": round(percentile(models_full, 50) - percentile(plain, 50), 3),
                              "models_added_p99_ms": round(percentile(models_full, 99) - percentile(plain, 99), 3)},
                          "model_control_pieces_in_process": alone,
                          # Reference: one durable decision through /v1/check, same server, same run.
                          "check_one_call": {"p50_ms": round(percentile(checks, 50), 3),
                                             "p99_ms": round(percentile(checks, 99), 3)}}, indent=2))
        return 0
    finally:
        for p in reversed(procs):
            p.terminate()
            p.wait(timeout=15)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child-model":
        serve_model(sys.argv[2])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-arbiter":
        serve_arbiter(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(main())
