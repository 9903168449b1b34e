"""Invoke overhead: a tool called through Arbiter (cache miss, cache hit) vs the upstream directly.

    python bench/bench_invoke.py [--calls 300]

In one run, on loopback: a real HTTP tool upstream that answers at once (``arbiter.testing.ToolServer``),
``arbiter serve`` as a subprocess (SQLite, durable audit), and a cacheable read tool whose ``query``
is a semantic field. Sequential calls, each timed end to end from the client:

- direct:  POST to the upstream itself;
- miss:    ``POST /v1/tools/kb/invoke`` with a new query each time (check, embed, forward, scrub,
           store in the cache, audit);
- hit:     the same query again (check, FAISS lookup, database confirmation, audit; the query's
           embedding is remembered);
- paraphrase hit: a first-seen paraphrase of a stored query (from tests/cache/pairs.py), so the
           embedding is computed in the request; "model-verified" are those of them the verifier's
           model read (the others are decided by their wording, without a model run).

Prints p50/p99 and the added latency over direct. Target: a cache hit answers in <= 3 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from common import percentile

from arbiter.testing import ToolServer

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def pct(samples: list[float], q: float) -> float:
    """Percentile ``q`` (a fraction) of samples in seconds, in milliseconds."""
    return percentile(samples, q * 100) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--calls", type=int, default=300)
    args = ap.parse_args()
    upstream = ToolServer().start()
    tmp = Path(tempfile.mkdtemp(prefix="arbiter-bench-invoke-"))
    port = 18000 + os.getpid() % 1000
    env = {**os.environ, "ARBITER_DATA_DIR": str(tmp), "ARBITER_ADMIN_TOKEN": "bench", "ARBITER_PORT": str(port),
           "ARBITER_ALLOWLISTS": str(tmp / "none")}
    proc = subprocess.Popen([str(BIN / "arbiter"), "serve"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(base + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        admin = httpx.Client(base_url=base, headers={"Authorization": "Bearer bench"}, timeout=30)
        admin.post("/v1/tools", json={
            "tenant": "bench", "name": "kb", "risk": "read", "annotations": {"readOnlyHint": True},
            "input_schema": {"type": "object", "properties": {"query": {"type": "string"}}},
            "upstream": {"kind": "http", "url": upstream.url, "timeout_s": 5},
            # No spot checks: this upstream's answers repeat the query inside a sentence and number
            # each request, so every held-back paraphrase would (rightly) disagree and suspend reuse.
            "cache": {"enabled": True, "ttl_s": 3600, "semantic_fields": ["query"], "max_false_reuse": 0.01,
                      "spot_check_every": 0}}
        ).raise_for_status()
        admin.put("/v1/allowlists/bench", json={"name": "bench", "tenant": "bench", "tools": {"kb": {}}}
                  ).raise_for_status()
        key = admin.post("/v1/agents", json={"name": "b", "tenant": "bench", "allowlist": "bench"}).json()["api_key"]
        agent = httpx.Client(base_url=base, headers={"Authorization": f"Bearer {key}"}, timeout=30)
        direct = httpx.Client(timeout=30)

        def timed(client: httpx.Client, url: str, body: dict[str, object]) -> float:
            t = time.perf_counter()
            client.post(url, json=body).raise_for_status()
            return time.perf_counter() - t

        for i in range(30):  # warm-up: connections, the embedder, the engine
            agent.post("/v1/tools/kb/invoke", json={"arguments": {"query": f"warm up question {i}"}})
            direct.post(upstream.url, json={"query": "warm"})
        d, miss, hit = [], [], []
        agent.post("/v1/tools/kb/invoke", json={"arguments": {"query": "How do I reset my password?"}})
        for i in range(args.calls):
            d.append(timed(direct, upstream.url, {"query": f"q {i}"}))
            miss.append(timed(agent, "/v1/tools/kb/invoke",
                              {"arguments": {"query": f"status of ticket number {i} please"}}))
            hit.append(timed(agent, "/v1/tools/kb/invoke", {"arguments": {"query": "How do I reset my password?"}}))
        sys.path.insert(0, str(ROOT))
        from tests.cache.pairs import PARAPHRASES

        para: list[float] = []
        model_read: list[float] = []  # the hits the verifier's model read (its probability is not the wording's 1.0)
        for a, _ in PARAPHRASES:  # store the originals first, so the timed calls do not queue behind them
            agent.post("/v1/tools/kb/invoke", json={"arguments": {"query": a}})
        for _, b in PARAPHRASES:
            t = time.perf_counter()
            r = agent.post("/v1/tools/kb/invoke", json={"arguments": {"query": b}})
            elapsed, cache = time.perf_counter() - t, r.json()["cache"]
            if cache["hit"]:
                para.append(elapsed)
                if cache.get("verifier") not in (None, 1.0):
                    model_read.append(elapsed)
        check = agent.post("/v1/tools/kb/invoke", json={"arguments": {"query": "How do I reset my password?"}})
        assert check.json()["cache"]["hit"] is True, check.text
        rows = [("upstream directly", d), ("invoke, cache miss", miss), ("invoke, cache hit", hit),
                (f"paraphrase hit (n={len(para)})", para), (f"  model-verified (n={len(model_read)})", model_read)]
        print(f"\nInvoke overhead ({args.calls} sequential calls each, loopback, SQLite durable audit)")
        print(f"  {'':22} {'p50 ms':>8} {'p99 ms':>8} {'added p50':>10}")
        base_p50 = pct(d, 0.5)
        for name, xs in rows:
            print(f"  {name:22} {pct(xs, 0.5):8.2f} {pct(xs, 0.99):8.2f} {pct(xs, 0.5) - base_p50:10.2f}")
        print(f"  mean: direct {statistics.mean(d) * 1000:.2f} ms, hit {statistics.mean(hit) * 1000:.2f} ms")
        for name, xs in (("repeated", hit), ("paraphrase", para)):
            verdict = "PASS" if pct(xs, 0.5) <= 3.0 else "FAIL"
            print(f"  target: cache hit ({name}) end to end p50 <= 3 ms: {pct(xs, 0.5):.2f} ms {verdict}")
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        upstream.stop()


if __name__ == "__main__":
    main()
