"""Policy replay over a large audit trail: seconds to re-judge 100k stored decisions.

    python bench/bench_replay.py [--records 100000]

Seeds a SQLite store in a temp dir with the demo tools and allowlists, ten agents (eight on ``support``,
two on ``readonly``) and ``--records`` decision records of the ``support`` agents (and a tenth as many of
the ``readonly`` ones, out of the replay's scope), shaped as the chain writes them (scrubbed
arguments with pseudonyms and redactions, real reason codes and messages, every tool-call kind, spread
over six days), appended to the hash chain in batches. Then replays a proposed ``support`` that drops a
tool, loosens a narrowing and adds an approval rule, as ``arbiter policy replay --since 7d`` would.
Target: 100k records in at most 30 s on 2 cores.
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

KINDS = ["check", "check", "invoke", "model_tool_call", "mcp_tool_call"]
WORDS = ["refund", "shipping", "delay", "invoice", "password", "reset", "order", "tracking", "warranty",
         "return", "label"]


def _record(rng: random.Random, i: int, ts_us: int, agent: Any, revisions: dict[str, str]) -> Any:
    from arbiter.audit.record import AuditRecordV1, utc_now_iso
    from arbiter.types import Finding, Reason

    roll = rng.random()
    verdict, reasons, findings = "allow", [], []
    if agent.allowlist == "readonly" or roll < 0.35:
        tool, args = "search_kb", {"query": " ".join(rng.sample(WORDS, 3)), "limit": rng.randint(1, 20)}
    elif roll < 0.63:
        tool, args = "get_order", {"order_id": f"ORD-{rng.randint(0, 999_999):06d}"}
        if roll > 0.60:
            args, verdict = {"order_id": str(rng.randint(1, 999))}, "deny"
            reasons = [Reason(code="SCHEMA_VIOLATION", path="/order_id", keyword="pattern",
                              message='does not match pattern "^ORD-[0-9]{6}$"')]
        elif roll > 0.58:
            verdict, reasons = "deny", [Reason(code="RATE_LIMITED", message="more than 120 calls of 'get_order' "
                                                                             "in 60 s")]
    elif roll < 0.90:
        tool = "send_email"
        args = {"to": f"<EMAIL_ADDRESS:{rng.getrandbits(32):08x}>", "subject": "About your order " + str(i),
                "body": "Hello, your parcel ships tomorrow. Call <PHONE_NUMBER> with questions."}
        findings = [Finding(entity="EMAIL_ADDRESS", path="/to", start=0, end=17, score=1.0, action="allow"),
                    Finding(entity="PHONE_NUMBER", path="/body", start=45, end=60, score=0.75, action="redact")]
        if roll > 0.86:
            args["subject"] = "x" * 150
            verdict, findings = "deny", []
            reasons = [Reason(code="ALLOWLIST_CONSTRAINT", path="/subject", keyword="maxLength",
                              message="violates maxLength 120")]
    else:
        tool, args = "refund_order", {"order_id": f"ORD-{rng.randint(0, 999_999):06d}",
                                      "amount": round(rng.uniform(1, 900), 2), "reason": "damaged"}
        verdict = "deny"
        reasons = [Reason(code="TRUST_TOO_LOW", message="tool 'refund_order' needs trust privileged; "
                                                        "the agent is standard")]
    return AuditRecordV1(decision_id=f"bench-{i:08d}", ts=utc_now_iso(ts_us), kind=rng.choice(KINDS),
                         tenant="acme", agent_id=agent.id, tool=tool, tool_version=1, allowlist=agent.allowlist,
                         revision=revisions[agent.allowlist], verdict=verdict, reasons=reasons, findings=findings,
                         arguments=args, args_digest="0" * 64, latency_us=rng.randint(200, 3000))


def seed(url: str, n: int) -> Any:
    import msgspec

    from arbiter.audit.store import AuditStore
    from arbiter.db.engine import Database
    from arbiter.policy.allowlist import read_dir
    from arbiter.policy.tools import tool_checks
    from arbiter.registry import Registry, ToolSpec

    db = Database(url)
    db.migrate()
    audit = AuditStore(db)
    registry = Registry(db, audit, b"bench-secret" * 3, tool_checks=tool_checks())
    registry.reload()
    registry.put_tools([msgspec.json.decode(path.read_bytes(), type=ToolSpec)
                        for path in sorted((ROOT / "examples" / "tools").glob("*.json"))], actor="bench")
    registry.apply_allowlists(read_dir(ROOT / "allowlists"), actor="bench")
    agents = [registry.create_agent(name=f"agent-{k}", tenant="acme", trust="standard",
                                    allowlist="support" if k < 8 else "readonly", actor="bench")[0]
              for k in range(10)]
    revisions = {a.name: a.revision for a in registry.list_allowlists()}
    rng = random.Random(7)
    now_us = time.time_ns() // 1000
    span_us = 6 * 86400 * 1_000_000
    # n decisions of the agents on "support" (what is replayed), and one in eleven of "readonly"'s around them.
    total, batch = n + n // 10, 5000
    for start in range(0, total, batch):
        records = [_record(rng, i, now_us - span_us + (span_us * i) // total,
                           agents[8 + i % 2] if i % 11 == 10 else rng.choice(agents[:8]), revisions)
                   for i in range(start, min(total, start + batch))]
        with db.write.begin() as conn:
            audit.append(conn, records)
    return registry


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--target-s", type=float, default=30.0)
    args = ap.parse_args()

    import msgspec

    from arbiter.policy.replay import ReplayQuery, replay

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        registry = seed(f"sqlite:///{Path(tmp) / 'bench.db'}", args.records)
        seeded_s = time.perf_counter() - started
        doc = copy.deepcopy(registry.allowlist("support").document)
        del doc["tools"]["search_kb"]
        doc["tools"]["send_email"]["arguments"]["properties"]["subject"]["maxLength"] = 200
        doc["tools"]["refund_order"]["approval"] = {"when": [{"arguments": {
            "properties": {"amount": {"exclusiveMinimum": 100}}, "required": ["amount"]}}]}
        doc["tools"]["refund_order"]["min_trust"] = "standard"
        started = time.perf_counter()
        report = replay(registry, ReplayQuery(allowlist=doc, since="7d"))
        replay_s = time.perf_counter() - started
        registry.db.dispose()
    result = {"records_seeded": args.records, "seed_s": round(seeded_s, 1), "records_replayed": report.records,
              "rejudged": report.rejudged, "replay_s": round(replay_s, 2),
              "records_per_s": round(report.records / replay_s), "totals": msgspec.structs.asdict(report.totals),
              "target_s": args.target_s, "ok": replay_s <= args.target_s}
    print(json.dumps(result, indent=2))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
