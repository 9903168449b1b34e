"""Console pages on a large trail: server time per page with N audit records in SQLite.

    python bench/bench_console.py [--records 1000000] [--runs 20]

Seeds N chained audit records (spread over 30 days up to now: 3 tenants, 50 agents, 8 tools, 80% allow,
15% deny, 5% hold, a fifth with PII findings) straight into a temp SQLite store, then requests each
console page in process (Litestar's test client: the ASGI app without a socket) and reports p50/p95
server time. Baseline, same run: ``GET /v1/audit?limit=50``, the API page the decisions page builds on.
Target: every page ≤ 300 ms at 1M records.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from common import percentile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

TOOLS = ["send_email", "search_kb", "get_order", "refund_order", "create_ticket", "read_file", "post_slack",
         "query_db"]
REASONS = ["ALLOWLIST_CONSTRAINT", "SCHEMA_VIOLATION", "TOOL_NOT_ALLOWED", "INJECTION_SUSPECTED",
           "PII_BLOCKED", "RATE_LIMITED"]


def seed(svc: object, n: int) -> tuple[str, str]:
    """Insert ``n`` chained records; returns a decision id and an agent id for the detail and filter pages."""
    from arbiter.audit.record import GENESIS_HASH, AuditRecordV1, chain_hash, encode_body, utc_now_iso
    from arbiter.db.models import audit_records
    from arbiter.types import Finding, Reason

    rnd = random.Random(7)
    now_us = int(time.time() * 1_000_000)
    start_us = now_us - 30 * 86400 * 1_000_000
    step = (now_us - start_us) // n
    prev, rows, some_id = GENESIS_HASH, [], ""
    db = svc.db  # type: ignore[attr-defined]
    for seq in range(1, n + 1):
        ts = start_us + seq * step
        roll = rnd.random()
        verdict = "allow" if roll < 0.8 else ("deny" if roll < 0.95 else "hold")
        reasons = [Reason(code=rnd.choice(REASONS), message="bench", path="/to")] if verdict == "deny" else []
        findings = [Finding(entity="EMAIL_ADDRESS", path="/to", start=0, end=16, score=1.0, action="mask")] \
            if rnd.random() < 0.2 else []
        tenant = f"t{seq % 3}"
        rec = AuditRecordV1(decision_id=f"{seq:08d}-0000-7000-8000-{seq:012d}", ts=utc_now_iso(ts), kind="check",
                            tenant=tenant, agent_id=f"agt_{seq % 50:02d}", tool=TOOLS[seq % len(TOOLS)],
                            tool_version=1, allowlist="support", revision="r1", verdict=verdict, reasons=reasons,
                            findings=findings, entity_counts={"EMAIL_ADDRESS": 1} if findings else {},
                            arguments={"to": "<EMAIL_ADDRESS>", "subject": f"order {seq}"},
                            latency_us=900, call_id=f"c{seq}", seq=seq, prev_hash=prev)
        body = encode_body(rec)
        h = chain_hash(prev, body)
        rows.append({"seq": seq, "decision_id": rec.decision_id, "ts_us": ts, "kind": rec.kind, "tenant": tenant,
                     "agent_id": rec.agent_id, "tool": rec.tool, "verdict": verdict,
                     "reason_codes": " " + " ".join(r.code for r in reasons) + " " if reasons else " ",
                     "call_id": rec.call_id, "body": body.decode(), "prev_hash": prev, "hash": h})
        prev = h
        if seq == n // 2:
            some_id = rec.decision_id
        if len(rows) == 20_000:
            with db.write.begin() as conn:
                conn.execute(audit_records.insert(), rows)
            rows = []
    if rows:
        with db.write.begin() as conn:
            conn.execute(audit_records.insert(), rows)
    with db.write.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return some_id, "agt_07"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    from litestar.testing import TestClient

    from arbiter.api.app import create_app
    from arbiter.service import Arbiter
    from arbiter.settings import load_settings

    tmp = tempfile.mkdtemp(prefix="arbiter-bench-console-", dir=os.environ.get("BENCH_TMP"))
    svc = Arbiter.build(load_settings({"ARBITER_DATA_DIR": tmp, "ARBITER_ADMIN_TOKEN": "bench",
                                       "ARBITER_ALLOWLISTS": str(ROOT / "allowlists")}))
    svc.db.migrate()
    t0 = time.perf_counter()
    decision_id, agent = seed(svc, args.records)
    print(f"seeded {args.records:,} records in {time.perf_counter() - t0:.0f} s")
    pages = {
        "GET /v1/audit?limit=50 (baseline)": "/v1/audit?limit=50",
        "decisions": "/console/decisions",
        "decisions ?verdict=deny": "/console/decisions?verdict=deny",
        "decisions ?agent&reason": f"/console/decisions?agent={agent}&reason=PII_BLOCKED",
        "decisions ?tool&since 7d": "/console/decisions?tool=query_db&since="
                                    + time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - 7 * 86400)),
        "decisions, page 200 (cursor)": f"/console/decisions?cursor={args.records - 200 * 50}",
        "decision detail": f"/console/decisions/{decision_id}",
        "live tail (nothing new)": f"/console/decisions/tail?after={args.records}",
        "trends 1h": "/console/trends?window=1h",
        "trends 24h": "/console/trends?window=24h",
        "trends 7d (sampled)": "/console/trends?window=7d",
        "approvals": "/console/approvals",
        "agents": "/console/agents",
    }
    results = {}
    with TestClient(create_app(arbiter=svc)) as client:
        r = client.post("/console/login", data={"token": "bench"}, follow_redirects=False)
        assert r.status_code == 303, r.text
        for name, path in pages.items():
            headers = {"Authorization": "Bearer bench"} if path.startswith("/v1/") else {}
            times = []
            for _ in range(args.runs + 2):
                t = time.perf_counter()
                resp = client.get(path, headers=headers, follow_redirects=False)
                times.append((time.perf_counter() - t) * 1000)
                assert resp.status_code == 200, (path, resp.status_code, resp.text[:300])
            times = times[2:]  # the first requests warm caches and the template compiler
            results[name] = {"p50_ms": round(percentile(times, 50), 1), "p95_ms": round(percentile(times, 95), 1)}
    base = results["GET /v1/audit?limit=50 (baseline)"]["p50_ms"]
    print(f"{'page':36} {'p50 ms':>8} {'p95 ms':>8} {'vs baseline':>11}")
    for name, r in results.items():
        print(f"{name:36} {r['p50_ms']:>8} {r['p95_ms']:>8} {r['p50_ms'] / base:>10.1f}x")
    worst = max(r["p95_ms"] for n, r in results.items() if not n.startswith("GET /v1"))
    print(json.dumps({"records": args.records, "worst_page_p95_ms": worst, "target_ms": 300,
                      "met": worst <= 300}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
